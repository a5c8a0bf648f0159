"""`make serve` rebuilds only the pages a saved file changed (``mkdocs serve --dirty``), and nothing goes stale.

A full build of both languages takes about two seconds; an editor should see
a saved page within one. MkDocs' ``--dirty`` skips reading and rendering
every page whose ``File.is_modified()`` is False (its output is newer than
its Markdown file), and mkdocs-static-i18n builds its further languages
dirty too when ``--dirty`` is on the command line. That rule alone would
leave pages stale: a guidance page that embeds a checklist
(``<!-- tjekliste: … -->``) is not rebuilt when the checklist's data file
changes, a generated page counts as always modified, the menu of a rebuilt
page would show no titles for the pages not read, and the search index
would hold only the rebuilt pages. So, in a dirty build only:

* every page of the language build gets a digest of what it is made from: its
  Markdown with the markers expanded, as ``hooks/markers.py`` expands them (for
  a generated page, the Markdown its generator wrote from the data files);
* the build as a whole gets a digest of what every page shares: the menu
  (every title and address), the set of files, mkdocs.yml, overrides/,
  includes/, every data file except those that only make pages
  (``PAGE_DATA``), the build options, the day and the git dates;
* both are kept in the site folder (``RECORD_FOLDER``) after a build. When the
  shared digest differs, every page is rebuilt; else exactly the pages whose
  digest differs. A page is rebuilt by making its output look older than its
  source (MkDocs' own rule) or, for a generated page, by ``GeneratedFile.rebuild``;
* the pages not rebuilt are read (not rendered), so the menu has their titles;
* the search index is completed with the entries of the pages not rebuilt,
  kept from the build before (``complete_search_inputs``; a language none of
  whose pages was rebuilt keeps its index file, ``search_index_is_kept``), and
  the forms' downloads are made only for form pages that were rebuilt
  (``page_is_fresh``);
* a build that fails or warns keeps the record before, so the pages it
  rendered are rendered (and checked) again next time;
* the theme's files are listed once per build instead of once per language;
* (in every ``make serve``, dirty or not) the forms' PDFs printed in the
  background start once the build has finished (``printing_after_the_build``).

Outside a dirty build every function here does nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler

from mentorguiden.forms.outputs import PdfPrinting
from mentorguiden.mkdocs_glue.generated import GeneratedFile
from mentorguiden.mkdocs_glue.i18n import site_languages
from mentorguiden.mkdocs_glue.material import forget_previous_search_index
from mentorguiden.mkdocs_glue.project import project_root
from mentorguiden.mkdocs_glue.state import site_state

DIRTY_FLAGS = ("--dirty", "--dirtyreload")
"""What mkdocs-static-i18n looks for on the command line to build its further languages dirty."""
RECORD_FOLDER = ".mentorguiden-serve"
"""In the site folder of ``mkdocs serve --dirty`` (a temporary folder MkDocs deletes on exit)."""
SHARED_FOLDERS = ("overrides", "includes", "data")
"""What every page may be made from, besides mkdocs.yml (hooks/ is Python: ``mkdocs serve`` never reloads it)."""
PAGE_DATA = ("data/tjeklister/", "data/blanketter/", "data/afklaring.yml")
"""Data files that only make pages (checklists, forms, the decision aids): a change shows in the digests
of the generated pages and of the guidance pages that embed them, so it needs no full rebuild."""
DIRTY_NOTICE = "A 'dirty' build is being performed"
"""MkDocs' warning on every dirty build: it would stop the strict build, and here the pages are kept right."""

_PLAN = "serve: rebuild plan"
_PAGE_ORDER = "serve: every page"
_BUILT = "serve: built pages"

PageInput = Callable[[Page, str], str]
"""A page and its Markdown → what its output is made from (the Markdown with its markers expanded)."""


def is_dirty_build() -> bool:
    """True in ``mkdocs serve --dirty`` (make serve), by the same rule mkdocs-static-i18n uses."""
    return any(flag in sys.argv for flag in DIRTY_FLAGS)


class _DirtyNotice(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_NOTICE)


def prepare_dirty_build(config: MkDocsConfig) -> None:
    """Before a dirty build: no notice that fails the strict build, and no search index merged by Material.

    Material keeps its previous index in a dirty build and merges it on the
    assumption that one page was rebuilt; with two languages its entries
    pile up from build to build. The search index is completed here instead.
    """
    if not is_dirty_build():
        return
    logger = logging.getLogger("mkdocs.commands.build")
    if not any(isinstance(existing, _DirtyNotice) for existing in logger.filters):
        logger.addFilter(_DirtyNotice())
    forget_previous_search_index(config)
    _list_theme_files_once(config)


_THEME_FILES_ONCE = "_mentorguiden_theme_files_once"


def _list_theme_files_once(config: MkDocsConfig) -> None:
    """The theme's files are listed once per build, not once per language.

    MkDocs lists every file of the theme's folders (Material's icons
    included, some 14,000 names, about 50 ms) in each language build to find
    the few it copies; the list is the same for both languages of one build.
    The theme object belongs to this build's config, so the list does too.
    """
    theme = config.theme
    if getattr(theme, _THEME_FILES_ONCE, False):
        return  # on_config runs once per language on the same config
    state = site_state(config)
    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        list_templates = env.list_templates

        def listed(extensions: Any = None, filter_func: Any = None) -> Any:
            # The filter MkDocs passes is made anew for every call but from the same code; it also leaves
            # out the theme's static templates. Those differ between the languages only in 404.html,
            # and the filter leaves out every .html file anyway.
            key = (
                "serve: theme files",
                extensions,
                getattr(filter_func, "__code__", filter_func),
                tuple(sorted(name for name in theme.static_templates if not name.lower().endswith(".html"))),
            )
            return state.once(key, lambda: list_templates(extensions, filter_func))

        setattr(env, "list_templates", listed)  # noqa: B010 (mypy: no assigning to a method)
        return env

    setattr(theme, "get_env", get_env)  # noqa: B010 (mypy: no assigning to a method)
    setattr(theme, _THEME_FILES_ONCE, True)


@dataclass(frozen=True)
class _Plan:
    language: str
    shared: str
    digests: dict[str, str]
    """Every page's digest by its output path (``en/viden/index.html``)."""


def plan_rebuild(config: MkDocsConfig, nav: Navigation, files: Files, page_input: PageInput) -> None:
    """Decide which pages of this language build are rebuilt, and make MkDocs rebuild exactly those."""
    if not is_dirty_build():
        return
    state = site_state(config)
    language = site_languages(config).current
    pages = [file.page for file in files.documentation_pages() if file.page is not None]
    for page in pages:
        page.read_source(config)  # its title and meta, for the menu, whether or not it is rebuilt
    order = state.once(_PAGE_ORDER, list[str])
    order.extend(page.url for page in pages)
    shared = _shared_digest(config, nav, files)
    record = _read_json(_record_file(config, language))
    previous: dict[str, str] = record.get("pages", {}) if record.get("shared") == shared else {}
    digests: dict[str, str] = {}
    for page in pages:
        assert page.markdown is not None
        digest = _digest(json.dumps(page.meta, sort_keys=True, default=str), page_input(page, page.markdown))
        digests[page.file.dest_uri] = digest
        fresh = previous.get(page.file.dest_uri) == digest and os.path.isfile(page.file.abs_dest_path)
        _rebuild(page.file, not fresh)
    state.once((_PLAN, language), lambda: _Plan(language, shared, digests))


def _rebuild(file: File, rebuild: bool) -> None:
    if isinstance(file, GeneratedFile):
        file.rebuild = rebuild
    elif rebuild and os.path.isfile(file.abs_dest_path):
        os.utime(file.abs_dest_path, (0, 0))  # older than its source: MkDocs' own rule rebuilds it


def note_built(config: MkDocsConfig, page: Page) -> None:
    """``page`` is being rendered in this build (called from ``on_page_context``, which only built pages reach)."""
    if is_dirty_build():
        site_state(config).once(_BUILT, set[str]).add(page.url)


def page_is_fresh(config: MkDocsConfig, url: str) -> bool:
    """False only for a page a dirty build kept from the build before (``url`` as ``en/mentoraftale/``)."""
    return not is_dirty_build() or url in site_state(config).once(_BUILT, set[str])


_FINISHED = "serve: build finished"


def printing_after_the_build(config: MkDocsConfig, printing: PdfPrinting | None) -> PdfPrinting | None:
    """The forms' printing, which in the background waits until this build has finished (``finish_build``).

    Chromium takes a core for a few seconds; started while the next
    language is still being built, it would hold back the page the editor
    waits for.
    """
    if printing is None or not printing.in_background:
        return printing
    return dataclasses.replace(printing, start_after=site_state(config).once(_FINISHED, threading.Event))


def finish_build(config: MkDocsConfig) -> None:
    """The build, every language, has finished (the last ``on_post_build`` handler of the outer build)."""
    site_state(config).once(_FINISHED, threading.Event).set()


def record_build(config: MkDocsConfig) -> None:
    """At the very end of a dirty build: keep every language's digests for the next build.

    Not after a strict build's warnings (MkDocs stops the build after
    ``on_post_build``): the record before stays, so the next build renders
    the pages that warned again, and warns again. A build that raised never
    gets here, with the same effect.
    """
    if not is_dirty_build() or _has_warnings():
        return
    state = site_state(config)
    for language in site_languages(config).built:
        plan = state.once((_PLAN, language), lambda: None)
        if isinstance(plan, _Plan):
            _write_json(_record_file(config, language), {"shared": plan.shared, "pages": plan.digests})


def _has_warnings() -> bool:
    """Whether a strict build has logged a warning so far (MkDocs counts them on its logger)."""
    return any(isinstance(handler, CountHandler) and handler.get_counts() for handler in logging.getLogger("mkdocs").handlers)


SearchEntries = list[dict[str, Any]]
Summaries = dict[str, tuple[str, str]]


def complete_search_inputs(config: MkDocsConfig, entries: SearchEntries, summaries: Summaries) -> tuple[SearchEntries, Summaries]:
    """Every page's search entries and summary: this build's, and, in a dirty build, those of the pages it kept.

    Ordered like a full build's (page by page, each language's pages in
    turn), so the index comes out the same. Call once all languages are built.
    """
    if not is_dirty_build():
        return entries, summaries
    state = site_state(config)
    built = state.once(_BUILT, set[str])
    record_file = Path(config.site_dir) / RECORD_FOLDER / "search.json"
    record = _read_json(record_file)
    kept_entries: dict[str, SearchEntries] = record.get("entries", {})
    kept_summaries: dict[str, list[str]] = record.get("summaries", {})
    new_entries: dict[str, SearchEntries] = {}
    for entry in entries:
        new_entries.setdefault(_page_of(entry), []).append(entry)
    by_page: dict[str, SearchEntries] = {}
    all_summaries: Summaries = {}
    for url in state.once(_PAGE_ORDER, list[str]):
        if url in built:
            by_page[url] = new_entries.get(url, [])
            if url in summaries:
                all_summaries[url] = summaries[url]
        else:
            by_page[url] = kept_entries.get(url, [])
            if url in kept_summaries:
                menu_title, description = kept_summaries[url]
                all_summaries[url] = (menu_title, description)
    _write_json(record_file, {"entries": by_page, "summaries": all_summaries})
    return [entry for page_entries in by_page.values() for entry in page_entries], all_summaries


def search_index_is_kept(config: MkDocsConfig, language: str, index_file: Path) -> bool:
    """True when a dirty build rendered no page of ``language`` and its index from the build before is still there.

    Never for the default language: Material writes its own index over that
    file in every build.
    """
    languages = site_languages(config)
    if not is_dirty_build() or language == languages.default or not index_file.is_file():
        return False
    prefix = languages.path_prefix(language)
    return not any(url.startswith(prefix) for url in site_state(config).once(_BUILT, set[str]))


def _page_of(entry: dict[str, Any]) -> str:
    """The page a search entry belongs to: its location without the section anchor."""
    return str(entry.get("location", "")).split("#", 1)[0]


def _shared_digest(config: MkDocsConfig, nav: Navigation, files: Files) -> str:
    state = site_state(config)
    root = project_root(config)
    return _digest(
        state.once(("serve: shared files", "digest"), lambda: _files_digest(root, Path(config.config_file_path))),
        json.dumps(list(_menu(nav.items))),
        json.dumps(sorted(f"{file.src_uri} {file.dest_uri}" for file in files)),
        repr(state.options),
        state.options.day.isoformat(),  # review notices and the glossary's status change with the day
        json.dumps(sorted((path, changed.isoformat()) for path, changed in state.file_dates.changed.items())),
    )


def _menu(items: list[Any], depth: int = 0) -> Iterator[tuple[int, str, str]]:
    """Every menu entry: its depth, title and address (a page's title as the menu shows it)."""
    for item in items:
        yield depth, str(item.title), str(getattr(item, "url", None) or "")
        yield from _menu(getattr(item, "children", None) or [], depth + 1)


def _files_digest(root: Path, config_file: Path) -> str:
    """Name, size and time of every file every page may be made from (no file is read)."""
    entries = []
    paths = [config_file, *(path for folder in SHARED_FOLDERS for path in (root / folder).rglob("*"))]
    for path in paths:
        relative = path.relative_to(root).as_posix()
        if relative.startswith(PAGE_DATA) or not path.is_file():
            continue
        stat = path.stat()
        entries.append(f"{relative} {stat.st_size} {stat.st_mtime_ns}")
    return _digest(*sorted(entries))


def _digest(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8", errors="surrogateescape"))
        digest.update(b"\0")
    return digest.hexdigest()


def _record_file(config: MkDocsConfig, language: str) -> Path:
    return Path(config.site_dir) / RECORD_FOLDER / f"{language}.json"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
