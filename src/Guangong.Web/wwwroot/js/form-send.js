// Sending a form from a phone over a poor link. Forms marked data-send-once:
// - send once: a second tap on 保存 while the first is on its way is ignored (Blazor's enhanced form
//   would abort the first fetch and post again, and the server could save both); a slow answer is said after
//   15 s, and one that never comes after 60 s, when the form is given back with the advice to look first;
// - keep the picked photos and files when the server refuses the form (the page update empties file
//   inputs; they are put back, and the note beside them says so);
// - photos (inputs marked data-shrink-photos) are made at most 1600 px on the long side before they
//   leave the phone: a camera's 3–5 MB photo takes a minute to upload over 3G, 150–300 KB a few seconds.
//   JPEG quality 0.75 (libjpeg's own default) keeps the 1600 px the printed pages use and is a third
//   smaller than 0.82: two photos go up in about 4 s over 3G instead of 6, so while the recorder ticks the
//   names their upload is done before 保存. The server still checks every file;
// - upload on pick (forms marked data-upload-url, and data-upload-kind naming what the form takes): each picked file, once shrunk, goes up at once and is
//   listed under the pickers with its state (上传中… / 已上传 / 上传失败); the form then carries only its
//   token (hidden "uploaded"), so 保存 sends a small form. A file whose upload failed goes with the form
//   as before; one the server refused (400 with the reason: its type or size, a document or spreadsheet
//   that does not read) is said in red with the reason and goes nowhere: the user removes it or picks another. Uploaded files are kept in the draft (form-drafts.js) and shown again by a refused form.
(function () {
    const maxEdge = 1600, quality = 0.75, shrinkOver = 400 * 1024;
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

    function antiforgery(form) {
        return form.querySelector("input[name=__RequestVerificationToken]")?.value || "";
    }

    function draftChanged(form) {
        form.dispatchEvent(new Event("change")); // form-drafts.js keeps the list of uploaded files
    }

    function setState(item, text, kind) {
        const state = item.querySelector("[data-upload-state]");
        state.textContent = text;
        state.className = "upload-state text-" + kind;
    }

    // One row of the list: name, state, remove; a thumbnail once the server has one.
    function addItem(form, name) {
        const item = document.createElement("li");
        item.className = "upload-item";
        item.setAttribute("data-upload-item", "");
        item.dataset.name = name;
        const label = document.createElement("span");
        label.className = "upload-name";
        label.textContent = name;
        const state = document.createElement("span");
        state.setAttribute("data-upload-state", "");
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "btn btn-link upload-remove";
        remove.setAttribute("data-upload-remove", "");
        remove.textContent = "移除";
        item.append(label, state, remove);
        form.querySelector("[data-upload-list]").append(item);
        return item;
    }

    function markUploaded(item, token, thumb) {
        const hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = "uploaded";
        hidden.value = token;
        item.prepend(hidden);
        if (thumb) {
            item.dataset.thumb = thumb;
            const img = document.createElement("img");
            img.alt = "";
            img.src = thumb;
            img.addEventListener("error", () => img.remove()); // a kept draft's upload may have expired
            hidden.after(img);
        }
        setState(item, "已上传", "success");
    }

    const pause = ms => new Promise(done => setTimeout(done, ms));

    async function upload(form, item, file) {
        setState(item, "上传中…", "muted");
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                const body = new FormData();
                body.append("file", file);
                body.append("kind", form.dataset.uploadKind || "");
                body.append("__RequestVerificationToken", antiforgery(form));
                const response = await fetch(form.dataset.uploadUrl, { method: "POST", body, credentials: "same-origin" });
                if (response.ok) {
                    const answer = await response.json();
                    if (!item.isConnected) {
                        removeUpload(form, answer.token); // taken off the list while it was on its way
                        return;
                    }
                    delete item.file;
                    markUploaded(item, answer.token, answer.thumbnailUrl);
                    draftChanged(form);
                    return;
                }
                if (response.status === 429 && attempt === 0) {
                    // Too many uploads this minute: wait as the server asks, once.
                    await pause(Math.min(60, Number(response.headers.get("Retry-After")) || 10) * 1000);
                    continue;
                }
                if (response.status === 400) {
                    const problem = await response.json().catch(() => null);
                    if (problem?.title) {
                        // Refused for what it is (type, size, a document that does not read): sending it again with
                        // the form would be refused too. Said in red as the server's list says it, with no token.
                        item.file = null;
                        setState(item, problem.title, "danger");
                        const state = item.querySelector("[data-upload-state]");
                        state.setAttribute("role", "alert");
                        state.setAttribute("data-upload-refused", "");
                        return;
                    }
                }
            } catch {
                // no network: the file goes with the form
            }
            break;
        }
        setState(item, "上传失败，保存时会再试", "danger");
    }

    function removeUpload(form, token) {
        const body = new FormData();
        body.append("__RequestVerificationToken", antiforgery(form));
        fetch(`${form.dataset.uploadUrl}/${token}/delete`, { method: "POST", body, credentials: "same-origin" }).catch(() => { });
    }

    // A kept draft's uploads (form-drafts.js leaves them on the form as it restores the fields).
    function restoreUploads(form) {
        const kept = form.draftUploads || [];
        delete form.draftUploads;
        const present = new Set(Array.from(form.querySelectorAll("input[name=uploaded]")).map(i => i.value));
        for (const u of kept) {
            if (!/^[0-9a-f]{32}$/.test(u.token) || present.has(u.token) || !form.querySelector("[data-upload-list]")) continue;
            const thumb = u.thumb && u.thumb.startsWith(form.dataset.uploadUrl + "/") ? u.thumb : "";
            markUploaded(addItem(form, u.name), u.token, thumb);
        }
    }

    // Before the form goes: files whose upload failed travel in their picker, as without the script.
    function putBackFailed(form) {
        const byInput = new Map();
        for (const item of form.querySelectorAll("[data-upload-item]")) {
            if (!item.file) continue;
            const list = byInput.get(item.inputId) || [];
            list.push(item.file);
            byInput.set(item.inputId, list);
        }
        for (const [id, files] of byInput) {
            const input = document.getElementById(id);
            if (input) setFiles(input, files);
        }
    }

    function handlerOf(form) {
        return form.querySelector("input[name=_handler]")?.value || form.getAttribute("action") || "";
    }

    function attach(form) {
        if (attached.has(form)) return;
        attached.add(form);
        const jobs = new Set();
        const track = (job, mark) => {
            jobs.add(job);
            form.setAttribute(mark, "");
            job.finally(() => {
                jobs.delete(job);
                if (![...jobs].some(j => j.mark === mark)) form.removeAttribute(mark);
            });
            job.mark = mark;
            return job;
        };
        const uploading = form.dataset.uploadUrl && form.querySelector("[data-upload-list]") && window.fetch && window.DataTransfer;
        for (const input of form.querySelectorAll("input[type=file]")) {
            const photos = input.hasAttribute("data-shrink-photos");
            if (!photos && !uploading) continue;
            input.addEventListener("change", () => {
                const picked = Array.from(input.files);
                if (picked.length === 0) return;
                if (uploading) {
                    // The list holds them now: the picker is emptied, so picking more adds to the list.
                    input.value = "";
                    for (const original of picked) {
                        const item = addItem(form, original.name);
                        item.inputId = input.id;
                        item.file = original;
                        setState(item, photos ? "处理中…" : "上传中…", "muted");
                        const ready = photos ? track(shrink(original), "data-shrinking") : Promise.resolve(original);
                        track(ready.then(file => {
                            if (item.file === original) item.file = file;
                            return item.isConnected ? upload(form, item, file) : undefined;
                        }), "data-uploading");
                    }
                    return;
                }
                track(Promise.all(picked.map(shrink)).then(out => {
                    if (out.some((f, i) => f !== picked[i])) setFiles(input, out);
                }), "data-shrinking");
            });
        }
        form.addEventListener("click", e => {
            const remove = e.target.closest("[data-upload-remove]");
            if (!remove) return;
            const item = remove.closest("[data-upload-item]");
            const token = item.querySelector("input[name=uploaded]")?.value;
            if (token) removeUpload(form, token);
            item.remove();
            draftChanged(form);
        });
        restoreUploads(form);
        form.addEventListener("submit", e => {
            if (e.defaultPrevented) return;
            if (form.dataset.sending) {
                e.preventDefault();
                return;
            }
            if (jobs.size > 0) {
                // Save tapped while photos are still being prepared or uploaded: send when they are ready.
                e.preventDefault();
                const submitter = e.submitter;
                form.dataset.sending = "1";
                form.setAttribute("aria-busy", "true");
                Promise.allSettled([...jobs]).then(() => {
                    delete form.dataset.sending;
                    form.requestSubmit(submitter || undefined);
                });
                return;
            }
            form.dataset.sending = "1";
            putBackFailed(form);
            lastPost = {
                handler: handlerOf(form),
                files: Array.from(form.querySelectorAll("input[type=file]")).map(i => ({ id: i.id, name: i.name, files: Array.from(i.files) })),
            };
            // After Blazor has read the form (it does so in this same event), show that it is on its way.
            setTimeout(() => {
                for (const b of form.querySelectorAll("button[type=submit]")) b.disabled = true;
                form.setAttribute("aria-busy", "true");
            }, 0);
            // A slow link is said while the form waits, and a connection that never answers must not leave the form
            // locked for good, nor the elder without a word: what was sent may have been saved, so they look before again.
            const sent = lastPost;
            setTimeout(() => { if (lastPost === sent && form.dataset.sending) say(form, "正在发送，网络较慢，请稍候，不要关闭页面……", "info"); }, 15000);
            setTimeout(() => {
                if (lastPost !== sent || !form.dataset.sending) return;
                release(form);
                say(form, "网络不好，还没有收到结果。刚才提交的内容可能已经保存：请先刷新页面看一看，没有保存再提交一次。", "warning");
            }, 60000);
        });
    }

    function say(form, text, kind) {
        let note = form.querySelector("[data-send-wait]");
        if (!note) {
            note = document.createElement("div");
            note.setAttribute("data-send-wait", "");
            note.setAttribute("role", "status");
            form.append(note);
        }
        note.className = "alert alert-" + kind + " mt-2";
        note.textContent = text;
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
            // The page update may have put the server's rows into elements the script made: a failed file
            // is back in its picker (below), so no row may still hold one.
            for (const item of form.querySelectorAll("[data-upload-item]")) delete item.file;
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
