// A printed page says what it shows: the conditions chosen in the page's filter forms (every GET form of the
// main area) are written into its print note when the browser prints; the unit, count and page come from the server.
(() => {
    const labelOf = (control) => {
        const byFor = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
        return (control.getAttribute('aria-label') || byFor?.textContent || control.closest('label')?.textContent || '').trim();
    };

    const valueOf = (control) => {
        if (control instanceof HTMLSelectElement) {
            const option = control.selectedOptions[0];
            // The first "全部…" choice is no condition at all; another default without a value (在册, 已开展和计划中) is one.
            if (!option || (option.value === '' && option.text.trim().startsWith('全部'))) {
                return '';
            }
            return option.text.trim();
        }
        if (control.type === 'checkbox' || control.type === 'radio') {
            return control.checked ? '是' : '';
        }
        if (control.type === 'hidden' || control.type === 'submit' || control.type === 'button') {
            return '';
        }
        // A date box's value is 2023-01-01 whatever the screen shows; paper reads it as people write it.
        const day = control.type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(control.value) : null;
        if (day) {
            return `${day[1]}年${Number(day[2])}月${Number(day[3])}日`;
        }
        return (control.value || '').trim();
    };

    window.addEventListener('beforeprint', () => {
        const forms = [...document.querySelectorAll('main form[method=get i]')];
        const conditions = forms
            .flatMap((form) => [...form.elements])
            .filter((c) => c.name)
            .map((c) => [labelOf(c), valueOf(c)])
            .filter(([, v]) => v)
            .map(([l, v]) => (l ? `${l}：${v}` : v));
        for (const note of document.querySelectorAll('[data-print-filters]')) {
            note.textContent = forms.length ? `　筛选条件：${conditions.length ? conditions.join('；') : '无'}` : '';
        }
    });
})();
