// Blazor's enhanced navigation keeps the scroll position on purpose (dotnet/aspnetcore#51338). On a long form
// that leaves the user at the save button while the message that refused it sits beside a field far above, and
// after a save that moves on, the next page opens scrolled half-way. So after each enhanced load: a form
// answered with a message shows its first message; a different page starts at its top.
(function () {
    let shown = location.pathname + location.search;

    function place() {
        const now = location.pathname + location.search;
        // A save the database refused (SaveRefusal) is said above the form; it comes first.
        const message = document.querySelector("[data-save-refused]") || document.querySelector(".validation-message, .alert-danger");
        if (now === shown && message) {
            message.scrollIntoView({ block: "center" });
        } else if (now !== shown && !location.hash) {
            window.scrollTo(0, 0);
        }
        shown = now;
    }

    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", place);
    }
})();
