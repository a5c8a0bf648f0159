"""Make the language switcher lead to the same page in the other language.

mkdocs-static-i18n writes root-absolute links ("/", "/en/") into the
switcher of the front pages,
which break when the site is published under a sub-path such as
/mentorguiden/. This hook gives every page relative links to its own
translations, and the 404 page links to each language's front page.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from mentorguiden.mkdocs_glue import site_languages


def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    _set_alternate_links(config, getattr(page.file, "alternates", {}))
    return context


def on_template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "404.html":
        _set_alternate_links(config, {})
    return context


def _set_alternate_links(config: MkDocsConfig, translations: dict) -> None:
    languages = site_languages(config)
    for alternate in _switcher_entries(config):
        language = alternate["lang"]
        translation = translations.get(language)
        alternate["link"] = translation.url if translation else languages.path_prefix(language) or "./"


def _switcher_entries(config: MkDocsConfig) -> list:
    """The entries templates read as ``config.extra.alternate``.

    mkdocs-static-i18n sometimes assigns them as an attribute of
    ``config.extra`` rather than as its dict item, and Jinja prefers the
    attribute, so that is the list to update when it exists.
    """
    return getattr(config.extra, "alternate", None) or config.extra.get("alternate", [])
