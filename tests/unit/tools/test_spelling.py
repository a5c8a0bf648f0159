"""The spell check of make check (mentorguiden/spelling.py, Debian's hunspell-da)."""

from __future__ import annotations

from pathlib import Path

from helpers.builds import ROOT

from mentorguiden.tools.spelling import WORD_LIST, check_spelling, load_word_list, prose_lines


def write_page(root: Path, text: str) -> Path:
    path = root / "docs" / "side.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


PAGE = """---
title: Om virksomhedsmentorer
description: Hvad en mentee kan forvente.
kilder:
  - titel: Xyzzyrapport om Qwfpgj
    udgiver: STAR
---

# Om virksomhedsmentorer

Menteen og mentoren mødes hver uge. STAR har skrevet om det.
Her er en stavefejl: virksomhedsmentro.

```text
kodeord: qwfpgjluy
```

Se [siden](https://qwfpgj.example/zxcvbnmq) og `zxcvbnmq`. <!-- tjekliste: qwfpgj -->
"""


def test_spell_check_finds_a_misspelling_with_file_and_line(tmp_path):
    page = write_page(tmp_path, PAGE)
    word_list = tmp_path / "ord.txt"
    word_list.write_text("# kommentar\nmentee\nSTAR\n", encoding="utf-8")
    found = check_spelling(tmp_path, files=[page], word_list_path=word_list)
    assert [(item.file, item.line, item.word) for item in found] == [("docs/side.md", 12, "virksomhedsmentro")]
    assert found[0].message() == (
        'docs/side.md, linje 12: "virksomhedsmentro" – ukendt ord. Ret stavefejlen, eller tilføj ordet til '
        f"{WORD_LIST.as_posix()}, hvis det er stavet rigtigt."
    )


def test_spell_check_accepts_word_list_words_and_only_those(tmp_path):
    page = write_page(tmp_path, "---\ntitle: Menteens dag\n---\n\nEn mentee og menteen. STAR og STAR's.\n")
    word_list = tmp_path / "ord.txt"
    word_list.write_text("", encoding="utf-8")
    without = {item.word for item in check_spelling(tmp_path, files=[page], word_list_path=word_list)}
    assert {"mentee", "menteen", "Menteens"} <= without
    word_list.write_text("mentee\nSTAR\n", encoding="utf-8")
    assert check_spelling(tmp_path, files=[page], word_list_path=word_list) == []


def test_lower_case_star_is_not_the_agency(tmp_path):
    page = write_page(tmp_path, "Vi starr her.\n")
    word_list = tmp_path / "ord.txt"
    word_list.write_text("STARR\n", encoding="utf-8")
    assert [item.word for item in check_spelling(tmp_path, files=[page], word_list_path=word_list)] == ["starr"]


def test_the_real_danish_pages_pass_the_spell_check():
    found = check_spelling(ROOT)
    assert not found, "\n".join(item.message() for item in found[:30])


def test_the_word_list_holds_the_trade_words():
    words = load_word_list(ROOT / WORD_LIST)
    assert {"virksomhedsmentor", "mentortilskud", "mentee", "STAR"} <= words


def test_prose_lines_keep_line_numbers_and_leave_out_comments_spanning_lines():
    text = "---\ntitle: Titel\nkilder: []\n---\n\nEt <!-- start\nqwfpgj\nslut --> ord\n"
    assert [(number, line.split()) for number, line in prose_lines(text) if line.split()] == [
        (2, ["Titel"]),
        (6, ["Et"]),
        (8, ["ord"]),
    ]
