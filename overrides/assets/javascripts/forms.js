/*
 * The forms (/mentoraftale/, /kompensationsaftale/, /timeseddel/,
 * /blanketter/): writing-line fields grow with what is typed, so everything
 * typed is on the lines when the page is printed; a day table sums its hours
 * as they are typed (the sum prints); on the set page a name typed once in a
 * shared field is copied into that field on every form. Without JavaScript the
 * fields keep their printed size and the sum stays blank.
 *
 * Like mentorguiden.js, it reads nothing from and writes nothing to storage,
 * sets no cookies and makes no requests: what a consultant types stays in
 * the page until it is closed.
 */
(function () {
  "use strict";

  function grow(textarea) {
    var minimum = Number(textarea.getAttribute("data-mg-lines")) || 1;
    var lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 1;
    textarea.style.setProperty("--mg-lines", String(minimum));
    var needed = Math.ceil((textarea.scrollHeight - 1) / lineHeight);
    textarea.style.setProperty("--mg-lines", String(Math.max(minimum, needed)));
  }

  function growAll() {
    document.querySelectorAll("textarea[data-mg-lines]").forEach(grow);
  }

  // "7,5" and "7.5" are both seven and a half hours; anything else counts as 0.
  function hours(text) {
    var value = Number(String(text).trim().replace(",", "."));
    return isFinite(value) && value > 0 ? value : 0;
  }

  function sum(table) {
    var total = 0;
    table.querySelectorAll("input[data-mg-hours]").forEach(function (input) {
      total += hours(input.value);
    });
    var output = table.querySelector("[data-mg-hours-sum]");
    var language = document.documentElement.lang || "da";
    output.textContent = total ? total.toLocaleString(language, { maximumFractionDigits: 2 }) : "";
  }

  function copyShared(source) {
    var id = source.getAttribute("data-mg-shared-source");
    document.querySelectorAll('input[data-mg-shared="' + id + '"]').forEach(function (input) {
      input.value = source.value;
    });
  }

  document.addEventListener("input", function (event) {
    var target = event.target;
    if (!target.matches) {
      return;
    }
    if (target.matches("textarea[data-mg-lines]")) {
      grow(target);
    } else if (target.matches("input[data-mg-hours]")) {
      sum(target.closest("table"));
    } else if (target.matches("input[data-mg-shared-source]")) {
      copyShared(target);
    }
  });
  // Lines are further apart on paper, so the sizes are worked out again.
  window.addEventListener("beforeprint", growAll);
  window.addEventListener("afterprint", growAll);
  if (window.matchMedia) {
    window.matchMedia("print").addEventListener("change", growAll);
  }
})();
