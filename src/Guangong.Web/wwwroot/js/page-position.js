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
        // A save the database refused (SaveRefusal) is said above the form; it comes first. Then the first field's
        // message, which says what to mend, rather than the general one above a long form (the annual return's).
        // A conflict's message comes before its fields' notes: it says what they are (ConflictedForm).
        const message = document.querySelector("[data-save-refused]") || document.querySelector("main [data-conflict]") || document.querySelector("main .validation-message") || document.querySelector(".alert-danger");
        // What a post just did, said where it happened (已移除…, with its undo, far down a committee's page): the address
        // it redirected to named that place (#members), but a fetch never sees an address's fragment.
        const said = document.querySelector("main [data-said]");
        if (now === shown && message) {
            message.scrollIntoView({ block: message.hasAttribute("data-conflict") ? "start" : "center" });
        } else if (now !== shown && said && !location.hash) {
            said.scrollIntoView({ block: "center" });
        } else if (now !== shown && !location.hash) {
            window.scrollTo(0, 0);
        }
        shown = now;
    }

    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", place);
    }

    // A link to a part of the page inside a closed disclosure (登记网吧 → the form below the list) opens it: Blazor
    // scrolls to the part itself, without the browser's own revealing of it.
    function reveal() {
        const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        const closed = target?.closest("details:not([open])");
        if (closed) {
            closed.open = true;
            target.scrollIntoView({ block: "start" });
        }
    }

    window.addEventListener("hashchange", reveal);
    document.addEventListener("click", (e) => {
        const link = e.target instanceof Element ? e.target.closest("a[href*='#']") : null;
        if (link && link.pathname === location.pathname) {
            setTimeout(reveal, 0);
        }
    });
    reveal();
})();
