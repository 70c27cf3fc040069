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
    // Groups inside list items (an indicator, its scale) follow their new place too, so the errors a
    // check sends for a copied item have a box to land in.
    form.querySelectorAll("[data-item] fieldset[id]").forEach(function (group) {
      var anchor = "f-" + pathOf(group, form).split(".").join("-");
      group.id = anchor;
      var errors = group.querySelector(":scope > .errors");
      if (errors) errors.id = "e-" + anchor;
    });
    form.querySelectorAll("[data-item]").forEach(name);
    form.querySelectorAll("[data-ctl]").forEach(function (control) {
      control.name = pathOf(control, form);
      // The field's anchors follow its name, so the errors of a check land beside a copied item too.
      var anchor = "f-" + control.name.split(".").join("-");
      var field = control.closest(".field");
      control.id = "c-" + anchor;
      if (field) {
        field.id = anchor;
        var label = field.querySelector(":scope > label");
        if (label) label.htmlFor = control.id;
        var errors = field.querySelector(":scope > .errors");
        if (errors) errors.id = "e-" + anchor;
      }
    });
  }

  // Item buttons say what they act on: «Удалить показатель 2.5.1», «Удалить сокращение «ППк»», «Переместить
  // задачу 2 выше»; a one-line item is labelled by its number («Задача 2»).
  function name(item) {
    var list = item.closest("fieldset.list");
    var noun = list ? list.getAttribute("data-noun") : "элемент";
    var siblings = Array.prototype.filter.call(item.parentElement.children, function (child) {
      return child.hasAttribute("data-item");
    });
    var number = String(siblings.indexOf(item) + 1);
    var namedBy = list && list.getAttribute("data-named-by");
    var naming = namedBy && item.querySelector("[data-ctl][name$='." + namedBy + "']");
    var called = naming && naming.value.trim();
    var label = noun + " " + (!called ? number : namedBy === "code" ? called : "«" + called + "»");
    var itemLabel = list && list.getAttribute("data-item-label");
    var single = item.querySelector(":scope > .field > [data-ctl]");
    if (itemLabel && single) single.setAttribute("aria-label", itemLabel + " " + number);
    var tools = item.querySelector(":scope > .tools");
    if (!tools) return;
    tools.querySelector("[data-up]").setAttribute("aria-label", "Переместить " + label + " выше");
    tools.querySelector("[data-down]").setAttribute("aria-label", "Переместить " + label + " ниже");
    tools.querySelector("[data-remove]").textContent = "Удалить " + label;
  }

  // A new indicator takes the next free code of its mechanism.
  function nextCode(list, item) {
    var codes = Array.prototype.map.call(list.querySelectorAll(":scope > .items > [data-item] [data-ctl][name$='.code']"),
      function (input) { return input.value.trim(); });
    var own = item.querySelector("[data-ctl][name$='.code']");
    if (!own) return;
    var prefix = own.value.replace(/\.\d+$/, "");
    var highest = 0;
    codes.forEach(function (code) {
      if (code.indexOf(prefix + ".") === 0) highest = Math.max(highest, parseInt(code.slice(prefix.length + 1), 10) || 0);
    });
    own.value = prefix + "." + (highest + 1);
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
      if (list.classList.contains("list-indicators")) nextCode(list, item);
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
    changed(form);
  });

  // The field being edited, so the page after a save opens at it rather than at the top.
  document.addEventListener("focusin", function (event) {
    var form = event.target.closest("form[data-source-form]");
    var field = event.target.closest(".field, fieldset, section[id]");
    if (form && field && field.id) form.querySelector("input[name=_at]").value = field.id;
  });

  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-source-form]")) renumber(event.target);
  }, true);

  // --- never lose work: unsaved edits guarded, a local draft kept until the save ------------------------
  var dirty = false;
  var leaving = "Есть несохранённые изменения. Уйти со страницы и потерять их?";

  function sourceForm() { return document.querySelector("form[data-source-form]"); }

  function draftKey(form) { return "msoko-draft:" + form.getAttribute("data-draft-key"); }
  // One draft per source: the opened version's digest travels inside it (_digest), so a draft restored
  // after the file changed elsewhere is refused at save like any stale form.

  function changed(form) {
    dirty = true;
    var state = document.getElementById("save-state");
    if (state) { state.textContent = "Есть несохранённые изменения"; state.classList.add("dirty"); }
    try {
      var fields = [];
      new FormData(form).forEach(function (value, key) {
        if (typeof value === "string" && key !== "csrftoken") fields.push([key, value]);
      });
      localStorage.setItem(draftKey(form), JSON.stringify({at: new Date().toISOString(), fields: fields}));
    } catch (e) { /* storage full or refused: the guard still protects the edits */ }
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest("form[data-source-form]");
    if (form) changed(form);
    // What the check said of the value before is stale now: the next check says it again if it still holds.
    var item = event.target.closest("[data-item]");
    if (item) name(item);  // «Удалить сокращение «ППк»» as the abbreviation is typed
    var own = event.target.hasAttribute("data-ctl") && event.target.closest(".field");
    var stale = own && own.querySelector(":scope > .errors");
    if (stale) stale.innerHTML = "";
  });

  // A long list (the glossary) filtered to the entries holding what is typed; the filter itself is not saved.
  function setupFilters() {
    document.querySelectorAll("input[data-filter]").forEach(function (filter) {
      var list = filter.closest("fieldset.list");
      filter.addEventListener("input", function (event) {
        event.stopPropagation();  // not an edit: no check, no unsaved state
        var query = filter.value.trim().toLowerCase();
        list.querySelectorAll(":scope > .items > [data-item]").forEach(function (item) {
          var text = Array.prototype.map.call(item.querySelectorAll("[data-ctl]"), function (c) { return c.value; }).join(" ");
          item.hidden = query !== "" && text.toLowerCase().indexOf(query) < 0;
        });
      });
      filter.addEventListener("change", function (event) { event.stopPropagation(); });
    });
  }
  document.addEventListener("change", function (event) {
    var form = event.target.closest("form[data-source-form]");
    if (form) changed(form);
  });

  window.addEventListener("beforeunload", function (event) {
    if (!dirty) return;
    event.preventDefault();
    event.returnValue = leaving;
    return leaving;
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (!link || !dirty || link.getAttribute("href").charAt(0) === "#" || link.hasAttribute("download")) return;
    if (link.getAttribute("href").indexOf("/download/") === 0) return;
    if (!window.confirm(leaving)) { event.preventDefault(); return; }
    dirty = false;
  });

  document.addEventListener("submit", function (event) {
    if (event.target.matches("form[data-source-form]")) dirty = false;
  });

  // A rebuild reads the saved sources: with unsaved edits it would silently leave them out, so it asks to
  // save first and builds once the saved page is back (the flag survives the save's redirect).
  var BUILD_AFTER_SAVE = "msoko-build-after-save";
  document.addEventListener("click", function (event) {
    var build = event.target.closest("button[data-build]");
    var form = sourceForm();
    if (!build || !form || !dirty) return;
    event.preventDefault();
    event.stopPropagation();  // in the capture phase: htmx on the button never sees the click
    if (!window.confirm("Сохранить изменения и пересобрать?")) return;
    try { sessionStorage.setItem(BUILD_AFTER_SAVE, "1"); } catch (e) { /* then the user rebuilds by hand */ }
    dirty = false;
    renumber(form);
    form.requestSubmit();
  }, true);

  function buildIfAsked(saved) {
    var asked;
    try { asked = sessionStorage.getItem(BUILD_AFTER_SAVE); sessionStorage.removeItem(BUILD_AFTER_SAVE); } catch (e) { asked = null; }
    var build = document.querySelector("button[data-build]");
    if (asked && saved && build) build.click();
  }

  // Back to a page the browser kept in memory (bfcache): its controls may still hold an edit the user chose
  // to leave behind while the status says nothing is unsaved, so the page is read again from the server.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && sourceForm()) window.location.reload();
  });

  // Ctrl+S (⌘S) saves the form instead of saving the page.
  document.addEventListener("keydown", function (event) {
    var form = sourceForm();
    if (!form || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "s" && event.key !== "ы") return;
    event.preventDefault();
    dirty = false;
    renumber(form);
    form.requestSubmit();
  });

  // The typical wording of a part, taken into its field with one click.
  document.addEventListener("click", function (event) {
    var take = event.target.closest("button[data-take]");
    var takeList = event.target.closest("button[data-take-list]");
    if (take) {
      var box = take.closest("[data-typical-for]");
      var field = document.getElementById(box.getAttribute("data-typical-for"));
      field.value = box.querySelector("blockquote").textContent.trim();
      field.dispatchEvent(new Event("input", {bubbles: true}));
      field.dispatchEvent(new Event("change", {bubbles: true}));
      box.remove();
      field.focus();
    } else if (takeList) {
      var offer = takeList.closest("[data-typical-list]");
      var list = offer.closest("fieldset.list");
      offer.querySelectorAll("[data-task]").forEach(function (task) {
        list.querySelector(":scope > button[data-add]").click();
        var items = list.querySelectorAll(":scope > .items > [data-item]");
        var input = items[items.length - 1].querySelector("[data-ctl]");
        input.value = task.textContent.trim();
      });
      offer.remove();
      changed(list.closest("form"));
      list.querySelector("[data-ctl]").dispatchEvent(new Event("change", {bubbles: true}));
    }
  });

  // A draft left by a closed tab or a crash: offered back, restored by the server from the saved fields.
  function offerDraft(form) {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(draftKey(form)) || "null"); } catch (e) { saved = null; }
    if (!saved || !saved.fields) return;
    var banner = document.createElement("div");
    banner.className = "draft-banner";
    banner.setAttribute("role", "alert");
    var when = new Date(saved.at);
    banner.innerHTML = "<p>Найдены несохранённые правки этой формы (" + when.toLocaleString("ru-RU") +
      "). <button type=\"button\" data-restore>Восстановить правки</button> <button type=\"button\" data-forget>Отбросить их</button></p>";
    form.parentElement.insertBefore(banner, form);
    banner.querySelector("[data-forget]").addEventListener("click", function () {
      localStorage.removeItem(draftKey(form));
      banner.remove();
    });
    banner.querySelector("[data-restore]").addEventListener("click", function () {
      var carrier = document.createElement("form");
      carrier.method = "post";
      carrier.action = "/draft/" + form.getAttribute("data-draft-key");
      saved.fields.concat([["csrftoken", form.querySelector("input[name=csrftoken]").value]]).forEach(function (pair) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = pair[0];
        input.value = pair[1];
        carrier.appendChild(input);
      });
      document.body.appendChild(carrier);
      carrier.submit();
    });
  }

  // --- a new Положение one section at a time -------------------------------------------------------------
  function setupSteps(form) {
    var names = JSON.parse(form.getAttribute("data-steps") || "null");
    if (!names) return;
    var parts = form.querySelectorAll("[data-step]");
    var nav = document.createElement("nav");
    nav.className = "steps";
    nav.setAttribute("aria-label", "Шаги составления Положения");
    var list = document.createElement("ol");
    names.forEach(function (title, index) {
      var entry = document.createElement("li");
      var go = document.createElement("button");
      go.type = "button";
      go.textContent = title;
      go.setAttribute("data-goto", String(index + 1));
      entry.appendChild(go);
      list.appendChild(entry);
    });
    nav.appendChild(list);
    var whole = document.createElement("button");
    whole.type = "button";
    whole.textContent = "Показать все разделы сразу";
    nav.appendChild(whole);
    form.parentElement.insertBefore(nav, form);
    var pager = document.createElement("p");
    pager.className = "pager";
    pager.innerHTML = "<button type=\"button\" data-back></button> <button type=\"button\" class=\"primary\" data-next></button>";
    form.appendChild(pager);
    var current = 1;

    function show(step) {
      current = step;
      // A save (Ctrl+S, a button) comes back at the section shown, even when no field of it was focused.
      var first = step && form.querySelector("[data-step='" + step + "'] [id^='f-'], [data-step='" + step + "'][id^='f-']");
      var at = form.querySelector("input[name=_at]");
      var held = at.value && document.getElementById(at.value);
      if (first && !(held && held.closest("[data-step]") && held.closest("[data-step]").getAttribute("data-step") === String(step))) {
        at.value = first.id;
      }
      parts.forEach(function (part) { part.hidden = step !== 0 && part.getAttribute("data-step") !== String(step); });
      list.querySelectorAll("button").forEach(function (go) {
        if (go.getAttribute("data-goto") === String(step)) go.setAttribute("aria-current", "step");
        else go.removeAttribute("aria-current");
      });
      pager.hidden = step === 0;
      var back = pager.querySelector("[data-back]");
      var next = pager.querySelector("[data-next]");
      back.hidden = step <= 1;
      next.hidden = step >= names.length;
      if (step > 1) back.textContent = "← Назад: " + names[step - 2];
      if (step < names.length) next.textContent = "Далее: " + names[step] + " →";
    }

    nav.addEventListener("click", function (event) {
      var go = event.target.closest("[data-goto]");
      if (go) show(parseInt(go.getAttribute("data-goto"), 10));
      if (event.target === whole) show(0);
    });
    pager.addEventListener("click", function (event) {
      if (event.target.closest("[data-back]")) show(current - 1);
      if (event.target.closest("[data-next]")) show(current + 1);
      nav.scrollIntoView();
    });
    // A link to a field (the status bar's problems) opens the step that holds it.
    document.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#f-']");
      var target = link && document.getElementById(link.getAttribute("href").slice(1));
      var part = target && target.closest("[data-step]");
      if (part && part.hidden) show(parseInt(part.getAttribute("data-step"), 10));
    }, true);
    var opened = window.location.hash && document.getElementById(window.location.hash.slice(1));
    var holder = opened && opened.closest("[data-step]");
    show(holder ? parseInt(holder.getAttribute("data-step"), 10) : 1);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = sourceForm();
    if (!form) return;
    renumber(form);
    setupSteps(form);
    setupFilters();
    var params = new URLSearchParams(window.location.search);
    buildIfAsked(params.get("saved") === "1");
    if (params.get("saved") === "1") {
      localStorage.removeItem(draftKey(form));
    } else if (form.hasAttribute("data-restored")) {
      changed(form);
    } else {
      offerDraft(form);
    }
    var broken = document.querySelector("[data-broken]");
    if (broken) {
      broken.focus();
      broken.querySelector("[data-dismiss]").addEventListener("click", function () { broken.remove(); });
    }
  });
})();
