"""Warn English readers when a page is not translated yet, or its translation is older than the Danish page.

Danish is the first language. A Danish page without ``x.en.md`` is still
published in English (mkdocs-static-i18n's fallback_to_default) and shows the
Danish text, marked ``lang="da"`` so screen readers pronounce it as Danish
(WCAG 3.1.2), under a notice. An English page whose Danish page changed in a
later commit gets a notice with both dates. The notice is rendered by
overrides/partials/translation-notice.html; the rules are in
mentorguiden/content/translations.py, and ``make oversaettelser`` lists the same
pages for the editors.
"""

from mentorguiden.content.translations import translation_status
from mentorguiden.mkdocs_glue import (
    Files,
    MkDocsConfig,
    Navigation,
    Page,
    hook_event,
    is_generated,
    is_untranslated_fallback,
    page_source_path,
    project_root,
    site_languages,
    site_state,
    translation_url,
)


@hook_event()
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if is_untranslated_fallback(page, config):
        default = site_languages(config).default
        return f'<div lang="{default}" class="mg-untranslated">\n{html}\n</div>'
    return html


@hook_event()
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    context["translation_notice"] = None
    languages = site_languages(config)
    if languages.current == languages.default or is_generated(page):
        return context
    danish = page_source_path(page, config)
    if not is_untranslated_fallback(page, config):
        danish = danish.removesuffix(f".{languages.current}.md") + ".md"
    status = translation_status(danish, project_root(config), site_state(config).file_dates)
    if status:
        danish_day, english_day = status.dates(languages.current)
        context["translation_notice"] = {
            "kind": status.kind,
            "danish_date": danish_day,
            "english_date": english_day,
            "original_url": translation_url(page, languages.default),
        }
    return context
