"""Text from the profile is text, in every template – ours and Material's.

Every string field of the profile schema (``data/schemas/profil.schema.json``,
read here, so a new field is covered without touching this file) is either

* **text**: it may hold markup and quotes, and comes out as exactly that text
  everywhere – page text, ``<title>``, the header, ``og:site_name``, the
  search index, the agreement's DOCX and PDF – escaped once, never raw and
  never twice; or
* **refused**: markup there stops the build with a Danish message naming the
  file, the line and the key (web addresses, e-mail addresses, the logo's
  path; and fields whose pattern or choices the schema fixes).

One in-process build covers all text fields at once: each field gets its own
payload with markup, Markdown syntax and both kinds of quotes. The refusals
are checked on the profile loader (what the build's first hook calls), plus
one build to show the message reaches the editor.
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import jinja2
import pypdf
import pytest
import yaml
from conftest import PUBLISHED_URL, ROOT, copy_project
from helpers.builds import mkdocs_build_process
from markupsafe import Markup, escape
from mkdocs.commands.build import build
from mkdocs.config import load_config

from mentorguiden.core.errors import DataError
from mentorguiden.core.escaping import (
    EMAIL,
    FILE_PATH,
    FIXED_FORM,
    TEXT,
    WEB_ADDRESS,
    field_kind,
    markdown_inert,
    theme_text,
    value_problem,
)
from mentorguiden.core.pages import escape_data
from mentorguiden.profile.model import PROFILE_FILE, PROFILE_SCHEMA, load_profile

# The marked-up site (with its PDF) is built once, on one worker.
pytestmark = pytest.mark.xdist_group("escaping")

KeyPath = tuple[str | int, ...]


def schema_string_fields(schema: dict[str, Any], path: KeyPath = ()) -> Iterator[tuple[KeyPath, dict[str, Any]]]:
    """Every string field of ``schema`` with its key path (list items as index 0)."""
    if schema.get("type") == "string":
        yield path, schema
    for key, subschema in schema.get("properties", {}).items():
        yield from schema_string_fields(subschema, path + (key,))
    if "items" in schema:
        yield from schema_string_fields(schema["items"], path + (0,))


SCHEMA = json.loads((ROOT / PROFILE_SCHEMA).read_text(encoding="utf-8"))
FIELDS = [(path, field_kind(path, subschema)) for path, subschema in schema_string_fields(SCHEMA)]
TEXT_FIELDS = [path for path, kind in FIELDS if kind == TEXT]
REFUSED_FIELDS = [(path, kind) for path, kind in FIELDS if kind != TEXT]


def dotted(path: KeyPath) -> str:
    return ".".join(str(part) for part in path)


def text_payload(path: KeyPath) -> str:
    """Markup, Markdown and both quotes, with a label that says which field it came from."""
    label = "MG" + re.sub(r"[^a-z]", "", dotted(path).lower())
    return f"{label} \"dq\" 'sq' & <img src=x onerror=alert(1)> [klik](javascript:alert(1)) *fed* `kode` </title> Kommune"


REFUSED_PAYLOAD = {
    WEB_ADDRESS: 'https://eksempel.example/"><img/src=x/onerror=alert(1)>',  # no space: the schema allows it
    EMAIL: 'x"><img/src=x/onerror=alert(1)>@eksempel.example',
    FILE_PATH: 'data/logoer/"><img src=x onerror=alert(1)>.svg',
    FIXED_FORM: '"><img src=x onerror=alert(1)>',
}


def set_value(data: Any, path: KeyPath, value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def profile_data() -> dict[str, Any]:
    return yaml.safe_load((ROOT / PROFILE_FILE).read_text(encoding="utf-8"))


def test_the_schema_has_text_and_refused_fields() -> None:
    # So the parametrized tests below cannot be empty.
    assert ("kommune",) in TEXT_FIELDS and ("lokale_regler", "mentorkontakt", "navn") in TEXT_FIELDS
    assert (("side_url",), WEB_ADDRESS) in REFUSED_FIELDS and (("telefon",), FIXED_FORM) in REFUSED_FIELDS
    # A text field has no pattern: otherwise the schema would refuse the payload.
    for path, subschema in schema_string_fields(SCHEMA):
        if field_kind(path, subschema) == TEXT:
            assert "pattern" not in subschema and "enum" not in subschema, dotted(path)


# --- One build with markup in every text field -----------------------------------------------------


class _Page(HTMLParser):
    """Elements, attributes and text of a page, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self._text: list[str] = []
        self._raw = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._raw = tag in ("script", "style")  # not text; the CSS print footer is read in the PDF
        self.elements.append((tag, dict(attrs)))
        self.texts.extend(value for _, value in attrs if value)
        self._text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self._raw = False
        self._text.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._raw:
            self._text.append(data)

    def close(self) -> None:
        super().close()
        self.texts.append(re.sub(r"\s+", " ", "".join(self._text)))


def parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


def injected(page: _Page) -> list[str]:
    found = []
    for tag, attributes in page.elements:
        if "onerror" in attributes:
            found.append(f"<{tag} onerror=…>")
        if tag == "img" and attributes.get("src") == "x":
            found.append("<img src=x>")
        if (attributes.get("href") or "").strip().lower().startswith("javascript:"):
            found.append(f"<{tag} href=javascript:…>")
    return found


def wrong_renderings(texts: list[str], payload: str) -> list[str]:
    """Each place the payload's label appears but not followed by the exact payload."""
    label = payload.split(" ", 1)[0]
    wrong = []
    for text in texts:
        for match in re.finditer(re.escape(label), text):
            shown = text[match.start() : match.start() + len(payload)]
            if shown != payload and not (match.start() + len(shown) == len(text) and payload.startswith(shown)):
                wrong.append(text[match.start() : match.start() + len(payload) + 20])
    return wrong


def in_process_build(project: Path, site: Path, monkeypatch: pytest.MonkeyPatch, *, pdf: bool) -> None:
    for name in ("MENTORGUIDEN_PROFILE", "MENTORGUIDEN_EDIT_URI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MENTORGUIDEN_SITE_URL", PUBLISHED_URL)
    if pdf:
        monkeypatch.delenv("MENTORGUIDEN_SKIP_PDF", raising=False)
    else:
        monkeypatch.setenv("MENTORGUIDEN_SKIP_PDF", "1")
    monkeypatch.chdir(project)
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True))


@pytest.fixture(scope="module")
def marked_up_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with a markup payload in every text field of the profile (PDF printed too)."""
    project = copy_project(tmp_path_factory.mktemp("escaping") / "project")
    data = profile_data()
    data["ansoegning"]["maade"] = "selvbetjening"  # so that the name of the self-service system is shown
    for path in TEXT_FIELDS:
        set_value(data, path, text_payload(path))
    (project / PROFILE_FILE).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    # With the PDF, in its own process: Playwright's sync API cannot run inside a worker that has a browser open.
    result = mkdocs_build_process(project, project.parent / "site", MENTORGUIDEN_SITE_URL=PUBLISHED_URL)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="module")
def marked_up_pages(marked_up_site: Path) -> dict[str, _Page]:
    return {
        page.relative_to(marked_up_site).as_posix(): parse(page.read_text(encoding="utf-8"))
        for page in sorted(marked_up_site.rglob("*.html"))
    }


def test_no_markup_from_the_profile_reaches_any_page_as_markup(marked_up_pages: dict[str, _Page]) -> None:
    assert len(marked_up_pages) > 50
    found = {name: injected(page) for name, page in marked_up_pages.items() if injected(page)}
    assert not found, f"Markup from the profile became elements or attributes: {found}"


@pytest.mark.parametrize("path", TEXT_FIELDS, ids=dotted)
def test_a_text_field_is_shown_as_its_exact_text(path: KeyPath, marked_up_pages: dict[str, _Page]) -> None:
    payload = text_payload(path)
    texts = [text for page in marked_up_pages.values() for text in page.texts]
    assert any(payload in text for text in texts), f"'{dotted(path)}' is shown on no page at all"
    wrong = wrong_renderings(texts, payload)
    assert not wrong, f"'{dotted(path)}' is shown raw, escaped twice or as Markdown: {wrong[:5]}"


def test_the_municipality_is_text_in_the_theme_s_own_places(marked_up_pages: dict[str, _Page]) -> None:
    site_name = "Mentorguiden – " + text_payload(("kommune",))
    for name in ("index.html", "en/index.html", "kontakt/index.html", "404.html"):
        page = marked_up_pages[name]
        elements = page.elements
        meta = {
            attributes.get("property") or attributes.get("name"): attributes.get("content")
            for tag, attributes in elements
            if tag == "meta"
        }
        assert meta["og:site_name"] == site_name, name
        assert meta["author"] == text_payload(("kommune",)), name
        logo_links = [attributes for tag, attributes in elements if "md-logo" in (attributes.get("class") or "")]
        assert logo_links and all(link["aria-label"] == site_name and link["title"] == site_name for link in logo_links), name
        footer = [attributes for tag, attributes in elements if "mg-footer" in (attributes.get("class") or "")]
        assert footer, name
    # The page text (last entry of texts) shows it in the header, the footer and the print header.
    assert marked_up_pages["index.html"].texts[-1].count(text_payload(("kommune",))) >= 3


def test_the_title_and_header_show_the_site_name_once_escaped(marked_up_site: Path) -> None:
    source = (marked_up_site / "kontakt/index.html").read_text(encoding="utf-8")
    site_name = "Mentorguiden – " + text_payload(("kommune",))
    title = re.search(r"<title>(.*?)</title>", source, re.DOTALL)
    assert title and html.unescape(title.group(1)) == f"Kontakt - {site_name}"
    header = re.search(r'<span class="md-ellipsis">\s*(Mentorguiden – .*?)\s*</span>', source, re.DOTALL)
    assert header and html.unescape(header.group(1)) == site_name
    assert "&amp;amp;" not in source and "&amp;lt;" not in source and "&amp;#" not in source


def test_the_search_index_and_the_search_worker_config_show_text(marked_up_site: Path) -> None:
    for prefix in ("", "en/"):
        index = json.loads((marked_up_site / prefix / "search/search_index.json").read_text(encoding="utf-8"))
        for path in TEXT_FIELDS:
            payload = text_payload(path)
            # Material shows a search result's title and text as HTML.
            pages = [parse(f"{doc['title']} {doc['text']}") for doc in index["docs"]]
            assert not [doc["location"] for doc, page in zip(index["docs"], pages, strict=True) if injected(page)]
            assert not wrong_renderings([text for page in pages for text in page.texts], payload)
        page = (marked_up_site / prefix / "index.html").read_text(encoding="utf-8")
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.DOTALL)
        assert config and "MG" not in config.group(1) and json.loads(config.group(1))["search"]


FORM_DOWNLOADS = (
    ("mentoraftale", "mentoraftale"),
    ("en/mentoraftale", "mentor-agreement"),
    ("kompensationsaftale", "kompensationsaftale"),
    ("en/kompensationsaftale", "compensation-agreement"),
    ("timeseddel", "timeseddel"),
    ("en/timeseddel", "timesheet"),
)
"""Every form's Word file and PDF in both languages: the build prints them all, so each one is read."""


@pytest.mark.parametrize(("folder", "name"), FORM_DOWNLOADS)
def test_the_form_docx_and_pdf_show_the_exact_text(marked_up_site: Path, folder: str, name: str) -> None:
    municipality = text_payload(("kommune",))
    unit = text_payload(("kontaktenhed",))
    document = docx.Document(str(marked_up_site / folder / f"{name}.docx"))
    header = " ".join(p.text for section in document.sections for p in section.header.paragraphs)
    text = header + " " + " ".join(p.text for p in document.paragraphs)
    assert municipality in header and unit in header
    assert "&amp;" not in text and "&lt;" not in text and "&#" not in text
    pdf = pypdf.PdfReader(marked_up_site / folder / f"{name}.pdf")
    pdf_text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pdf.pages))
    assert municipality in pdf_text, pdf_text[:500]
    assert "&amp;" not in pdf_text and "&lt;" not in pdf_text


# --- Refused fields --------------------------------------------------------------------------


def refused_profile(tmp_path: Path, path: KeyPath, value: str) -> tuple[Path, int]:
    """A copy of the profile with ``value`` at ``path``, written one key per line; its line number."""
    data = profile_data()
    set_value(data, path, value)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    profile = tmp_path / "profil.yml"
    profile.write_text(text, encoding="utf-8")
    quoted = yaml.safe_dump(value, allow_unicode=True, width=10_000).splitlines()[0]
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if quoted in row)
    return profile, line


@pytest.mark.parametrize(("path", "kind"), REFUSED_FIELDS, ids=[dotted(path) for path, _ in REFUSED_FIELDS])
def test_markup_in_a_refused_field_gives_a_danish_message(path: KeyPath, kind: str, tmp_path: Path) -> None:
    profile, line = refused_profile(tmp_path, path, REFUSED_PAYLOAD[kind])
    with pytest.raises(DataError) as raised:
        load_profile(ROOT, str(profile))
    key = path[-1] if isinstance(path[-1], str) else path[-2]
    messages = [message for message in raised.value.messages if f", linje {line}:" in message]
    assert messages, f"no message names line {line}: {raised.value.messages}"
    assert any(str(key) in message for message in messages), raised.value.messages
    assert all(
        message.startswith(str(profile)) or message.startswith(profile.name) or "profil.yml" in message for message in messages
    )


def test_the_build_stops_with_the_danish_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    project = copy_project(tmp_path / "project")
    data = profile_data()
    set_value(data, ("side_url",), REFUSED_PAYLOAD[WEB_ADDRESS])
    (project / PROFILE_FILE).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(Exception) as raised:
        in_process_build(project, tmp_path / "site", monkeypatch, pdf=False)
    assert "Aborted" in str(raised.value)
    assert re.search(r"data/profil\.yml, linje \d+: 'side_url' er en webadresse, men .* indeholder tegnet \"", caplog.text), (
        caplog.text
    )
    assert not (tmp_path / "site" / "index.html").exists()


# --- The per-field rules and the escaping helpers, without a build -------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "problem"),
    [
        (TEXT, 'Ærø & "Marstal" <Kommune>', None),
        (TEXT, "O'Brien Kommune", None),
        (TEXT, "Eks\x07empel", "styretegn (U+0007)"),
        (WEB_ADDRESS, "https://was.digst.dk/app/?a=1&b=2#x", None),
        (WEB_ADDRESS, "http://eksempel.example/", None),
        (WEB_ADDRESS, 'https://eksempel.example/"onmouseover="x', 'tegnet "'),
        (WEB_ADDRESS, "https://eksempel.example/a b", "et mellemrum"),
        (WEB_ADDRESS, "https://eksempel.example/<script>", "tegnet <"),
        (WEB_ADDRESS, "https://eksempel.example/'x'", "tegnet '"),
        (WEB_ADDRESS, "javascript:alert(1)", "begynder med https://"),
        (WEB_ADDRESS, "ftp://eksempel.example/", "begynder med https://"),
        (EMAIL, "virksomhed@eksempel-kommune.dk", None),
        (EMAIL, "fornavn.efternavn+mentor@kommune.dk", None),
        (EMAIL, 'x"@kommune.dk', 'tegnet "'),
        (EMAIL, "<x>@kommune.dk", "tegnet <"),
        (FILE_PATH, "data/logoer/nordby-kommune.svg", None),
        (FILE_PATH, 'data/logoer/"x.svg', 'tegnet "'),
        (FILE_PATH, "data/logoer/<x>.svg", "tegnet <"),
    ],
)
def test_value_rules(kind: str, value: str, problem: str | None) -> None:
    found = value_problem(kind, value)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_theme_text_is_escaped_once_in_a_template_that_escapes_and_one_that_does_not() -> None:
    name = theme_text('Mentorguiden – A & "B" <img>')
    assert isinstance(name, Markup)
    assert str(name) == "Mentorguiden – A &amp; &#34;B&#34; &lt;img&gt;"
    for autoescape in (False, True):
        environment = jinja2.Environment(autoescape=autoescape)
        rendered = environment.from_string('<a title="{{ n | e }}" aria-label="{{ n }}">{{ n }}</a>').render(n=name)
        assert rendered == f'<a title="{name}" aria-label="{name}">{name}</a>'
    assert escape(name) == name


def test_generated_values_keep_markdown_syntax_as_text() -> None:
    assert markdown_inert("[a](b) *c* _d_ `e` \\") == "&#91;a&#93;(b) &#42;c&#42; &#95;d&#95; &#96;e&#96; &#92;"
    assert str(escape_data("[klik](javascript:x) & {!fil!}")) == "&#91;klik&#93;(javascript:x) &amp; &#123;!fil!&#125;"
    assert html.unescape(str(escape_data('*A* & "B" <c>'))) == '*A* & "B" <c>'
    original = {"a": "[x]"}
    assert escape_data(copy.deepcopy(original)) == original  # not a string: unchanged
