// Lists in the source forms: add, remove and reorder items, then renumber every control's name so the
// server reads the items in the order shown ("indicators.2.scoring.0.points").
(function () {
  "use strict";

  function pathOf(control, form) {
    var parts = [];
    for (var node = control; node && node !== form; node = node.parentElement) {
      if (node.hasAttribute("data-seg")) {
        parts.unshift(node.getAttribute("data-seg"));
      } else if (node.hasAttribute("data-item")) {
        var siblings = Array.prototype.filter.call(node.parentElement.children, function (child) {
          return child.hasAttribute("data-item");
        });
        parts.unshift(String(siblings.indexOf(node)));
      }
    }
    return parts.join(".");
  }

  function renumber(form) {
    form.querySelectorAll("[data-ctl]").forEach(function (control) {
      control.name = pathOf(control, form);
      // The field's anchors follow its name, so the errors of a check land beside a copied item too.
      var anchor = "f-" + control.name.split(".").join("-");
      var field = control.closest(".field");
      control.id = "c-" + anchor;
      if (field) {
        field.id = anchor;
        var errors = field.querySelector(":scope > .errors");
        if (errors) errors.id = "e-" + anchor;
      }
    });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-add], button[data-remove], button[data-up], button[data-down]");
    if (!button) return;
    var form = button.closest("form[data-source-form]");
    if (!form) return;
    if (button.hasAttribute("data-add")) {
      var list = button.closest("fieldset.list");
      var template = list.querySelector(":scope > template");
      var item = template.content.firstElementChild.cloneNode(true);
      list.querySelector(":scope > .items").appendChild(item);
      if (window.htmx) window.htmx.process(item);
      var first = item.querySelector("input, textarea, select");
      if (first) first.focus();
    } else {
      var current = button.closest("[data-item]");
      if (button.hasAttribute("data-remove")) current.remove();
      if (button.hasAttribute("data-up") && current.previousElementSibling) {
        current.parentElement.insertBefore(current, current.previousElementSibling);
      }
      if (button.hasAttribute("data-down") && current.nextElementSibling) {
        current.parentElement.insertBefore(current.nextElementSibling, current);
      }
    }
    renumber(form);
  });

  // The field being edited, so the page after a save opens at it rather than at the top.
  document.addEventListener("focusin", function (event) {
    var form = event.target.closest("form[data-source-form]");
    var field = event.target.closest(".field, fieldset");
    if (form && field && field.id) form.querySelector("input[name=_at]").value = field.id;
  });

  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-source-form]")) renumber(event.target);
  }, true);
})();
