"""Search that understands Danish: one index per language, and a worker that stems the query.

Material's search keeps one index for both languages (mkdocs-static-i18n
merges them) and has no Danish stemmer. This hook:

* uses ``data/soegning.yml`` (synonyms, word parts), read and checked once per
  build by hooks/site_setup.py;
* once every language is built, writes each language's own index, with stemmer,
  compound parts, synonyms and spellings without æ/ø/å
  (``mentorguiden/search/index.py``): Danish to ``search/search_index.json``
  (replacing the merged index), English to ``en/search/search_index.json``;
* lets Material's search plugin split pages into sections with its own parser
  fed by a regex tokenizer instead of html.parser (``mentorguiden.mkdocs_glue.material``);
* points every page at its language's index and at the wrapper worker in
  ``overrides/assets/javascripts/workers/`` (``mentorguiden/search/page_config.py``).

The outer (Danish) build's ``on_post_build`` runs after mkdocs-static-i18n's,
which runs the English build and writes the merged index; the indexes written
here replace it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from mentorguiden.mkdocs_glue import (
    MkDocsConfig,
    Navigation,
    Page,
    all_search_entries,
    build_error,
    complete_search_inputs,
    hook_event,
    is_inner_language_build,
    page_language,
    priorities,
    relative_url,
    search_index_is_kept,
    search_index_settings,
    site_languages,
    site_state,
    use_tokenised_search_parser,
)
from mentorguiden.search.index import build_language_index, entries_for_language, summaries_for_language
from mentorguiden.search.page_config import SearchConfigError, rewrite_search_config


@hook_event(priorities.SEARCH_PARSER)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    use_tokenised_search_parser(config)  # the same entries as Material's own parser, from a regex tokenizer
    return config


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    menu_title = str(page.title or "")
    if menu_title == str(page.meta.get("title") or ""):
        menu_title = ""
    site_state(config).search_summaries[page.url] = (menu_title, str(page.meta.get("description") or ""))
    return context


@hook_event()
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    languages = site_languages(config)
    language = page_language(page, config)
    root = None
    if language != languages.default:
        root = relative_url(page, languages.path_prefix(language)).rstrip("/") + "/"
    try:
        return rewrite_search_config(output, root)
    except SearchConfigError as error:
        raise build_error(f"Søgningen på {page.file.src_uri} kunne ikke sættes op: {error}.") from None


@hook_event()
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name != "404.html":
        return output
    try:
        return rewrite_search_config(output)
    except SearchConfigError as error:
        raise build_error(f"Søgningen på 404-siden kunne ikke sættes op: {error}.") from None


@hook_event(priorities.SEARCH_INDEXES)
def on_post_build(config: MkDocsConfig) -> None:
    if is_inner_language_build(config):
        return  # the outer (Danish) build writes every language's index once all are built
    state = site_state(config)
    index_settings = search_index_settings(config)
    languages = site_languages(config)
    # make serve (--dirty) renders only the changed pages: the others' entries come from the build before.
    entries, page_summaries = complete_search_inputs(config, all_search_entries(config), state.search_summaries)
    for language in languages.built:
        target = Path(config.site_dir) / languages.path_prefix(language) / "search" / "search_index.json"
        if search_index_is_kept(config, language, target):
            continue  # make serve: no page of this language changed
        language_entries = entries_for_language(entries, language, languages.default, languages.built)
        summaries = summaries_for_language(page_summaries, language, languages.default, languages.built)
        index = build_language_index(
            language_entries, language, state.search_settings.for_language(language), index_settings, summaries
        )
        _write_atomically(target, json.dumps(index, ensure_ascii=False, separators=(",", ":")))


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".search_index.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise build_error(f"Søgeindekset {target} kunne ikke skrives: {error}") from None
