"""Which page loads which feature stylesheet and script, in one table.

Every page used to load the forms', the checklists', the step
guide's and the decision aid's stylesheets and scripts, though each is used
on a few pages only. A feature's assets are now loaded by the pages whose
rendered content has the feature's marker class (the root element of its
template), so a checklist placed on a guidance page brings its stylesheet
along. The site-wide assets (mentorguiden.css, content.css, rules.css,
mentorguiden.js, rules-notice.js) stay in overrides/main.html.
Paths are relative to the site root, as MkDocs' ``url`` filter wants them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PageAssets:
    """A feature's stylesheets and scripts, loaded on pages whose content has ``marker`` as a class."""

    marker: str
    stylesheets: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()


_CSS = "assets/stylesheets/"
_JS = "assets/javascripts/"

PAGE_ASSETS: tuple[PageAssets, ...] = (
    PageAssets("mg-form-meta", (_CSS + "forms.css",), (_JS + "forms.js",)),
    PageAssets("mg-checklist", (_CSS + "checklists.css",)),
    PageAssets("mg-checklist-index", (_CSS + "checklists.css",)),
    PageAssets("mg-steps", (_CSS + "steps.css",), (_JS + "steps.js",)),
    PageAssets("mg-step-notice", (_CSS + "steps.css",)),
    PageAssets("mg-decision", (_CSS + "decision-aid.css",), (_JS + "decision-aid.js",)),
)
"""Marker class → assets. The forms' entry is one line, so renaming the feature touches one line."""

_CLASSES = re.compile(r'\bclass="([^"]*)"')


@dataclass(frozen=True)
class AssetsOfPage:
    """What one page loads besides the site-wide assets, each once, in table order."""

    stylesheets: tuple[str, ...]
    scripts: tuple[str, ...]


def assets_of_page(content_html: str, table: tuple[PageAssets, ...] = PAGE_ASSETS) -> AssetsOfPage:
    """The stylesheets and scripts of every entry whose marker class occurs in ``content_html``."""
    classes = {name for match in _CLASSES.finditer(content_html) for name in match.group(1).split()}
    chosen = [entry for entry in table if entry.marker in classes]
    return AssetsOfPage(
        stylesheets=tuple(dict.fromkeys(path for entry in chosen for path in entry.stylesheets)),
        scripts=tuple(dict.fromkeys(path for entry in chosen for path in entry.scripts)),
    )
