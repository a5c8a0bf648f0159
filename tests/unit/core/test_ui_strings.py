"""The one table of interface texts (mentorguiden/core/ui_strings.py) and the templates that read it.

The table is complete (every key in every language, the same placeholders
in each), every ``t("key")``/``ui("key", lang)`` in a template names a key
of the table and fills exactly its placeholders, and no template under
overrides/ branches on the language or keeps its own dictionary of words;
nor does the Python code under mentorguiden/ and hooks/, except the few
language codes listed in ``PYTHON_LANGUAGE_CODES`` with the reason each stays.
Each check is a function run on the real table and templates, and once on a
bad example, so that it is known to be able to fail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path
from unittest import mock

import jinja2
import pytest
from helpers.builds import ROOT
from jinja2 import nodes
from markupsafe import Markup

from mentorguiden.core import ui_strings
from mentorguiden.core.errors import DataError
from mentorguiden.core.languages import LANGUAGES, language_attributes
from mentorguiden.core.templates import danish_attrs, in_danish, template_environment, theme_template_globals, ui_data
from mentorguiden.core.ui_strings import UI_STRINGS, Plural, Text, placeholders, table_problems, ui, ui_markup
from mentorguiden.site import BuildOptions, load_site_state
from mentorguiden.tools.check import check_data

TEMPLATES = sorted((ROOT / "overrides").rglob("*.html"))
TEXT_FUNCTIONS = ("t", "ui")
"""``t("key", …)`` in a template's own language, ``ui("key", lang, …)`` in a macro."""


# --- The checks ----------------------------------------------------------------------------------


def parse(source: str) -> nodes.Template:
    return jinja2.Environment().parse(source)


def text_calls(tree: nodes.Template) -> Iterator[nodes.Call]:
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in TEXT_FUNCTIONS:
            yield call


def asked_keys(call: nodes.Call) -> tuple[list[str], list[str]]:
    """The keys a call can ask for, and the key prefixes of keys it builds (``"audience_" ~ audience``)."""
    first = call.args[0] if call.args else None
    if isinstance(first, nodes.Const) and isinstance(first.value, str):
        return [first.value], []
    if isinstance(first, nodes.CondExpr):
        branches = [first.expr1, first.expr2]
        if all(isinstance(branch, nodes.Const) for branch in branches):
            return [branch.value for branch in branches if isinstance(branch, nodes.Const)], []
    if isinstance(first, nodes.Concat) and isinstance(first.nodes[0], nodes.Const):
        return [], [first.nodes[0].value]
    return [], []


def call_problems(source: str, table: Mapping[str, Mapping[str, Text]], shown: str = "template") -> list[str]:
    """Keys not in the table, a key no call can resolve, and placeholders given but not used, or used but not given."""
    problems = []
    for call in text_calls(parse(source)):
        where = f"{shown}:{call.lineno}"
        keys, prefixes = asked_keys(call)
        if not keys and not prefixes:
            problems.append(f"{where}: the key is not written in the template, so it cannot be checked")
        for prefix in prefixes:
            if not any(key.startswith(prefix) for key in table):
                problems.append(f"{where}: no key begins with {prefix!r}")
        if call.dyn_kwargs is not None:
            continue
        given = {keyword.key for keyword in call.kwargs}
        for key in keys:
            if key not in table:
                problems.append(f"{where}: {key!r} is not in mentorguiden/core/ui_strings.py")
                continue
            wanted = set().union(*(placeholders(text) for text in table[key].values()))
            if given != wanted:
                problems.append(f"{where}: {key!r} has the placeholders {sorted(wanted)}, the template gives {sorted(given)}")
    return problems


def language_comparisons(source: str, shown: str = "template") -> list[str]:
    """Every place a template compares a value with a language code (``lang == "en"``, ``"da" in …``, ``is eq "da"``)."""

    def is_language(node: nodes.Node) -> bool:
        if isinstance(node, nodes.Const):
            return node.value in LANGUAGES
        if isinstance(node, (nodes.Tuple, nodes.List)):
            return any(is_language(item) for item in node.items)
        return False

    tree = parse(source)
    found = []
    for compare in tree.find_all(nodes.Compare):
        if any(is_language(operand) for operand in [compare.expr, *(operand.expr for operand in compare.ops)]):
            found.append(f"{shown}:{compare.lineno}")
    for test in tree.find_all(nodes.Test):
        if test.name in ("eq", "equalto", "==", "ne", "!=", "sameas", "in") and any(is_language(arg) for arg in test.args):
            found.append(f"{shown}:{test.lineno}")
    return found


def word_dictionaries(source: str, shown: str = "template") -> list[str]:
    """Every dictionary written in a template with text as a value (``{"phone": "Telefon", …}``)."""
    return [
        f"{shown}:{dictionary.lineno}"
        for dictionary in parse(source).find_all(nodes.Dict)
        if any(isinstance(pair.value, nodes.Const) and isinstance(pair.value.value, str) for pair in dictionary.items)
    ]


def shown_name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# --- The table -----------------------------------------------------------------------------------


def test_every_key_has_every_language_and_the_same_placeholders_in_each():
    assert table_problems(UI_STRINGS) == []


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ({"x": {"da": "Hej"}}, "'x' har tekst på da, men skal have tekst på da og en"),
        ({"Tekst. x": {"da": "Hej", "en": "Hi"}}, "'Tekst. x' er ikke en nøgle"),
        ({"x": {"da": "Hej", "en": "Hi", "de": "Hallo"}}, "'x' har tekst på da, de, en"),
        ({"x": {"da": "Kontakt {unit}", "en": "Contact us"}}, "ikke de samme pladsholdere på alle sprog (da: {unit}, en: ingen)"),
        ({"x": {"da": "{a} og {b}", "en": "{a} and {c}"}}, "(da: {a} {b}, en: {a} {c})"),
        ({"x": {"da": Plural("{count} dag", "{count} dage"), "en": "{count} days"}}, "på ét sprog, men ikke på det andet"),
        ({"x": {"da": Plural("en dag", "dage"), "en": Plural("one day", "days")}}, "viser aldrig tallet {count}"),
    ],
)
def test_the_table_check_finds_a_missing_language_or_placeholder(table, problem):
    problems = table_problems(table)
    assert len(problems) == 1 and problem in problems[0], problems


def test_a_broken_table_stops_the_build_with_a_danish_message_naming_the_file(tmp_path):
    with pytest.raises(DataError, match=r"^mentorguiden/core/ui_strings.py: 'x' har"):
        ui_strings.check_table({"x": {"da": "Hej"}})
    ui_strings.check_table()
    # The build asks first (mentorguiden.site.load_site_state), and make check's data step too.
    broken = {**UI_STRINGS, "x": {"da": "Hej"}}
    with mock.patch.object(ui_strings, "UI_STRINGS", broken):
        with pytest.raises(DataError, match="'x' har"):
            load_site_state(ROOT, BuildOptions())
        assert any("'x' har" in problem for problem in check_data(ROOT))


# --- The templates -------------------------------------------------------------------------------


def test_the_templates_are_found():
    names = {shown_name(path) for path in TEMPLATES}
    assert {"overrides/generated/contact.html", "overrides/partials/copyright.html"} <= names


def test_every_text_a_template_asks_for_is_in_the_table_with_its_placeholders():
    problems = [problem for path in TEMPLATES for problem in call_problems(path.read_text("utf-8"), UI_STRINGS, shown_name(path))]
    assert problems == []
    assert sum(len(list(text_calls(parse(path.read_text("utf-8"))))) for path in TEMPLATES) > 50


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ('{{ t("no_such_key") }}', "'no_such_key' is not in"),
        ('{{ ui("sourcez", lang) }}', "'sourcez' is not in"),
        ('{{ t("contact_intro", unit=unit) }}', "the template gives ['unit']"),
        ('{{ t("sources", unit=unit) }}', "has the placeholders []"),
        ('{{ t("months") }}', "has the placeholders ['count']"),
        ('{{ ui("nothing_" ~ audience, lang) }}', "no key begins with 'nothing_'"),
        ("{{ t(key) }}", "cannot be checked"),
    ],
)
def test_the_template_check_finds_an_unknown_key_or_a_wrong_placeholder(source, problem):
    problems = call_problems(source, UI_STRINGS)
    assert len(problems) == 1 and problem in problems[0], problems


def test_the_template_check_accepts_a_key_chosen_or_built_in_the_template():
    assert call_problems('{{ t("rule_status_historical" if old else "rule_status", date=d) }}', UI_STRINGS) == []
    assert call_problems('{{ ui("audience_" ~ checklist.audience, lang) }}', UI_STRINGS) == []


def test_no_template_compares_the_language_with_a_language_code():
    found = [place for path in TEMPLATES for place in language_comparisons(path.read_text("utf-8"), shown_name(path))]
    assert found == [], 'Brug t("nøgle")/ui("nøgle", lang) og danish_attrs i stedet for sprog-grene: ' + ", ".join(found)


@pytest.mark.parametrize(
    "source",
    [
        '{% if lang == "en" %}Rules{% endif %}',
        "{% set en = config.theme.language == 'en' %}",
        '{{ "Regler" if lang != "da" }}',
        '{% if lang in ("da", "en") %}x{% endif %}',
        '{% if lang is eq "da" %}x{% endif %}',
    ],
)
def test_the_language_check_finds_a_branch(source):
    assert language_comparisons(source) == ["template:1"]


def test_no_template_keeps_its_own_dictionary_of_words():
    found = [place for path in TEMPLATES for place in word_dictionaries(path.read_text("utf-8"), shown_name(path))]
    assert found == []
    assert word_dictionaries('{% set labels = {"phone": "Telefon", "email": "E-mail"} %}') == ["template:1"]


# --- The Python code ------------------------------------------------------------------------------

PYTHON_FILES = sorted([*(ROOT / "mentorguiden").rglob("*.py"), *(ROOT / "hooks").glob("*.py")])
TABLE_FILE = "mentorguiden/core/ui_strings.py"
PYTHON_LANGUAGE_CODES = {
    'page.relative_to(site_dir).parts[0] == "en"': "tools/build.py counts the built pages below the en/ folder for its one-line summary",
    '{"da": "danish", "en": "english"}': "search/index.py: the names of the Snowball stemmers, not text a reader sees",
    '{"da": "dansk", "en": "engelsk"}': "search/index.py: the language's name in a Danish message to editors",
    '{"da": "da-DK", "en": "en-GB"}': "agreement/docx.py: Word's language tags for spelling and hyphenation",
}
"""Source text of a comparison with a language code or a dictionary of texts by language that may stay, and why."""


def python_language_codes(source: str, shown: str = "module") -> list[str]:
    """Comparisons with a language code (``language == "en"``) and dictionaries of text by language, as source text."""
    tree = ast.parse(source)

    def is_language(node: ast.AST) -> bool:
        if isinstance(node, ast.Constant):
            return node.value in LANGUAGES
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return any(is_language(item) for item in node.elts)
        return False

    def is_comparison(node: ast.AST) -> bool:
        return isinstance(node, ast.Compare) and any(is_language(operand) for operand in [node.left, *node.comparators])

    def is_word_dictionary(node: ast.AST) -> bool:
        return (
            isinstance(node, ast.Dict)
            and bool(node.keys)
            and all(key is not None and is_language(key) for key in node.keys)
            and any(isinstance(value, (ast.Constant, ast.JoinedStr)) for value in node.values)
        )

    found = [node for node in ast.walk(tree) if is_comparison(node) or is_word_dictionary(node)]
    return [f"{shown}:{node.lineno}: {ast.get_source_segment(source, node)}" for node in found]


def test_the_python_code_branches_on_the_language_only_where_it_says_why():
    found = [
        place
        for path in PYTHON_FILES
        if shown_name(path) != TABLE_FILE
        for place in python_language_codes(path.read_text("utf-8"), shown_name(path))
    ]
    unexplained = [place for place in found if place.split(": ", 1)[1] not in PYTHON_LANGUAGE_CODES]
    assert unexplained == [], 'Brug ui("nøgle", language), Translated[language] eller core.languages i stedet: ' + ", ".join(
        unexplained
    )
    assert {place.split(": ", 1)[1] for place in found} == set(PYTHON_LANGUAGE_CODES), "an exception that is gone"


@pytest.mark.parametrize(
    "source",
    [
        'label = label_da if language == "da" else label_en',
        'if self.language != "da":\n    pass',
        'if language in ("da", "en"):\n    pass',
        'STATUS = {"da": "Reglerne: {rules}.", "en": "Rules: {rules}."}',
        'WORDS = {"da": f"Afsnit {x}", "en": f"Section {x}"}',
    ],
)
def test_the_python_check_finds_a_branch_or_a_dictionary_of_words(source):
    assert len(python_language_codes(source)) == 1


def test_the_python_check_leaves_other_code_alone():
    assert python_language_codes('MONTHS = {"da": DANISH_MONTHS, "en": ENGLISH_MONTHS}\nif a == b:\n    pass') == []


# --- Filling in: plain text for Python, escaped markup for templates ---------------------------


def test_plain_text_for_python_fills_placeholders_and_plurals():
    assert ui("months", "da", count=1) == "1 måned" and ui("months", "da", count=3) == "3 måneder"
    assert ui("months", "en", count=1) == "1 month" and ui("months", "en", count=6) == "6 months"
    assert ui("clock_time", "da", hours=9, minutes="00") == "9.00"
    assert ui("rule_status", "en", date="1 May 2026") == "status as of 1 May 2026"
    assert ui("at_time", "en") == "" and ui("at_time", "da") == "kl. ", "an empty text is a text"


def test_a_missing_language_or_key_or_a_wrong_count_fails_loudly():
    with pytest.raises(KeyError, match="'de'"):
        ui("sources", "de")
    with pytest.raises(DataError, match=r"ui_strings.py: siden bruger teksten 'no_such_key', men den står ikke i tabellen"):
        ui("no_such_key", "da")
    with pytest.raises(DataError, match=r"teksten 'phone_'.* Mente du 'phone'\?"):
        ui("phone_", "da")
    with pytest.raises(TypeError, match="count="):
        ui("months", "da")
    with pytest.raises(TypeError, match="no plural"):
        ui("sources", "da", count=2)
    with pytest.raises(
        DataError,
        match=r"ui_strings.py: teksten 'contact_description' \(da\) har pladsholderen \{municipality\}, som koden ikke udfylder",
    ):
        ui("contact_description", "da", unit="X")
    with pytest.raises(DataError, match=r"'contact_intro' \(en\) .* \{unit\}"):
        ui_markup("contact_intro", "en", municipality="X")


def test_the_entry_is_markup_and_every_placeholder_value_is_escaped_as_data():
    text = ui_data("contact_intro", "en", unit='<b>"Job_centre"</b>', municipality="[Town](javascript:x) {!secret.md!}")
    assert isinstance(text, Markup)
    assert '<span lang="da">mentorstøtte</span>' in text, "the entry's own markup stays markup"
    assert "&lt;b&gt;&#34;Job&#95;centre&#34;&lt;/b&gt;" in text, "HTML-escaped and Markdown-inert"
    assert "&#91;Town&#93;(javascript:x) &#123;!secret.md!&#125;" in text
    assert "<b>" not in text and "{!" not in text and "_" not in text.replace('lang="da"', "")


def test_a_value_that_is_markup_already_is_kept():
    months = Markup("3 måneder")
    assert ui_data("profile_grant_period", "da", municipality="A & B", months=months) == (
        "A &amp; B bevilger mentorstøtte i op til 3 måneder ad gangen."
    )


def test_the_theme_gets_html_escaped_values_and_the_same_helpers():
    helpers = theme_template_globals("en")
    assert set(helpers) == {"t", "danish_attrs", "language_prefix"}
    assert helpers["t"]("phone") == "Phone" and helpers["language_prefix"]("en") == "en/"
    assert ui_markup("rule_status", "da", date="<i>") == "status pr. &lt;i&gt;"


def test_templates_fill_the_table_in_their_own_language():
    environment = template_environment(ROOT)
    template = environment.from_string('{{ t("months", count=n) }} · {{ ui("rules", "en") }}')
    assert template.render(lang="da", n=2) == "2 måneder · Rules"


# --- Language-dependent attributes: one helper -------------------------------------------------


def test_danish_content_gets_lang_and_hreflang_on_other_pages_only():
    assert language_attributes("en", "lang", "hreflang") == ' lang="da" hreflang="da"'
    assert language_attributes("da", "lang", "hreflang") == ""
    assert danish_attrs("en", "hreflang") == Markup(' hreflang="da"')
    assert in_danish("LAB § 1 & <2>", "en") == '<span lang="da">LAB § 1 &amp; &lt;2&gt;</span>'
    assert in_danish("LAB § 1 & <2>", "da") == "LAB § 1 &amp; &lt;2&gt;"
