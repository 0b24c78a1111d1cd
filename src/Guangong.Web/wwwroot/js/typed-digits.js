// A Chinese input method in its full-width mode types "１２．５". The server reads every posted form's digits as ASCII
// (TypedDigits); boxes that take numbers say so with inputmode (numeric, decimal, tel), and here their full-width
// digits and point become ASCII as soon as the box is left, so what the user sees is what is saved.
(() => {
    const takesNumbers = el => el instanceof HTMLInputElement && ['numeric', 'decimal', 'tel'].includes(el.inputMode);
    const ascii = text => text.replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 0x30)).replace(/．/g, '.');
    const mend = el => {
        if (takesNumbers(el)) {
            const value = ascii(el.value);
            if (value !== el.value) {
                el.value = value;
            }
        }
    };
    document.addEventListener('change', e => mend(e.target), true);
    // Capturing, so the value is mended before Blazor's enhanced form handling reads the form.
    document.addEventListener('submit', e => e.target.querySelectorAll('input').forEach(mend), true);
})();
