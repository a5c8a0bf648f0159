/*
 * The interactive checks (overrides/generated/decision-aid.html): one
 * question per screen, a back link, "Tjek dine svar" / "Check your answers"
 * with a change link per answer, then the result.
 *
 * Without this script the page is a readable guide with every question and
 * result. With it, the guide's own parts (data-mg-guide-only) are hidden and
 * the hidden answer forms are shown, one step at a time.
 *
 * Privacy: the answers live in this page's memory and in the browser's own
 * session history (history.pushState, so the back button goes one step
 * back); nothing is put in storage, no cookie is set, nothing is fetched or
 * sent, and the forms are never submitted.
 *
 * Accessibility: each new step's heading gets the focus, the result is also
 * announced in a polite live region, and everything is native links, radio
 * buttons and buttons, so it all works by keyboard.
 */
(function () {
  "use strict";

  const SUMMARY = "summary";

  function stepHash(step) {
    if (step === SUMMARY) {
      return "#tjek-svar";
    }
    if (step.indexOf("result:") === 0) {
      return "#resultat-" + step.slice("result:".length);
    }
    return "#spoergsmaal-" + step;
  }

  function setup(root) {
    const aidId = root.getAttribute("data-mg-decision");
    const start = root.getAttribute("data-mg-start");
    const texts = {
      change: root.getAttribute("data-mg-change-text"),
      changeHidden: root.getAttribute("data-mg-change-hidden"),
      result: root.getAttribute("data-mg-result-text"),
    };
    const questions = {};
    root.querySelectorAll("[data-mg-question]").forEach(function (section) {
      questions[section.getAttribute("data-mg-question")] = section;
    });
    const results = {};
    root.querySelectorAll("[data-mg-result]").forEach(function (section) {
      results[section.getAttribute("data-mg-result")] = section;
    });
    const summary = root.querySelector("[data-mg-summary]");
    const note = root.querySelector("[data-mg-note]");
    const live = root.querySelector("[data-mg-live]");
    const backRow = root.querySelector("[data-mg-back-row]");
    const back = root.querySelector("[data-mg-back]");
    const actions = root.querySelector("[data-mg-actions]");
    let answers = {};
    let position = 0;

    function questionText(id) {
      const heading = questions[id].querySelector(".mg-decision__heading");
      const number = heading.querySelector("[data-mg-guide-only]");
      return heading.textContent.slice(number ? number.textContent.length : 0).trim();
    }

    function radios(id) {
      return Array.prototype.slice.call(questions[id].querySelectorAll("input[type=radio]"));
    }

    function answerText(id) {
      const radio = radios(id)[answers[id]];
      return radio ? root.querySelector("label[for='" + radio.id + "']").textContent.trim() : "";
    }

    // The questions answered from the start, and the result they lead to (if every one on the way is answered).
    function walk() {
      const path = [];
      let current = start;
      while (current && questions[current] && path.indexOf(current) < 0) {
        path.push(current);
        const radio = radios(current)[answers[current]];
        if (!radio) {
          return { path: path, pending: current, result: null };
        }
        const next = radio.getAttribute("data-mg-next");
        if (results[next]) {
          return { path: path, pending: null, result: next };
        }
        current = next;
      }
      return { path: path, pending: current, result: null };
    }

    // A step the answers allow; anything else (a stale hash, a changed answer) becomes the first open question.
    function allowed(step) {
      const route = walk();
      if (step === SUMMARY || step.indexOf("result:") === 0) {
        if (!route.result) {
          return route.pending || start;
        }
        return step === SUMMARY ? SUMMARY : "result:" + route.result;
      }
      return route.path.indexOf(step) >= 0 ? step : route.pending || start;
    }

    function previous(step) {
      const route = walk();
      if (step.indexOf("result:") === 0) {
        return SUMMARY;
      }
      if (step === SUMMARY) {
        return route.path[route.path.length - 1];
      }
      const index = route.path.indexOf(step);
      return index > 0 ? route.path[index - 1] : null;
    }

    function state(step) {
      return { mgDecision: aidId, step: step, answers: Object.assign({}, answers), position: position };
    }

    function fillSummary(route) {
      const list = summary.querySelector("[data-mg-answers]");
      list.textContent = "";
      route.path.forEach(function (id) {
        const term = document.createElement("dt");
        term.textContent = questionText(id);
        const value = document.createElement("dd");
        const answer = document.createElement("span");
        answer.className = "mg-decision__answer";
        answer.textContent = answerText(id);
        const change = document.createElement("a");
        change.href = stepHash(id);
        change.className = "mg-decision__change";
        change.setAttribute("data-mg-change", id);
        change.textContent = texts.change;
        const hidden = document.createElement("span");
        hidden.className = "mg-visually-hidden";
        hidden.textContent = " " + texts.changeHidden + ": " + questionText(id);
        change.appendChild(hidden);
        value.appendChild(answer);
        value.appendChild(document.createTextNode(" "));
        value.appendChild(change);
        list.appendChild(term);
        list.appendChild(value);
      });
    }

    function fillNote(route) {
      if (!note) {
        return;
      }
      const today = new Date();
      const date = note.querySelector("[data-mg-note-date]");
      date.textContent =
        String(today.getDate()).padStart(2, "0") + "." + String(today.getMonth() + 1).padStart(2, "0") + "." + today.getFullYear();
      const rows = note.querySelector("[data-mg-note-answers]");
      rows.textContent = "";
      route.path.forEach(function (id) {
        const row = document.createElement("tr");
        [questionText(id), answerText(id)].forEach(function (text) {
          const cell = document.createElement("td");
          cell.textContent = text;
          row.appendChild(cell);
        });
        rows.appendChild(row);
      });
      const result = results[route.result];
      const target = note.querySelector("[data-mg-note-result]");
      target.textContent = "";
      const title = document.createElement("p");
      title.className = "mg-decision__note-conclusion";
      title.textContent =
        result.querySelector(".mg-decision__outcome").textContent.trim() + ": " + result.querySelector("[data-mg-result-title]").textContent.trim();
      target.appendChild(title);
      target.appendChild(result.querySelector("[data-mg-reasons]").cloneNode(true));
      const next = result.querySelector("[data-mg-next-step]").cloneNode(true);
      next.removeAttribute("data-mg-next-step");
      target.appendChild(next);
      // Paper has no tooltips: a glossary term in the copy becomes its word.
      target.querySelectorAll(".mg-term").forEach(function (term) {
        const link = term.querySelector(".mg-term__link");
        term.replaceWith(document.createTextNode(link ? link.textContent : term.textContent));
      });
    }

    function show(step, moveFocus) {
      const route = walk();
      Object.keys(questions).forEach(function (id) {
        questions[id].hidden = step !== id;
      });
      Object.keys(results).forEach(function (id) {
        results[id].hidden = step !== "result:" + id;
      });
      summary.hidden = step !== SUMMARY;
      const isResult = step.indexOf("result:") === 0;
      actions.hidden = !isResult;
      if (note) {
        note.hidden = !isResult;
      }
      const before = previous(step);
      backRow.hidden = !before;
      if (before) {
        back.href = stepHash(before);
      }
      let section;
      if (step === SUMMARY) {
        fillSummary(route);
        section = summary;
      } else if (isResult) {
        fillNote(route);
        section = results[route.result];
        live.textContent = texts.result + ": " + section.querySelector("[data-mg-result-title]").textContent.trim();
      } else {
        section = questions[step];
        radios(step).forEach(function (radio, index) {
          radio.checked = answers[step] === index;
        });
        clearError(step);
      }
      if (!isResult) {
        live.textContent = "";
      }
      if (moveFocus) {
        section.querySelector(".mg-decision__heading").focus();
      }
    }

    function go(step) {
      position += 1;
      history.pushState(state(step), "", stepHash(step));
      show(step, true);
    }

    function clearError(id) {
      const error = questions[id].querySelector("[data-mg-error]");
      error.hidden = true;
      const fieldset = questions[id].querySelector("fieldset");
      fieldset.removeAttribute("aria-invalid");
      fieldset.setAttribute("aria-describedby", (fieldset.getAttribute("aria-describedby") || "").replace(error.id, "").trim());
      if (!fieldset.getAttribute("aria-describedby")) {
        fieldset.removeAttribute("aria-describedby");
      }
    }

    function showError(id) {
      const error = questions[id].querySelector("[data-mg-error]");
      error.hidden = false;
      const fieldset = questions[id].querySelector("fieldset");
      fieldset.setAttribute("aria-invalid", "true");
      const described = (fieldset.getAttribute("aria-describedby") || "").replace(error.id, "").trim();
      fieldset.setAttribute("aria-describedby", (described + " " + error.id).trim());
      radios(id)[0].focus();
    }

    Object.keys(questions).forEach(function (id) {
      const form = questions[id].querySelector("[data-mg-form]");
      form.hidden = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        const chosen = radios(id).findIndex(function (radio) {
          return radio.checked;
        });
        if (chosen < 0) {
          showError(id);
          return;
        }
        answers[id] = chosen;
        history.replaceState(state(id), "", stepHash(id));
        const next = radios(id)[chosen].getAttribute("data-mg-next");
        go(results[next] ? SUMMARY : next);
      });
    });

    back.addEventListener("click", function (event) {
      event.preventDefault();
      const current = (history.state && history.state.step) || start;
      const before = previous(current);
      if (history.state && history.state.position > 0) {
        history.back();
      } else if (before) {
        go(before);
      }
    });

    summary.addEventListener("click", function (event) {
      const change = event.target.closest("[data-mg-change]");
      if (change) {
        event.preventDefault();
        go(change.getAttribute("data-mg-change"));
      }
    });

    root.querySelector("[data-mg-show-result]").addEventListener("click", function () {
      const route = walk();
      go(route.result ? "result:" + route.result : route.pending || start);
    });

    const printButton = root.querySelector("[data-mg-print-note]");
    if (printButton) {
      printButton.addEventListener("click", function () {
        window.print();
      });
    }

    root.querySelector("[data-mg-restart]").addEventListener("click", function () {
      answers = {};
      go(start);
    });

    window.addEventListener("popstate", function (event) {
      const saved = event.state;
      if (saved && saved.mgDecision === aidId) {
        position = saved.position;
        // The answers in memory are the newest; after a reload only the history entry has them.
        if (Object.keys(answers).length === 0) {
          answers = Object.assign({}, saved.answers);
        }
        show(allowed(saved.step), true);
      } else {
        position = 0;
        show(allowed(stepFromHash(window.location.hash)), true);
      }
    });

    function stepFromHash(hash) {
      if (hash === "#tjek-svar") {
        return SUMMARY;
      }
      if (hash.indexOf("#resultat-") === 0) {
        return "result:" + hash.slice("#resultat-".length);
      }
      if (hash.indexOf("#spoergsmaal-") === 0) {
        return hash.slice("#spoergsmaal-".length);
      }
      return start;
    }

    root.classList.add("mg-decision--interactive");
    root.querySelectorAll("[data-mg-guide-only]").forEach(function (element) {
      element.hidden = true;
    });
    const saved = history.state;
    if (saved && saved.mgDecision === aidId) {
      answers = Object.assign({}, saved.answers);
      position = saved.position;
    }
    const first = allowed(saved && saved.mgDecision === aidId ? saved.step : stepFromHash(window.location.hash));
    history.replaceState(state(first), "", window.location.hash ? stepHash(first) : window.location.pathname + window.location.search);
    show(first, false);
  }

  document.querySelectorAll("[data-mg-decision]").forEach(setup);
})();
