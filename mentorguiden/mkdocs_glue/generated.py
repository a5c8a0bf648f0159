"""Generated pages in the build: a ``GeneratedFile`` per language, linked to its translations.

A generator (contact page, checklists, agreement, glossary) returns a
``GeneratedPage`` with one Markdown text per language. mkdocs-static-i18n
builds the site once per language, so a generated page is added once per
language build, at that language's own path (``kontakt/`` for Danish,
``en/kontakt/`` for English), as a ``GeneratedFile`` that carries the data
file it comes from and the attributes the plugin gives its own files, so
that the language switcher and the sitemap find its translations. Hooks that
add generated pages run after the plugin's ``on_files``
(``priorities.AFTER_I18N``).
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from mentorguiden.core.languages import Languages
from mentorguiden.core.pages import GeneratedPage
from mentorguiden.mkdocs_glue.i18n import add_to_sitemap, mark_as_language_file, site_languages
from mentorguiden.mkdocs_glue.project import build_error, project_root


class GeneratedFile(File):
    """A page made from a data file, not from docs/."""

    source_file: str
    """The data file an editor changes to change the page, e.g. ``data/profil.yml``."""
    rebuild: bool = True
    """Whether a dirty build (``make serve``) renders the page again; ``mkdocs_glue.dirty`` sets it to
    False when the page's Markdown is the same as in the build before."""

    def is_modified(self) -> bool:
        # MkDocs counts every in-memory file as modified; the page's Markdown, not a file's time, says.
        return self.rebuild

    @classmethod
    def for_language(cls, config: MkDocsConfig, page: GeneratedPage, language: str, languages: Languages) -> GeneratedFile:
        # Only the language being built is rendered here; the others are its
        # translations' addresses (their own build renders them), so a
        # generator may make its texts lazily, on first use.
        content = page.markdown_by_language[language] if language == languages.current else ""
        file = cls.generated(config, page.src_uri, content=content)
        assert isinstance(file, GeneratedFile)
        file.dest_uri = languages.path_prefix(language) + file.dest_uri
        file.source_file = page.source_file
        return file


def add_generated_page(files: Files, config: MkDocsConfig, page: GeneratedPage) -> File:
    """Add the current language's version of ``page`` to ``files`` and link its translations."""
    languages = site_languages(config)
    missing = [lang for lang in languages.built if lang not in page.markdown_by_language]
    if missing:
        raise build_error(f"{page.src_uri}: ingen tekst på sproget {', '.join(missing)}.")
    existing = files.get_file_from_path(page.src_uri)
    if existing is not None and existing.generated_by is None:
        raise build_error(
            f"docs/{existing.src_uri} findes, men den side laves automatisk ud fra "
            f"{page.source_file}. Slet docs/{existing.src_uri}, og ret i {page.source_file} i stedet."
        )
    versions: dict[str, File] = {
        language: GeneratedFile.for_language(config, page, language, languages) for language in languages.built
    }
    for language, file in versions.items():
        mark_as_language_file(file, language, page.src_uri, versions)
    current = versions[languages.current]
    files.append(current)
    add_to_sitemap(config, languages.current, current)
    return current


def data_source_of(page: Page) -> str | None:
    """The data file a generated page comes from; None for a page in docs/."""
    return page.file.source_file if isinstance(page.file, GeneratedFile) else None


def is_generated(page: Page) -> bool:
    """True for pages made from a data file (contact page, checklists, …), not from docs/."""
    return isinstance(page.file, GeneratedFile)


def point_edit_link_to_source(page: Page, config: MkDocsConfig) -> None:
    """Generated pages have no Markdown file: "edit this page" opens their data file instead.

    ``edit_uri`` points at ``docs/`` in the repository; the data file is
    reached relative to it.
    """
    source_file = data_source_of(page)
    if source_file and config.edit_uri:
        page.edit_url = urljoin(config.edit_uri, posixpath.join("..", source_file))


def page_source_name(page: Page) -> str:
    """How an editor finds the page's source: ``docs/om-siden.md``, or the data file it comes from."""
    source_file = data_source_of(page)
    if source_file:
        return f"{page.file.src_uri} (laves ud fra {source_file})"
    return f"docs/{page.file.src_uri}"


def page_source_path(page: Page, config: MkDocsConfig) -> str:
    """The file an editor changes to change ``page``, relative to the project root.

    ``docs/viden/effekt.en.md`` for a Markdown page (the Danish file for an
    English page that falls back to Danish), the data file for a generated page.
    """
    source_file = data_source_of(page)
    if source_file:
        return source_file
    docs = Path(config.docs_dir).resolve().relative_to(project_root(config)).as_posix()
    return posixpath.join(docs, page.file.src_uri)
