"""The IBM Plex Sans subsets hold every character the built site shows (conftest.site, both languages).

``make skrifttyper`` (mentorguiden/tools/fonts.py) makes the subsets; a page
with a new character fails here with a Danish message that says so.
"""

from __future__ import annotations

from helpers.builds import ROOT

from mentorguiden.fonts.characters import characters_of_page
from mentorguiden.fonts.coverage import missing_characters


def test_every_character_of_the_site_is_in_the_font_subsets(site):
    assert missing_characters(site, ROOT) == []


def test_a_new_character_names_the_page_and_make_skrifttyper(tmp_path):
    (tmp_path / "side").mkdir()
    (tmp_path / "side" / "index.html").write_text("<p>Ŵales</p><script>'ŷ'</script>", encoding="utf-8")
    messages = missing_characters(tmp_path, ROOT)
    assert messages == [
        "Tegnet 'Ŵ' (U+0174) bruges på side/index.html, men mangler i skrifttyperne i overrides/assets/fonts/. "
        "Kør `make skrifttyper`, og læg de nye filer med i dit commit."
    ]


def test_scripts_styles_and_svg_are_not_text():
    page = '<style>p::after{content:"ŵ"}</style><svg><title>Ŷ</title></svg><p title="é">a&amp;</p>'
    assert characters_of_page(page) == {"p", "t", "i", "l", "e", "=", '"', "é", ">", "<", "/", " ", "a", "&"}
