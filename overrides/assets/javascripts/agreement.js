/*
 * The mentor agreement form (/mentoraftale/): writing-line fields grow with
 * what is typed, so everything typed is on the lines when the page is
 * printed. Without JavaScript the fields keep their printed size.
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

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("textarea[data-mg-lines]")) {
      grow(event.target);
    }
  });
  // Lines are further apart on paper, so the sizes are worked out again.
  window.addEventListener("beforeprint", growAll);
  window.addEventListener("afterprint", growAll);
  if (window.matchMedia) {
    window.matchMedia("print").addEventListener("change", growAll);
  }
})();
