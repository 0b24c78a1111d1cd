// Keeps what a recorder typed into a form marked data-draft-key in the phone's own storage, so a
// dropped connection or a closed tab loses nothing. Files cannot be kept, but files already uploaded
// as they were picked (form-send.js) are: their tokens, names and thumbnails; every other field is, and
// the fields another script added (the draft-save and draft-restore events).
// A form marked data-draft-day (the server's date today) keeps a draft for that day only: a patrol's check-in
// left unsent yesterday would otherwise come back with yesterday's date and its waters in place of today's rota.
// A field marked data-no-draft is not kept: a patrol's time is the moment of the tap, not the moment the draft was typed.
// Works with Blazor's enhanced navigation: forms are (re)attached after every page update.
(function () {
    const skip = new Set(["__RequestVerificationToken", "_handler"]);

    function fields(form) {
        return Array.from(form.elements).filter(e => e.name && !skip.has(e.name) && e.type !== "file" && e.type !== "hidden" && e.type !== "submit" && !e.hasAttribute("data-no-draft"));
    }

    function save(form) {
        const data = {};
        for (const e of fields(form)) {
            if (e.type === "checkbox" || e.type === "radio") {
                data[e.name + "=" + e.value] = e.checked;
            } else {
                data[e.name] = e.value;
            }
        }
        const uploads = Array.from(form.querySelectorAll("[data-upload-item] input[name=uploaded]")).map(h => {
            const item = h.closest("[data-upload-item]");
            return { token: h.value, name: item.dataset.name || "", thumb: item.dataset.thumb || "" };
        });
        // What another script added to the form and keeps with the draft (volunteer-find.js: the rows it found).
        const extra = {};
        form.dispatchEvent(new CustomEvent("draft-save", { bubbles: true, detail: extra }));
        localStorage.setItem("draft:" + form.dataset.draftKey, JSON.stringify({ at: Date.now(), day: form.dataset.draftDay, data, uploads, extra }));
    }

    function restore(form) {
        const raw = localStorage.getItem("draft:" + form.dataset.draftKey);
        if (!raw) return;
        const { at, day, data, uploads, extra } = JSON.parse(raw);
        if (form.dataset.draftDay && day !== form.dataset.draftDay) {
            localStorage.removeItem("draft:" + form.dataset.draftKey);
            return;
        }
        form.draftUploads = uploads || []; // form-send.js lists them again
        // Fields another script added are made again before their values are put back.
        form.dispatchEvent(new CustomEvent("draft-restore", { bubbles: true, detail: extra || {} }));
        for (const e of fields(form)) {
            if (e.type === "checkbox" || e.type === "radio") {
                const key = e.name + "=" + e.value;
                if (key in data) e.checked = data[key];
            } else if (e.name in data) {
                e.value = data[e.name];
            }
        }
        const note = form.querySelector("[data-draft-note]");
        if (note) {
            note.hidden = false;
            note.querySelector("[data-draft-time]").textContent = new Date(at).toLocaleString("zh-CN");
        }
    }

    function attach() {
        for (const key of Array.from(document.querySelectorAll("[data-draft-clear]")).map(e => e.dataset.draftClear)) {
            localStorage.removeItem("draft:" + key);
        }
        for (const form of document.querySelectorAll("form[data-draft-key]")) {
            if (form.dataset.draftAttached) continue;
            form.dataset.draftAttached = "1";
            if (form.dataset.draftRestore === "true") restore(form);
            form.addEventListener("input", () => save(form));
            form.addEventListener("change", () => save(form));
            const discard = form.querySelector("[data-draft-discard]");
            if (discard) {
                discard.addEventListener("click", () => {
                    localStorage.removeItem("draft:" + form.dataset.draftKey);
                    location.reload();
                });
            }
        }
    }

    attach();
    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", attach);
    } else {
        document.addEventListener("DOMContentLoaded", attach);
    }
})();
