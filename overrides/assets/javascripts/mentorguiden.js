/*
 * Mentorguiden's only script. It reads nothing from and writes nothing to
 * storage, sets no cookies and makes no requests.
 *
 * Print header: the page address and today's date on the printout. Without
 * JavaScript the header shows the build date and, when site_url is set, the
 * published address.
 *
 * Print buttons (partials/print-button.html) start hidden and are shown here,
 * so a visitor without JavaScript never meets a button that does nothing.
 *
 * Glossary terms (mentorguiden/glossary.py): CSS shows the definition on
 * hover and focus; here Escape hides it (WCAG 1.4.13), and on a touch screen
 * the first tap shows it instead of following the link to the glossary (the
 * second tap follows it). Without JavaScript the link simply leads there.
 */
(function () {
  "use strict";

  function formatDate(date) {
    var day = String(date.getDate()).padStart(2, "0");
    var month = String(date.getMonth() + 1).padStart(2, "0");
    return day + "." + month + "." + date.getFullYear();
  }

  function isoDate(date) {
    return date.getFullYear() + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0");
  }

  function fillPrintHeader() {
    var today = new Date();
    document.querySelectorAll("[data-mg-print-date]").forEach(function (element) {
      element.textContent = formatDate(today);
      element.setAttribute("datetime", isoDate(today));
    });
    document.querySelectorAll("[data-mg-page-address]").forEach(function (element) {
      if (!element.textContent.trim()) {
        element.textContent = window.location.href.split("#")[0];
      }
    });
  }

  function enablePrintButtons() {
    document.querySelectorAll("[data-mg-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  function enableGlossaryTerms() {
    var terms = Array.prototype.slice.call(document.querySelectorAll(".mg-term"));
    var lastPointer = "mouse";

    function close(term) {
      term.classList.remove("mg-term--open");
    }

    // Near the right edge a definition would run off the screen; move it left.
    function keepInView(term) {
      var tip = term.querySelector(".mg-term__tip");
      if (!tip) {
        return;
      }
      tip.style.left = "";
      window.requestAnimationFrame(function () {
        var box = tip.getBoundingClientRect();
        if (getComputedStyle(tip).position === "absolute" && box.width && box.right > window.innerWidth - 8) {
          tip.style.left = Math.round(window.innerWidth - 8 - box.right) + "px";
        }
      });
    }

    terms.forEach(function (term) {
      var link = term.querySelector(".mg-term__link");
      if (!link) {
        return;
      }
      link.addEventListener("pointerdown", function (event) {
        lastPointer = event.pointerType;
      });
      link.addEventListener("click", function (event) {
        if (lastPointer === "touch" && !term.classList.contains("mg-term--open")) {
          event.preventDefault();
          terms.forEach(close);
          term.classList.remove("mg-term--dismissed");
          term.classList.add("mg-term--open");
        }
      });
      link.addEventListener("focus", function () {
        term.classList.remove("mg-term--dismissed");
        keepInView(term);
      });
      term.addEventListener("mouseenter", function () {
        keepInView(term);
      });
      link.addEventListener("blur", function () {
        close(term);
        term.classList.remove("mg-term--dismissed");
      });
      term.addEventListener("mouseleave", function () {
        term.classList.remove("mg-term--dismissed");
      });
    });

    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") {
        return;
      }
      terms.forEach(function (term) {
        if (term.matches(":hover, :focus-within, .mg-term--open")) {
          close(term);
          term.classList.add("mg-term--dismissed");
        }
      });
    });

    document.addEventListener("pointerdown", function (event) {
      terms.forEach(function (term) {
        if (!term.contains(event.target)) {
          close(term);
        }
      });
    });
  }

  fillPrintHeader();
  enablePrintButtons();
  enableGlossaryTerms();
  window.addEventListener("beforeprint", fillPrintHeader);
})();
