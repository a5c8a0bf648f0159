"""The site menu, rendered once per language build instead of once per page.

Material renders the whole menu into every page, each entry through its
``partials/nav-item.html`` macro, so rendering grew with pages × menu
entries: ten times the pages took twice the time per page
(benchmarks/PROFILE.md). Only the top-level entry that holds the page being
rendered differs from page to page (it is open, marked active and holds the
page's table of contents); every other entry is the same on every page of a
language, apart from its links, which are relative to the page.

So ``overrides/partials/nav.html`` renders the entry that holds the page
with Material's macro, as before, and takes every other one from
``menu_entry``: Material's macro renders it once per build and language with
its links marked, and each page gets a copy with the links made relative
to it by MkDocs' own ``normalize_url``, exactly as the ``url`` filter would
have made them. The HTML is the same as without the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Any

import jinja2
from markupsafe import Markup
from mkdocs.utils import normalize_url

NAV_ITEM_TEMPLATE = "partials/nav-item.html"
_ROOT = "mg-menu-root:"
"""What the ``url`` filter puts before a link when it renders without a page (``posixpath.join``)."""
_LINK = re.compile(r'href="' + re.escape(_ROOT) + r'/([^"]*)"')

Once = Callable[[Hashable, Callable[[], Any]], Any]
"""``SiteState.once``: the build's memo."""


def menu_entry(once: Once, language: str) -> Callable[..., Markup]:
    """``menu_entry(nav_item, path, features)`` for the theme: a top-level entry that does not hold the page."""

    @jinja2.pass_context
    def entry(context: jinja2.runtime.Context, nav_item: Any, path: str, features: Any) -> Markup:
        def render() -> str:
            variables = {**context.get_all(), "features": features, "page": None, "base_url": _ROOT}
            module: Any = context.environment.get_template(NAV_ITEM_TEMPLATE).make_module(variables)
            return str(module.render(nav_item, path, 1))

        html: str = once(("menu entry", language, path), render)
        page, base = context.get("page"), context.get("base_url", "")
        return Markup(_LINK.sub(lambda link: f'href="{normalize_url(link.group(1), page, base)}"', html))

    return entry
