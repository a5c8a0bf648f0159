/*
 * The review notice on pages that use a rule from data/regler.yml
 * (overrides/generated/rules.html, mentorguiden/rules/notice.py).
 *
 * A site built before a rule's review date still holds its notice, hidden,
 * with the date in data-mg-review-date. Here the visitor's own date is
 * compared with it, and the notice is shown once the date has passed. No
 * request, no cookie, no storage. Without JavaScript a hidden notice stays
 * hidden (and unread by screen readers); a notice the build already knew
 * about is shown either way.
 */
(function () {
  "use strict";

  function pad(number) {
    return String(number).padStart(2, "0");
  }

  var now = new Date();
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());

  document.querySelectorAll("[data-mg-review-date][hidden]").forEach(function (notice) {
    // ISO dates (YYYY-MM-DD) compare as text.
    if (today > notice.getAttribute("data-mg-review-date")) {
      notice.hidden = false;
    }
  });
})();
