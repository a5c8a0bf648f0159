"""On every page of the real site, marking terms and Danish words in one pass equals the two passes.

``tests/unit/glossary/test_one_pass_marking.py`` explains why; here the input
is every built page of both languages (already marked once, so there is more
markup of the glossary's own to walk through).
"""

from __future__ import annotations

import datetime as dt

from helpers.builds import ROOT

from mentorguiden.glossary.marking import mark_danish_words, mark_terms, mark_terms_and_danish_words
from mentorguiden.glossary.model import load_glossary

GLOSSARY = load_glossary(ROOT, today=dt.date(2026, 12, 2))


def test_every_built_page_is_marked_the_same_in_one_pass(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 60
    differing = [
        page.relative_to(site).as_posix()
        for page in pages
        if (html := page.read_text(encoding="utf-8"))
        and mark_terms_and_danish_words(html, GLOSSARY, "en", "ordliste/")
        != mark_danish_words(mark_terms(html, GLOSSARY, "en", "ordliste/"), GLOSSARY)
    ]
    assert not differing, f"one pass marks these pages otherwise than two: {differing}"
