// The activity form's search for a volunteer by name (blocks marked data-volunteer-find, the address to ask).
// A town's roster runs to hundreds and a district's to tens of thousands: the form lists the first ones and the
// recorder finds the others here. The names found are shown in their own area above the list as rows like
// the list's own (a row the list already holds is moved up, keeping its tick and hours, and goes back to its
// place at the next search unless ticked); ticked ones stay through the next search. The rows are the form's
// own fields, so 保存 sends them as any ticked name; a refused form comes back with the ticked ones in the
// server's list. Kept drafts (form-drafts.js) keep every ticked or found row, through the draft-save and
// draft-restore events, for the scope they were found in. Without the script the block stays hidden and the
// note says what else there is.
(function () {
    function blockOf(el) {
        return el.closest("[data-volunteer-find]");
    }

    function rowFrom(block, item) {
        const row = block.querySelector("template[data-find-row]").content.firstElementChild.cloneNode(true);
        const id = String(item.id);
        for (const el of [row, ...row.querySelectorAll("*")]) {
            for (const a of Array.from(el.attributes)) {
                // Functions, not strings: a name's "$&" would be read as a replacement pattern.
                if (a.value.includes("{")) el.setAttribute(a.name, a.value.replaceAll("{id}", () => id).replaceAll("{name}", () => item.name));
            }
        }
        row.querySelector("[data-name]").textContent = item.name;
        row.querySelector("[data-unit]").textContent = item.unitName;
        row.dataset.name = item.name;
        row.dataset.unit = item.unitName;
        return row;
    }

    function rowOf(form, id) {
        return form.querySelector(`[data-volunteer-row="${CSS.escape(String(id))}"]`);
    }

    // A row of the list goes back where it stood, so the list keeps its order (own unit first, then by unit).
    function putBack(list, row) {
        const order = Number(row.dataset.order);
        const after = Array.from(list.children).find(r => Number(r.dataset.order) > order);
        list.insertBefore(row, after || null);
    }

    // The last search's rows make way: ticked ones stay, the list's own go back to it, the others go.
    function clearResults(block) {
        const results = block.querySelector("[data-find-results]");
        const list = block.closest("form").querySelector("[data-served-list]");
        for (const row of Array.from(results.children)) {
            if (row.querySelector("input[type=checkbox]")?.checked) continue;
            if (row.hasAttribute("data-found")) row.remove();
            else putBack(list, row);
        }
    }

    function say(block, text, kind) {
        const status = block.querySelector("[data-find-status]");
        status.className = "form-text mb-1" + (kind ? " text-" + kind : "");
        // Emptied first: the same words again (a second search finding one person) are then read out again.
        status.textContent = "";
        setTimeout(() => { status.textContent = text; }, 50);
    }

    async function find(block) {
        const input = block.querySelector("[data-find-name]");
        const name = input.value.trim();
        if (!name) {
            say(block, "请先输入要查找的姓名。", "danger");
            input.focus();
            return;
        }
        if (block.dataset.finding) return;
        block.dataset.finding = "1";
        say(block, "查找中…", "muted");
        let answer;
        try {
            const response = await fetch(`${block.dataset.volunteerFind}?name=${encodeURIComponent(name)}`, { credentials: "same-origin", headers: { Accept: "application/json" } });
            answer = response.ok && (response.headers.get("content-type") || "").includes("json") ? await response.json() : null;
        } catch {
            answer = null;
        } finally {
            delete block.dataset.finding;
        }
        if (!answer) {
            say(block, "查找没有成功（可能是网络不好或登录已过期），请稍后再试，或刷新页面重新登录。", "danger");
            return;
        }
        const form = block.closest("form");
        const results = block.querySelector("[data-find-results]");
        clearResults(block);
        for (const item of answer.items) {
            const row = rowOf(form, item.id);
            if (row) {
                if (row.parentElement !== results) results.append(row);
            } else {
                results.append(rowFrom(block, item));
            }
        }
        if (answer.items.length === 0) {
            say(block, `没有找到姓名含“${name}”的${block.dataset.within || ""}在册五老。`, "danger");
        } else {
            const n = answer.items.length;
            say(block, answer.more ? `姓名含“${name}”的五老超过${n}人，这里列出前${n}人；输入完整姓名可以找得更准。` : `找到${n}人，勾选参加服务的五老并填写时长。`, "success");
        }
    }

    document.addEventListener("click", e => {
        const go = e.target.closest("[data-find-go]");
        if (go && blockOf(go)) find(blockOf(go));
    });

    // Enter in the search box searches: it must not send the form (the browser would press 保存). The Enter
    // that ends typing a name by pinyin only puts the characters in.
    document.addEventListener("keydown", e => {
        if (e.key !== "Enter" || e.isComposing || e.keyCode === 229 || !e.target.matches?.("[data-find-name]")) return;
        e.preventDefault();
        find(blockOf(e.target));
    });

    // A kept draft holds every row found or ticked (a refused form lists a found name among the rest, and the
    // next form may not list it), so a restored tick has its row. Found in another scope (the user switched
    // unit since), they are not made again: the save would refuse them.
    document.addEventListener("draft-save", e => {
        const block = e.target.querySelector("[data-volunteer-find]");
        if (!block) return;
        const rows = Array.from(e.target.querySelectorAll("[data-volunteer-row]"))
            .filter(r => r.hasAttribute("data-found") || r.querySelector("input[type=checkbox]")?.checked);
        e.detail.foundVolunteers = rows.map(r => ({ id: r.dataset.volunteerRow, name: r.dataset.name || "", unitName: r.dataset.unit || "" }));
        e.detail.foundScope = block.dataset.scope || "";
    });
    document.addEventListener("draft-restore", e => {
        const block = e.target.querySelector("[data-volunteer-find]");
        if (!block || (e.detail.foundScope || "") !== (block.dataset.scope || "")) return;
        for (const item of e.detail.foundVolunteers || []) {
            if (!/^[0-9]+$/.test(item.id) || rowOf(e.target, item.id)) continue;
            block.querySelector("[data-find-results]").append(rowFrom(block, item));
        }
    });

    function show() {
        for (const block of document.querySelectorAll("[data-volunteer-find]")) {
            if (!window.fetch || !("content" in document.createElement("template"))) continue;
            block.hidden = false;
            const form = block.closest("form");
            for (const hint of form.querySelectorAll("[data-find-hint]")) hint.hidden = false;
            for (const other of form.querySelectorAll("[data-find-else]")) other.hidden = true;
        }
    }

    show();
    if (window.Blazor) {
        Blazor.addEventListener("enhancedload", show);
    } else {
        document.addEventListener("DOMContentLoaded", show);
    }
})();
