// An indicator's scale drawn on a line as it is edited: each band a bar over the values it scores, a value
// scored by no band marked as a gap, by two bands as an overlap. The server's check says the same in words
// beside the band (generator/scales/rules.py); this drawing only shows it at once, while typing.
(function () {
  "use strict";

  var COUNTED = { "человек": true, "единица": true };

  function number(field) {
    var control = field && field.querySelector("input");
    if (!control || control.value.trim() === "") return null;
    var value = Number(control.value.trim().replace(",", "."));
    return isNaN(value) ? undefined : value;
  }

  function flag(band, segment, fallback) {
    var control = band.querySelector("[data-seg='" + segment + "'] input, input[data-seg='" + segment + "']");
    return control ? control.checked : fallback;
  }

  function child(band, segment) {
    return Array.prototype.find.call(band.querySelectorAll(".field"), function (field) {
      return field.id.endsWith("-" + segment);
    });
  }

  // A band's place on the line as [start, stop) over positions value*2 (at the value) or value*2+1 (just after
  // it): [75; 90) is [150, 180), «от 75 до 89» is [150, 179), leaving 179 (more than 89, less than 90) unscored.
  function placeOf(band, whole) {
    var lower = number(child(band, "lower")), upper = number(child(band, "upper"));
    if (lower === undefined || upper === undefined) return "invalid";
    if (lower === null && upper === null) return null;
    var lowerIn = flag(band, "lower_inclusive", true), upperIn = flag(band, "upper_inclusive", false);
    if (whole) {
      var low = lower === null ? 0 : (lowerIn ? Math.ceil(lower) : Math.floor(lower) + 1);
      var high = upper === null ? Infinity : (upperIn ? Math.floor(upper) : Math.ceil(upper) - 1) + 1;
      return { start: Math.max(low, 0) * 2, stop: high * 2 };
    }
    return { start: lower === null ? 0 : Math.max(lower * 2 + (lowerIn ? 0 : 1), 0),
             stop: upper === null ? Infinity : upper * 2 + (upperIn ? 1 : 0) };
  }

  function unitOf(list) {
    var indicator = list.closest("fieldset.object");
    var unit = indicator && Array.prototype.find.call(indicator.querySelectorAll(":scope > .field"), function (f) {
      return f.id.endsWith("-unit");
    });
    var select = unit && unit.querySelector("select");
    return select ? select.value : "";
  }

  function text(position) {
    return String(Math.floor(position / 2)).replace(".", ",");
  }

  // The values a mark covers, in words: positions value*2 stand at a value, value*2+1 just after it.
  function span(start, stop, unit) {
    var sign = unit === "процент" ? "\u00a0%" : "";
    var from = start % 2 ? "более " + text(start) : "от " + text(start);
    if (stop === Infinity) return from + sign + " и выше";
    var to = stop % 2 ? "до " + text(stop) + sign + " включительно" : (start % 2 ? ", но менее " : " до ") + text(stop) + sign;
    return from + (stop % 2 ? " " : "") + to;
  }

  function said(mark, unit) {
    if (mark.kind === "gap") return "красная метка — не оценены значения " + span(mark.start, mark.stop, unit);
    if (mark.kind === "overlap") return "жёлтая метка — дважды оценены значения " + span(mark.start, mark.stop, unit);
    return "жёлтая метка — в строке " + (mark.band + 1) + " нижняя граница выше верхней";
  }

  function draw(list) {
    var line = list.querySelector(":scope > [data-scale-line]");
    if (!line) return;
    var unit = unitOf(list), whole = !!COUNTED[unit];
    var bands = Array.prototype.slice.call(list.querySelectorAll(":scope > .items > .item > fieldset.band"));
    var places = bands.map(function (band) { return placeOf(band, whole); });
    line.innerHTML = "";
    line.hidden = unit === "да/нет" || places.some(function (p) { return p === null || p === "invalid"; });
    if (line.hidden) return;
    var finite = places.map(function (p) { return p.stop === Infinity ? p.start : p.stop; });
    var end = unit === "процент" ? 201 : Math.max.apply(null, finite.concat([2])) * 1.25;
    var marks = [], cursor = 0, sorted = places.map(function (p, i) { return { p: p, i: i }; })
      .sort(function (a, b) { return a.p.start - b.p.start || a.p.stop - b.p.stop; });
    sorted.forEach(function (item) {
      var p = item.p;
      if (p.start >= p.stop) { marks.push({ kind: "reversed", start: p.stop, stop: p.start, band: item.i }); return; }
      if (p.start > cursor) marks.push({ kind: "gap", start: cursor, stop: p.start });
      if (p.start < cursor) marks.push({ kind: "overlap", start: p.start, stop: Math.min(cursor, p.stop) });
      cursor = Math.max(cursor, p.stop);
    });
    if (cursor < end && unit === "процент") marks.push({ kind: "gap", start: cursor, stop: end });
    function bar(kind, start, stop, label) {
      var node = document.createElement("span");
      node.className = "scale-" + kind;
      node.style.left = (100 * Math.min(start, end) / end) + "%";
      node.style.width = Math.max(100 * (Math.min(stop, end) - Math.min(start, end)) / end, 0.8) + "%";
      node.title = label;
      node.textContent = kind === "band" ? label : "";
      line.appendChild(node);
    }
    places.forEach(function (p, i) {
      var points = bands[i].querySelector("[id$='-points'] input");
      if (p.start < p.stop) bar("band", p.start, p.stop, (points ? points.value : "") + " б.");
    });
    marks.forEach(function (m) { bar(m.kind, m.start, m.stop, said(m, unit)); });
    var summary = document.createElement("p");
    summary.className = "scale-summary";
    var words = marks.map(function (m) { return said(m, unit); }).join("; ");
    summary.textContent = marks.length ? words.charAt(0).toUpperCase() + words.slice(1) + "." : "Каждое значение оценено один раз.";
    line.appendChild(summary);
  }

  // What a band is measured by, chosen first: only that kind's inputs are shown (without scripts all show).
  var KINDS = [["range", "диапазон значений", ["lower", "upper", "lower_inclusive", "upper_inclusive"]],
               ["answer", "ответ да/нет", ["answer"]], ["condition", "условие словами", ["condition"]]];

  function filled(band, segments) {
    return segments.some(function (segment) {
      var field = child(band, segment), control = field && field.querySelector("input, select");
      return control && control.type !== "checkbox" && control.value.trim() !== "";
    });
  }

  function showKind(band, kind, clear) {
    KINDS.forEach(function (entry) {
      entry[2].forEach(function (segment) {
        var field = child(band, segment);
        if (!field) return;
        field.hidden = entry[0] !== kind;
        var control = field.querySelector("input:not([type=checkbox]), select");
        if (clear && field.hidden && control) control.value = "";  // a hidden kind is not saved as well
      });
    });
  }

  function setupBand(band) {
    if (band.closest("template") || band.querySelector(":scope > .band-kind")) return;
    var list = band.closest("fieldset.list-scoring");
    var kind = filled(band, ["answer"]) ? "answer" : filled(band, ["condition"]) ? "condition"
      : filled(band, KINDS[0][2]) || unitOf(list) !== "да/нет" ? "range" : "answer";
    var holder = document.createElement("div");
    holder.className = "band-kind";
    var label = document.createElement("label");
    label.textContent = "Строка шкалы задаёт ";
    var select = document.createElement("select");
    select.setAttribute("data-band-kind", "");
    KINDS.forEach(function (entry) { select.add(new Option(entry[1], entry[0], false, entry[0] === kind)); });
    label.appendChild(select);
    holder.appendChild(label);
    band.insertBefore(holder, band.querySelector(":scope > .field"));
    showKind(band, kind, false);
  }

  function setupBands() { document.querySelectorAll("fieldset.band").forEach(setupBand); }

  document.addEventListener("change", function (event) {
    var select = event.target.closest && event.target.closest("select[data-band-kind]");
    if (select) { showKind(select.closest("fieldset.band"), select.value, true); return; }
    var unit = event.target.matches && event.target.matches("select[name$='.unit']") && event.target.value === "да/нет";
    var indicator = unit && event.target.closest("fieldset.object");
    if (!indicator) return;
    indicator.querySelectorAll("fieldset.band").forEach(function (band) {
      var kind = band.querySelector("select[data-band-kind]");
      // A yes/no indicator has no ranges to score: its bands become answers (the usual three start as ranges).
      if (kind && kind.value === "range") { kind.value = "answer"; showKind(band, "answer", true); }
    });
  }, true);

  function drawAround(target) {
    var list = target.closest && target.closest("fieldset.list-scoring");
    if (list) { draw(list); return; }
    var indicator = target.closest && target.closest("fieldset.object");
    var scoring = indicator && indicator.querySelector("fieldset.list-scoring");
    if (scoring) draw(scoring);
  }

  document.addEventListener("input", function (event) { drawAround(event.target); });
  document.addEventListener("change", function (event) { drawAround(event.target); });
  document.addEventListener("click", function (event) {
    if (event.target.closest("button[data-add], button[data-remove], button[data-up], button[data-down]")) {
      window.setTimeout(function () { setupBands(); document.querySelectorAll("fieldset.list-scoring").forEach(draw); }, 0);
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    setupBands();
    document.querySelectorAll("fieldset.list-scoring").forEach(draw);
  });
})();
