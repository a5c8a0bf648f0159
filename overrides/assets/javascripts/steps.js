/*
 * The step-by-step guide (overrides/generated/steps.html): show and hide each step.
 *
 * The page works without this script: every step's heading and content are
 * there and visible. The script turns each step's heading text into a
 * button inside the h2 (so the heading stays a heading for screen readers),
 * with aria-expanded and aria-controls pointing at the step's content, hides
 * the content, and adds one "Vis alle trin"/"Show all steps" button. Its
 * words come from the guide's data attributes (mentorguiden/core/ui_strings.py).
 * A link to a step (#trin-<id>, from the box on a guidance page) opens that
 * step. Nothing is stored or sent; the printout shows every step (steps.css).
 */
(function () {
  "use strict";

  function toggles(guide) {
    return Array.prototype.slice.call(guide.querySelectorAll(".mg-steps__toggle"));
  }

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    document.getElementById(button.getAttribute("aria-controls")).hidden = !open;
  }

  function updateShowAll(guide, showAll) {
    var allOpen = toggles(guide).every(function (button) {
      return button.getAttribute("aria-expanded") === "true";
    });
    showAll.setAttribute("aria-expanded", allOpen ? "true" : "false");
    showAll.textContent = guide.getAttribute(allOpen ? "data-mg-hide-all" : "data-mg-show-all");
  }

  function makeToggle(step) {
    var heading = step.querySelector(".mg-steps__title");
    var panel = step.querySelector(".mg-steps__panel");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "mg-steps__toggle";
    button.setAttribute("aria-controls", panel.id);
    while (heading.firstChild) {
      button.appendChild(heading.firstChild);
    }
    heading.appendChild(button);
    setOpen(button, false);
    return button;
  }

  function makeShowAll(guide, list) {
    var showAll = document.createElement("button");
    showAll.type = "button";
    showAll.className = "mg-steps__show-all";
    showAll.setAttribute(
      "aria-controls",
      toggles(guide)
        .map(function (button) {
          return button.getAttribute("aria-controls");
        })
        .join(" ")
    );
    var controls = document.createElement("p");
    controls.className = "mg-steps__controls";
    controls.appendChild(showAll);
    guide.insertBefore(controls, list);
    return showAll;
  }

  function openStepOfAddress(guide, showAll) {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var step = target && guide.contains(target) && target.closest(".mg-steps__step");
    if (step) {
      setOpen(step.querySelector(".mg-steps__toggle"), true);
      updateShowAll(guide, showAll);
    }
  }

  document.querySelectorAll("[data-mg-steps]").forEach(function (guide) {
    var list = guide.querySelector(".mg-steps__list");
    guide.querySelectorAll(".mg-steps__step").forEach(makeToggle);
    var showAll = makeShowAll(guide, list);
    guide.classList.add("mg-steps--enhanced");

    toggles(guide).forEach(function (button) {
      button.addEventListener("click", function () {
        setOpen(button, button.getAttribute("aria-expanded") !== "true");
        updateShowAll(guide, showAll);
      });
    });
    showAll.addEventListener("click", function () {
      var open = showAll.getAttribute("aria-expanded") !== "true";
      toggles(guide).forEach(function (button) {
        setOpen(button, open);
      });
      updateShowAll(guide, showAll);
    });

    updateShowAll(guide, showAll);
    openStepOfAddress(guide, showAll);
    window.addEventListener("hashchange", function () {
      openStepOfAddress(guide, showAll);
    });
  });
})();
