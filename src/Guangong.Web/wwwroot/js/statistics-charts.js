// Draws the statistics charts with Apache ECharts. Each chart is an element with a data-chart attribute
// holding its numbers as JSON (ChartSpec): no inline script under the CSP. ECharts (1 MB) is loaded
// only on a page that has a chart. A click on a bar follows the link given for it (drill-down).
// Works with Blazor's enhanced navigation: charts are drawn again after every page update.
(function () {
    let loading = null;
    const drawn = [];

    function load() {
        if (window.echarts) return Promise.resolve();
        if (!loading) {
            loading = new Promise(function (resolve, reject) {
                const s = document.createElement("script");
                s.src = "/lib/echarts/echarts.min.js";
                s.onload = resolve;
                s.onerror = reject;
                document.head.appendChild(s);
            });
        }
        return loading;
    }

    function render(el) {
        const spec = JSON.parse(el.dataset.chart);
        const elder = document.body.classList.contains("elder");
        const narrow = el.clientWidth < 480;
        const font = elder ? 18 : 12;
        const existing = echarts.getInstanceByDom(el);
        if (existing) existing.dispose();
        const chart = echarts.init(el, null, { renderer: "svg" });
        const category = { type: "category", data: spec.x, axisLabel: { fontSize: font, interval: narrow && !spec.horizontal ? 1 : 0 } };
        const value = { type: "value", name: spec.measure, nameTextStyle: { fontSize: font }, axisLabel: { fontSize: font }, minInterval: 1 };
        chart.setOption({
            animation: false,
            aria: { enabled: true },
            textStyle: { fontSize: font },
            tooltip: { trigger: "axis", textStyle: { fontSize: font } },
            legend: spec.series.length > 1 ? { type: "scroll", bottom: 0, textStyle: { fontSize: font } } : undefined,
            // The value axis's name stands past its end, outside what containLabel measures: a bar chart lying down
            // keeps room for it on the right (at 360 px in large type "人" fell off the screen).
            grid: { left: 8, right: spec.horizontal && spec.measure ? 24 + font * spec.measure.length : 16, top: 32, bottom: spec.series.length > 1 ? 40 : 8, containLabel: true },
            xAxis: spec.horizontal ? value : category,
            yAxis: spec.horizontal ? Object.assign({}, category, { inverse: true }) : value,
            series: spec.series.map(function (s) {
                return { name: s.name, type: spec.kind, data: s.data, stack: spec.stack ? "all" : undefined, cursor: s.links ? "pointer" : "default" };
            })
        });
        chart.on("click", function (p) {
            const s = spec.series[p.seriesIndex];
            const url = s && s.links ? s.links[p.dataIndex] : null;
            if (url) {
                if (window.Blazor && Blazor.navigateTo) Blazor.navigateTo(url); else window.location.href = url;
            }
        });
        drawn.push(chart);
    }

    function draw() {
        const els = document.querySelectorAll("[data-chart]");
        if (!els.length) return;
        load().then(function () { els.forEach(render); });
    }

    window.addEventListener("resize", function () {
        drawn.forEach(function (c) { if (!c.isDisposed()) c.resize(); });
    });
    if (window.Blazor) Blazor.addEventListener("enhancedload", draw);
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw); else draw();
})();
