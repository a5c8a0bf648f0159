"""Checklist models → pages: one per checklist, an index, a print-all page, and inline embeds.

All HTML comes from the templates in ``overrides/generated/`` (``checklist.html``
holds the one checklist block every page uses). Links from an item to a
guidance page are resolved by the caller (``links``), because only the
build knows where each page ends up; the functions here need no build.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import jinja2

from mentorguiden.checklists.model import CHECKLIST_README, Checklist, checklist_by_id
from mentorguiden.core.errors import DataError
from mentorguiden.core.markers import MarkerContext
from mentorguiden.core.pages import GeneratedPage, PageLink, RenderedOnUse, page_markdown
from mentorguiden.core.templates import render_with_variables, template_environment

CHECKLIST_FOLDER = "tjeklister"
INDEX_PAGE = f"{CHECKLIST_FOLDER}/index.md"
ALL_PAGE = f"{CHECKLIST_FOLDER}/alle.md"
CHECKLIST_MARKER = "tjekliste"


LinkResolver = Callable[[str], PageLink]
"""A guidance page (path under docs/) → its link and title, as seen from the page being made."""

PageLinks = Callable[[str], LinkResolver]
"""The page being made (path under docs/) → its ``LinkResolver``."""


def checklist_page_uri(checklist: Checklist) -> str:
    return f"{CHECKLIST_FOLDER}/{checklist.id}.md"


def generated_page_uris(checklists: Sequence[Checklist]) -> list[str]:
    """Every page this module makes, in menu order: index, each checklist, print-all."""
    return [INDEX_PAGE, *(checklist_page_uri(checklist) for checklist in checklists), ALL_PAGE]


def checklist_environment(root: Path) -> jinja2.Environment:
    """The generated-page templates, able to include the theme's partials (the print button)."""
    return template_environment(root, theme_partials=True)


def _theme_context(lang: str, profile: Any = None) -> dict[str, Any]:
    """What the theme partials read: the language, and the profile for the print header.

    The page address is left empty (mentorguiden.js fills it in) and the
    date is the build date (mentorguiden.js replaces it when printing).
    """
    return {
        "lang": lang,
        "config": {"theme": {"language": lang}, "extra": {"profile": profile}},
        "page": {"canonical_url": None},
        "build_date_utc": datetime.datetime.now(datetime.UTC),
        "profile": profile,
    }


def render_checklist(
    checklist: Checklist,
    lang: str,
    environment: jinja2.Environment,
    links: LinkResolver,
    *,
    heading_level: int | None = 2,
    anchor: str | None = None,
) -> str:
    """One checklist as an HTML block, ready to stand in a Markdown page."""
    block = environment.get_template("checklist.html").module.checklist_block  # type: ignore[attr-defined]
    html = block(checklist, lang, links, heading_level, anchor or f"tjekliste-{checklist.id}")
    return f"\n\n{str(html).strip()}\n\n"


def checklist_markdown(checklist: Checklist, lang: str, environment: jinja2.Environment, links: LinkResolver) -> str:
    body, variables = render_with_variables(
        environment, "checklist-page.html", {**_theme_context(lang), "checklist": checklist, "links": links}
    )
    return page_markdown(
        title=variables["title"], description=variables["description"], body=body, meta=checklist_meta(checklist)
    )


def _checklist_markdown_in(checklist: Checklist, environment: jinja2.Environment, links: LinkResolver, lang: str) -> str:
    return checklist_markdown(checklist, lang, environment, links)


def checklist_meta(checklist: Checklist) -> dict[str, Any]:
    """Front matter beyond title and description: the sources and the review date, as on guidance pages."""
    meta: dict[str, Any] = {"kilder": [source.as_front_matter() for source in checklist.sources]}
    if checklist.reviewed:
        meta["senest_gennemgaaet"] = checklist.reviewed
    return meta


def index_markdown(checklists: Sequence[Checklist], lang: str, environment: jinja2.Environment) -> str:
    context = {
        **_theme_context(lang),
        "checklists": checklists,
        # The index is tjeklister/index.md, beside the checklist pages.
        "page_href": lambda checklist: f"{checklist.id}/",
        "all_href": "alle/",
    }
    body, variables = render_with_variables(environment, "checklist-index.html", context)
    return page_markdown(title=variables["title"], description=variables["description"], body=body)


def all_markdown(
    checklists: Sequence[Checklist],
    lang: str,
    environment: jinja2.Environment,
    links: LinkResolver,
    profile: Any = None,
) -> str:
    """Every checklist on one page; with ``profile``, every sheet after the first gets the print header too."""
    context = {**_theme_context(lang, profile), "checklists": checklists, "links": links}
    body, variables = render_with_variables(environment, "checklist-all.html", context)
    return page_markdown(title=variables["title"], description=variables["description"], body=body)


def checklist_pages(
    checklists: Sequence[Checklist],
    languages: Sequence[str],
    environment: jinja2.Environment,
    page_links: PageLinks,
    profile: Any = None,
) -> list[GeneratedPage]:
    """Every checklist page in every language in ``languages``.

    ``environment`` must reach the theme's partials (``checklist_environment``).
    ``profile`` (the municipality profile) repeats the print header on each
    sheet of the print-all page.
    """
    pages = [
        GeneratedPage(
            src_uri=INDEX_PAGE,
            markdown_by_language=RenderedOnUse(languages, lambda lang: index_markdown(checklists, lang, environment)),
            source_file=CHECKLIST_README,
        )
    ]
    for checklist in checklists:
        links = page_links(checklist_page_uri(checklist))
        pages.append(
            GeneratedPage(
                src_uri=checklist_page_uri(checklist),
                markdown_by_language=RenderedOnUse(
                    languages,
                    functools.partial(_checklist_markdown_in, checklist, environment, links),
                ),
                source_file=checklist.source_file,
            )
        )
    links = page_links(ALL_PAGE)
    pages.append(
        GeneratedPage(
            src_uri=ALL_PAGE,
            markdown_by_language=RenderedOnUse(
                languages, lambda lang: all_markdown(checklists, lang, environment, links, profile)
            ),
            source_file=CHECKLIST_README,
        )
    )
    return pages


def checklist_marker_handler(
    checklists: Sequence[Checklist], environment: jinja2.Environment
) -> Callable[[str, MarkerContext], str]:
    """The handler for ``<!-- tjekliste: id -->``: the checklist, inline, as a section of the page."""
    by_id = checklist_by_id(checklists)

    def embed_checklist(value: str, context: MarkerContext) -> str:
        checklist = by_id.get(value)
        if checklist is None:
            known = ", ".join(sorted(by_id)) or "(ingen)"
            raise DataError(
                f"markøren <!-- {CHECKLIST_MARKER}: {value} --> henviser til en tjekliste, der ikke findes. "
                f"Ret id'et til et af disse: {known}. (Tjeklisterne ligger i data/tjeklister/.)"
            )
        occurrence = context.occurrence(f"{CHECKLIST_MARKER}:{value}")
        anchor = f"tjekliste-{checklist.id}" + (f"-{occurrence}" if occurrence > 1 else "")
        return render_checklist(checklist, context.language, environment, context.links, anchor=anchor)

    return embed_checklist
