// The phone menu opens with a checkbox (works without script); after a link is followed through
// Blazor's enhanced navigation the page is patched in place, so close the menu here.
(function () {
    function close() {
        const box = document.getElementById("menu-open");
        if (box) box.checked = false;
    }

    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", close);
    }
    window.addEventListener("pageshow", close);
})();
