"""Material's markup made valid HTML, without copying its partials.

The W3C Nu Html Checker (vnu) finds two things in every page Material
renders; ``valid_html`` rewrites just those tags in the finished page:

* ``autocomplete="off"`` on a checkbox (Material's drawer and search
  toggles). The attribute is only allowed on text-like inputs. Material
  puts it there so that Firefox does not restore a ticked toggle (an open
  drawer or search) when the page is reloaded or reached with Back.
  Firefox and Chromium also skip restoring a control whose *form owner*
  has ``autocomplete="off"``, so the checkbox gets ``form="…"`` pointing
  at one empty form that has it: same behaviour, valid HTML. The form is
  put first in ``<body>``, before any control that names it, because
  Firefox decides while parsing each control. ``method="dialog"`` makes
  submitting it (Enter on a checkbox, in some browsers) do nothing.
  Our checklist boxes (``overrides/generated/checklist.html``) name the
  same form directly.
* ``tabindex=""`` on the labels of Material's navigation sections. An empty
  value is not an integer; browsers ignore it, so leaving the attribute out
  changes nothing.

Only start tags of ``input``, ``label`` and ``body`` are touched, outside
comments, scripts, styles, ``<textarea>`` and ``<title>``.
"""

from __future__ import annotations

import html
import re

from mentorguiden.core.html_tokens import ATTRIBUTE, ATTRIBUTE_SOURCE

NO_RESTORE_FORM_ID = "mg-ingen-gendannelse"
"""The form that checkboxes name so the browser does not restore their state."""

NO_RESTORE_FORM = f'<form id="{NO_RESTORE_FORM_ID}" method="dialog" autocomplete="off" hidden></form>'

_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|textarea|title)\b(?:" + ATTRIBUTE_SOURCE + r")*\s*>.*?</\1\s*>"
    r"|<(input|label|body)\b((?:" + ATTRIBUTE_SOURCE + r")*)(\s*/?>)",
    re.DOTALL | re.IGNORECASE,
)


def valid_html(page: str) -> str:
    """``page`` with Material's invalid attributes replaced as described above."""
    rewritten = _TOKEN.sub(_rewrite_tag, page)
    if f'form="{NO_RESTORE_FORM_ID}"' not in rewritten or f'id="{NO_RESTORE_FORM_ID}"' in rewritten:
        return rewritten
    for match in _TOKEN.finditer(rewritten):
        if (match.group(2) or "").lower() == "body":
            return rewritten[: match.end()] + NO_RESTORE_FORM + rewritten[match.end() :]
    return rewritten


def _rewrite_tag(match: re.Match[str]) -> str:
    tag = (match.group(2) or "").lower()
    if tag not in ("input", "label"):
        return match.group()
    return f"<{match.group(2)}{_rewrite_attributes(tag, match.group(3))}{match.group(4)}"


def _rewrite_attributes(tag: str, source: str) -> str:
    attributes = [(match.group(1), match.group(2), match.group(3)) for match in ATTRIBUTE.finditer(source)]
    values = {name.lower(): _value(raw) for _, name, raw in attributes}
    is_checkbox = tag == "input" and (values.get("type") or "").strip().lower() == "checkbox"
    kept = []
    for space, name, raw in attributes:
        lowered = name.lower()
        if lowered == "tabindex" and not (values["tabindex"] or "").strip():
            continue
        if lowered == "autocomplete" and is_checkbox:
            if (values["autocomplete"] or "").strip().lower() == "off" and "form" not in values:
                kept.append(f'{space}form="{NO_RESTORE_FORM_ID}"')
            continue
        kept.append(f"{space}{name}" + (f"={raw}" if raw is not None else ""))
    return "".join(kept)


def _value(raw: str | None) -> str | None:
    if raw is None:
        return None
    if raw[:1] in "\"'":
        raw = raw[1:-1]
    return html.unescape(raw)
