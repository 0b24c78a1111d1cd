// "表格较宽：…左右滑动…" is said above a table that may be wider than the screen. Whether it is depends on the phone,
// the text size and elder mode, so the page says it always (without script it stays), and here it is hidden where the
// table fits after all: a hint to swipe a table that does not move reads as a fault.
(function () {
    function check() {
        for (const hint of document.querySelectorAll(".scroll-hint")) {
            const table = hint.nextElementSibling;
            if (table && table.scrollWidth !== undefined) {
                hint.hidden = table.scrollWidth <= table.clientWidth + 1;
            }
        }
    }

    let pending = 0;
    function later() {
        cancelAnimationFrame(pending);
        pending = requestAnimationFrame(check);
    }

    document.addEventListener("DOMContentLoaded", check);
    window.addEventListener("resize", later);
    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", check);
    }
    check();
})();
