// Annotations on the document page: select words inside one provision → the comment form opens under it;
// quotes of existing annotations are highlighted in the provision's text. No inline script (CSP).
(function () {
    "use strict";
    var CONTEXT = 32;
    var findingUrl = null;

    function unitOf(node) {
        var el = node && (node.nodeType === 1 ? node : node.parentElement);
        return el ? el.closest(".provisions .unit") : null;
    }

    // The provision's own text, without the annotation boxes and links rendered inside it.
    function ownText(unit) {
        var parts = [];
        unit.querySelectorAll(":scope > p").forEach(function (p) { parts.push(p.textContent); });
        return parts.join("\n");
    }

    function openForm(unit, quote) {
        var form = document.getElementById("ann-form");
        if (!form) { return; }
        var text = ownText(unit);
        var at = text.indexOf(quote);
        document.getElementById("ann-stable").value = unit.id;
        document.getElementById("ann-quote").value = quote;
        document.getElementById("ann-prefix").value = at < 0 ? "" : text.substring(Math.max(0, at - CONTEXT), at);
        document.getElementById("ann-suffix").value = at < 0 ? "" : text.substring(at + quote.length, at + quote.length + CONTEXT);
        var anchor = unit.querySelector(":scope > .ann-list") || unit.lastElementChild;
        unit.insertBefore(form, anchor && anchor.classList.contains("ann-list") ? anchor : null);
        form.hidden = false;
        var link = document.getElementById("ann-form-finding");
        if (link && findingUrl) { link.href = findingUrl + encodeURIComponent(unit.id); }
        document.getElementById("ann-comment").focus({ preventScroll: true });
    }

    // "Add to finding" appears on the provision under the pointer (built here rather than once per provision in the HTML).
    function offerFindingLink(e) {
        var unit = e.target.closest && e.target.closest(".unit-article, .unit-clause, .unit-point");
        if (!unit || !findingUrl || unit.querySelector(":scope > .ann-actions")) { return; }
        var box = document.createElement("div");
        box.className = "ann-actions";
        var a = document.createElement("a");
        a.className = "ann-link";
        a.href = findingUrl + encodeURIComponent(unit.id);
        a.textContent = "Thêm vào phát hiện";
        box.appendChild(a);
        var list = unit.querySelector(":scope > .ann-list");
        unit.insertBefore(box, list);
    }

    function onSelect() {
        var selection = window.getSelection();
        if (!selection || selection.isCollapsed) { return; }
        var quote = selection.toString().replace(/\s+/g, " ").trim();
        if (quote.length < 2) { return; }
        var unit = unitOf(selection.anchorNode);
        if (!unit || unit !== unitOf(selection.focusNode)) { return; }
        if (selection.anchorNode.parentElement.closest(".ann-list, .ann-form, .ann-actions")) { return; }
        openForm(unit, quote);
    }

    function highlight(unit, quote) {
        var walker = document.createTreeWalker(unit, NodeFilter.SHOW_TEXT, {
            acceptNode: function (n) {
                return n.parentElement.closest(".ann-list, .ann-form, .ann-actions, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
            }
        });
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            var at = node.nodeValue.indexOf(quote);
            if (at < 0) { continue; }
            var range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + quote.length);
            var mark = document.createElement("mark");
            mark.className = "ann-mark";
            range.surroundContents(mark);
            return;
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        var article = document.querySelector(".provisions");
        if (!article) { return; }
        var config = document.getElementById("ann-config");
        findingUrl = config ? config.getAttribute("data-finding-url") : null;
        article.addEventListener("mouseover", offerFindingLink);
        article.addEventListener("mouseup", function () { window.setTimeout(onSelect, 0); });
        article.addEventListener("keyup", function (e) { if (e.shiftKey) { onSelect(); } });
        var cancel = document.getElementById("ann-cancel");
        if (cancel) {
            cancel.addEventListener("click", function () { document.getElementById("ann-form").hidden = true; });
        }
        document.querySelectorAll(".ann-item[data-quote]").forEach(function (item) {
            var unit = item.closest(".unit");
            if (unit) { highlight(unit, item.getAttribute("data-quote")); }
        });
    });
}());
