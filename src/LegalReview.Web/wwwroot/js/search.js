// Search page: refreshes the document-number datalist as the user types (the CSP forbids inline script).
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.querySelector("input[data-suggest]");
    var list = document.getElementById("number-suggestions");
    if (!input || !list) return;
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var prefix = input.value.trim();
      if (!/^\d/.test(prefix)) return;
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + "?prefix=" + encodeURIComponent(prefix), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (numbers) {
            list.replaceChildren.apply(list, numbers.map(function (n) {
              var o = document.createElement("option");
              o.value = n;
              return o;
            }));
          })
          .catch(function () { /* suggestions are a convenience; ignore failures */ });
      }, 200);
    });
  });
})();
