// Sending a form from a phone over a poor link. Forms marked data-send-once:
// - send once: a second tap on 保存 while the first is on its way is ignored (Blazor's enhanced form
//   would abort the first fetch and post again, and the server could save both);
// - keep the picked photos and files when the server refuses the form (the page update empties file
//   inputs; they are put back, and the note beside them says so);
// - photos (inputs marked data-shrink-photos) are made at most 1600 px on the long side before they
//   leave the phone: a camera's 3–5 MB photo takes a minute to upload over 3G, 200–400 KB a few seconds.
//   The server still checks every file.
(function () {
    const maxEdge = 1600, quality = 0.82, shrinkOver = 400 * 1024;
    let lastPost = null;
    // Not a data- attribute: a page update syncs the form's attributes to the server's HTML and would
    // drop the mark, and a second submit listener would then refuse every save.
    const attached = new WeakSet();

    async function shrink(file) {
        if (!/^image\/(jpeg|png|webp)$/.test(file.type) || file.size <= shrinkOver || !window.createImageBitmap) return file;
        try {
            const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
            const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
            const canvas = document.createElement("canvas");
            canvas.width = Math.round(bitmap.width * scale);
            canvas.height = Math.round(bitmap.height * scale);
            const g = canvas.getContext("2d");
            g.fillStyle = "#fff"; // a transparent PNG becomes a JPEG on white, not on black
            g.fillRect(0, 0, canvas.width, canvas.height);
            g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
            bitmap.close();
            const blob = await new Promise(done => canvas.toBlob(done, "image/jpeg", quality));
            if (!blob || blob.size >= file.size) return file;
            return new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: file.lastModified });
        } catch {
            return file; // a picture the browser cannot decode goes as picked; the server judges it
        }
    }

    function setFiles(input, files) {
        const list = new DataTransfer();
        for (const f of files) list.items.add(f);
        input.files = list.files;
    }

    function handlerOf(form) {
        return form.querySelector("input[name=_handler]")?.value || form.getAttribute("action") || "";
    }

    function attach(form) {
        if (attached.has(form)) return;
        attached.add(form);
        const jobs = new Set();
        for (const input of form.querySelectorAll("input[type=file][data-shrink-photos]")) {
            input.addEventListener("change", () => {
                const picked = Array.from(input.files);
                const job = Promise.all(picked.map(shrink)).then(out => {
                    if (out.some((f, i) => f !== picked[i])) setFiles(input, out);
                });
                jobs.add(job);
                form.setAttribute("data-shrinking", "");
                job.finally(() => {
                    jobs.delete(job);
                    if (jobs.size === 0) form.removeAttribute("data-shrinking");
                });
            });
        }
        form.addEventListener("submit", e => {
            if (e.defaultPrevented) return;
            if (form.dataset.sending) {
                e.preventDefault();
                return;
            }
            if (jobs.size > 0) {
                // Save tapped while photos are still being prepared: send when they are ready.
                e.preventDefault();
                const submitter = e.submitter;
                form.dataset.sending = "1";
                Promise.allSettled([...jobs]).then(() => {
                    delete form.dataset.sending;
                    form.requestSubmit(submitter || undefined);
                });
                return;
            }
            form.dataset.sending = "1";
            lastPost = {
                handler: handlerOf(form),
                files: Array.from(form.querySelectorAll("input[type=file]")).map(i => ({ id: i.id, name: i.name, files: Array.from(i.files) })),
            };
            // After Blazor has read the form (it does so in this same event), show that it is on its way.
            setTimeout(() => {
                for (const b of form.querySelectorAll("button[type=submit]")) b.disabled = true;
                form.setAttribute("aria-busy", "true");
            }, 0);
            // A connection that never answers must not leave the form locked for good.
            setTimeout(() => release(form), 60000);
        });
    }

    function release(form) {
        delete form.dataset.sending;
        form.removeAttribute("aria-busy");
        for (const b of form.querySelectorAll("button[type=submit]")) b.disabled = false;
    }

    function update() {
        const post = lastPost;
        lastPost = null;
        for (const form of document.querySelectorAll("form[data-send-once]")) {
            release(form);
            attach(form);
            if (!post || handlerOf(form) !== post.handler) continue;
            // The same form came back (the server refused it): put the picked files back.
            let kept = 0;
            for (const saved of post.files) {
                const input = (saved.id && form.querySelector("#" + CSS.escape(saved.id))) || form.querySelector(`input[type=file][name="${saved.name}"]`);
                if (!input || saved.files.length === 0 || input.files.length > 0) continue;
                setFiles(input, saved.files);
                kept += saved.files.length;
            }
            const note = form.querySelector("[data-files-note]");
            if (note && kept > 0) {
                note.textContent = `您选的${kept}个照片或文件已保留，改好后直接保存即可，不用重新选择。`;
                note.classList.remove("text-danger");
                note.classList.add("text-success");
                note.dataset.kept = String(kept);
            }
        }
    }

    update();
    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", update);
    } else {
        document.addEventListener("DOMContentLoaded", update);
    }
})();
