// Alerts pages (issue #8): copy the feed address, confirm removal, save the e-mail frequency on change.
(function () {
    "use strict";
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
        button.addEventListener("click", function () {
            var input = document.querySelector(button.getAttribute("data-copy"));
            if (!input) return;
            input.select();
            if (navigator.clipboard) navigator.clipboard.writeText(input.value);
            button.textContent = "Đã sao chép";
        });
    });
    document.querySelectorAll("button[data-confirm]").forEach(function (button) {
        button.addEventListener("click", function (e) {
            if (!window.confirm(button.getAttribute("data-confirm"))) e.preventDefault();
        });
    });
    document.querySelectorAll("select.alerts-autosubmit").forEach(function (select) {
        var form = select.form;
        var save = form && form.querySelector(".alerts-save");
        if (save) save.hidden = true;
        select.addEventListener("change", function () { if (form) form.submit(); });
    });
})();
