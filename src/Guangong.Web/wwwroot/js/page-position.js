// Blazor's enhanced navigation keeps the scroll position on purpose (dotnet/aspnetcore#51338). On a long form
// that leaves the user at the save button while the message that refused it sits beside a field far above, and
// after a save that moves on, the next page opens scrolled half-way. So after each enhanced load: a form
// answered with a message shows its first message; a different page starts at its top.
// A save answered with the saved record's page itself (no redirect, one round trip fewer on a slow link)
// names that page's address (data-page-url): it goes into the address bar as a new history entry, as
// Blazor does after a post answered by a redirect, so a refresh or a bookmark opens the record, not the form.
(function () {
    let shown = location.pathname + location.search;

    function place() {
        const address = document.querySelector("main [data-page-url]")?.getAttribute("data-page-url");
        if (address && address.startsWith("/") && !address.startsWith("//") && address !== location.pathname + location.search) {
            history.pushState(null, "", address);
        }
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
