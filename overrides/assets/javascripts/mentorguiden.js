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

  fillPrintHeader();
  enablePrintButtons();
  window.addEventListener("beforeprint", fillPrintHeader);
})();
