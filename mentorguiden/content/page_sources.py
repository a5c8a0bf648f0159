"""The sources section at the end of a page: its front matter's ``kilder`` and review date, ready to show.

Rendered by overrides/partials/page-sources.html (hooks/page_sources.py puts
it in the template context and lists its heading in the table of contents).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mentorguiden.content.frontmatter import REVIEW_KEY, SOURCES_KEY, dates_as_text
from mentorguiden.core.dates import ShownDate, format_date
from mentorguiden.core.sources import ShownSource, Source
from mentorguiden.core.ui_strings import ui


@dataclass(frozen=True)
class PageSources:
    """What the sources section of one page shows."""

    heading_id: str
    heading: str
    reviewed: ShownDate | None
    sources: tuple[ShownSource, ...]


def sources_heading_id(language: str) -> str:
    return ui("sources_anchor", language)


def page_sources(meta: Mapping[str, Any], language: str) -> PageSources | None:
    """The sources section for a page's (already checked) front matter, or None if it has neither."""
    meta = dates_as_text(dict(meta))
    review = meta.get(REVIEW_KEY)
    sources = tuple(Source.from_data(item).shown(language) for item in meta.get(SOURCES_KEY) or ())
    if not sources and not review:
        return None
    return PageSources(
        heading_id=sources_heading_id(language),
        heading=ui("sources", language),
        reviewed=format_date(review, language) if review else None,
        sources=sources,
    )
