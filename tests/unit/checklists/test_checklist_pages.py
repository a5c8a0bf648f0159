"""Checklists model → HTML and pages without a build: checkboxes, links, escaping, the index, print-all and the marker."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import yaml
from helpers.builds import ROOT
from helpers.checklists import VALID, links_to, make_root
from helpers.html import parse

from mentorguiden.checklists.model import load_checklists
from mentorguiden.checklists.pages import (
    ALL_PAGE,
    INDEX_PAGE,
    all_markdown,
    checklist_environment,
    checklist_markdown,
    checklist_marker_handler,
    checklist_pages,
    generated_page_uris,
    index_markdown,
    render_checklist,
)
from mentorguiden.core.errors import DataError
from mentorguiden.core.markers import MarkerContext, MarkerRegistry
from mentorguiden.profile.model import load_profile


def context(**overrides) -> MarkerContext:
    values = {"page_name": "docs/virksomheder/mentoraftalen.md", "language": "da", "links": links_to()}
    return MarkerContext(**{**values, **overrides})


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_item_is_a_labelled_checkbox_in_the_right_language(shipped, environment, lang):
    other = "en" if lang == "da" else "da"
    for checklist in shipped:
        html = render_checklist(checklist, lang, environment, links_to())
        fragment = parse(html)
        boxes = [node for node in fragment.by_tag("input") if node.attrs.get("type") == "checkbox"]
        labels = {node.attrs["for"]: node.text() for node in fragment.by_tag("label")}
        ids = [node.attrs["id"] for node in fragment.iter() if "id" in node.attrs]
        assert [box.attrs["id"] for box in boxes] == [f"tjekliste-{checklist.id}-{item.id}" for item in checklist.items]
        # The label is the item's own text, character references decoded (an apostrophe comes out as &#39;).
        assert [labels[box.attrs["id"]] for box in boxes] == [" ".join(str(item.text[lang]).split()) for item in checklist.items]
        assert len(ids) == len(set(ids)), "ids must be unique"
        assert checklist.title[lang] in fragment.text()
        assert checklist.intro[other] not in html
        for item in checklist.items:
            if item.text[other] != item.text[lang]:
                assert item.text[other] not in fragment.text()


def test_checkboxes_keep_nothing(shipped, environment):
    html = render_checklist(shipped[0], "da", environment, links_to())
    assert "checked" not in html and "<form" not in html and "name=" not in html


def test_item_links_use_the_resolver_and_the_target_title(tmp_path, environment):
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": VALID}))
    html = render_checklist(checklist, "da", environment, links_to("../../"))
    assert (
        '<a class="mg-checklist__more" href="../../virksomheder/kompensation/">Læs mere: Titel på virksomheder/kompensation.md</a>'
        in html
    )
    assert 'aria-describedby="tjekliste-proeve-foerste-hjaelp"' in html
    assert "tjekliste-proeve-andet-hjaelp" not in html
    english = render_checklist(checklist, "en", environment, links_to())
    assert "Read more: " in english and "English help" in english and "Dansk hjælp" not in english


def test_text_from_data_is_escaped(tmp_path, environment):
    text = VALID.replace("da: Første punkt", "da: '<script>alert(1)</script> & {!hemmelig.md!}'").replace(
        "da: Prøveliste", "da: '<b>Fed</b>'"
    )
    (checklist,) = load_checklists(make_root(tmp_path, {"proeve.yml": text}))
    html = render_checklist(checklist, "da", environment, links_to())
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#123;!hemmelig.md!&#125;" in html
    markdown = checklist_markdown(checklist, "da", environment, links_to())
    assert "<b>" not in markdown and "<script>" not in markdown
    front_matter = yaml.safe_load(markdown.split("---\n")[1])
    assert front_matter["title"] == "&lt;b&gt;Fed&lt;/b&gt;"


def test_checklist_page_front_matter_carries_sources_and_review_date(shipped, environment):
    checklist = next(checklist for checklist in shipped if checklist.id == "bevilling")
    markdown = checklist_markdown(checklist, "da", environment, links_to())
    front_matter = yaml.safe_load(markdown.split("---\n")[1])
    data = yaml.safe_load((ROOT / checklist.source_file).read_text(encoding="utf-8"))
    assert front_matter["title"] == data["titel"]["da"] == checklist.title.da
    assert front_matter["description"] == checklist.purpose.da
    assert front_matter["senest_gennemgaaet"] == data["senest_gennemgaaet"]
    first = data["kilder"][0]
    assert front_matter["kilder"][0] == {key: first[key] for key in ("titel", "udgiver", "dato", "url") if key in first}
    assert "data-mg-print" in markdown and ">Udskriv</button>" in markdown
    assert "Kilder" not in markdown.split("---\n", 2)[2], "sources are shown by the site's common sources section"


def test_index_lists_every_checklist_with_audience_and_purpose(shipped, environment):
    danish = index_markdown(shipped, "da", environment)
    english = index_markdown(shipped, "en", environment)
    for checklist in shipped:
        assert f'href="{checklist.id}/">{checklist.title.da}</a>' in danish.replace("&#39;", "'")
        assert checklist.purpose.da in danish and checklist.purpose.en in english
    assert danish.count("Til: Jobcentre og konsulenter") == sum(c.audience == "konsulent" for c in shipped)
    assert english.count("For: Companies, job centres and consultants") == sum(c.audience == "begge" for c in shipped)
    assert 'href="alle/"' in danish


def test_print_all_page_holds_every_checklist(shipped, environment):
    markdown = all_markdown(shipped, "en", environment, links_to())
    assert markdown.count('type="checkbox"') == sum(len(checklist.items) for checklist in shipped)
    assert markdown.count('<h2 class="mg-checklist__title"') == len(shipped)
    assert ">Print</button>" in markdown
    assert "mg-print-header" not in markdown


def test_print_all_page_repeats_the_print_header_on_every_further_sheet(shipped, environment):
    profile = replace(load_profile(ROOT), municipality="<Ny> Kommune")
    markdown = all_markdown(shipped, "da", environment, links_to(), profile)
    # The theme adds the first sheet's header; the page adds one before each further checklist.
    assert markdown.count('<div class="mg-print-header" aria-hidden="true">') == len(shipped) - 1
    assert markdown.count("<strong>&lt;Ny&gt; Kommune</strong>") == len(shipped) - 1
    assert "Udskrevet" in markdown and "Printed" not in markdown


def test_generated_pages_come_in_every_language(shipped):
    seen = []
    pages = checklist_pages(shipped, ("da", "en"), checklist_environment(ROOT), lambda page: seen.append(page) or links_to())
    assert [page.src_uri for page in pages] == generated_page_uris(shipped)
    assert pages[0].src_uri == INDEX_PAGE and pages[-1].src_uri == ALL_PAGE
    assert all(list(page.markdown_by_language) == ["da", "en"] for page in pages)
    assert seen == [f"tjeklister/{checklist.id}.md" for checklist in shipped] + [ALL_PAGE]
    assert pages[1].source_file == "data/tjeklister/bevilling.yml"
    assert (ROOT / pages[0].source_file).is_file()


def test_checklist_marker_embeds_the_checklist(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    checklist = next(checklist for checklist in shipped if checklist.id == "for-praktikstart")
    markdown = registry.expand("# Side\n\n<!-- tjekliste: for-praktikstart -->\n\nMere tekst.\n", context(language="en"))
    assert markdown.startswith("# Side\n\n")
    assert markdown.endswith("\n\nMere tekst.\n")
    assert markdown.count('type="checkbox"') == len(checklist.items)
    assert f'<h2 class="mg-checklist__title" id="tjekliste-for-praktikstart-titel">{checklist.title.en}</h2>' in markdown
    assert checklist.items[0].text.en in markdown


def test_the_same_checklist_twice_on_a_page_gets_unique_ids(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    markdown = registry.expand("<!-- tjekliste: synlighed -->\n\n<!-- tjekliste: synlighed -->\n", context())
    ids = re.findall(r' id="([^"]+)"', markdown)
    assert len(ids) == len(set(ids))
    assert 'id="tjekliste-synlighed-2"' in markdown


def test_unknown_checklist_id_names_the_page_and_the_id(shipped, environment):
    registry = MarkerRegistry()
    registry.register("tjekliste", checklist_marker_handler(shipped, environment))
    with pytest.raises(DataError) as caught:
        registry.expand("<!-- tjekliste: findes-ikke -->\n<!-- tjekliste: heller-ikke -->\n", context())
    messages = caught.value.messages
    assert len(messages) == 2
    assert messages[0].startswith(
        "docs/virksomheder/mentoraftalen.md, linje 1: markøren <!-- tjekliste: findes-ikke --> "
        "henviser til en tjekliste, der ikke findes."
    )
    assert "for-praktikstart" in messages[0] and "heller-ikke" in messages[1]
