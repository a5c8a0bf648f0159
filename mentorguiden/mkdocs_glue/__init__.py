"""The only package that imports MkDocs, Material or mkdocs-static-i18n, or touches their attributes.

The hooks in hooks/ are wiring only: they import what they need from here
(the MkDocs types and ``hook_event``, which every event handler wears, included) and from the feature
packages, never from mkdocs itself. Upgrades and a move to another site
generator then touch this package only.

* ``state``: the per-build ``SiteState`` in the config (``site_state``).
* ``priorities``: every event priority.
* ``i18n``: every mkdocs-static-i18n attribute the site uses.
* ``material``: the search plugin's and the theme's internals.
* ``markdown``: markdown-include's syntax.
* ``generated``: ``GeneratedFile`` and ``add_generated_page``.
* ``navigation``: pages, links, the menu and tables of contents.
* ``menu``: the theme's menu entries, rendered once per language build (``menu_entry``).
* ``project``: the project root, ``build_error`` and ``hook_event``.
* ``dirty``: ``make serve``'s rebuilds of only the changed pages (``mkdocs serve --dirty``).
* ``watch``: ``make serve`` notices a saved file within a tenth of a second.
"""

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from mentorguiden.mkdocs_glue import priorities
from mentorguiden.mkdocs_glue.dirty import (
    complete_search_inputs,
    finish_build,
    is_dirty_build,
    note_built,
    page_is_fresh,
    plan_rebuild,
    prepare_dirty_build,
    printing_after_the_build,
    record_build,
    search_index_is_kept,
)
from mentorguiden.mkdocs_glue.generated import (
    GeneratedFile,
    add_generated_page,
    data_source_of,
    is_generated,
    page_source_name,
    page_source_path,
    point_edit_link_to_source,
)
from mentorguiden.mkdocs_glue.i18n import (
    is_inner_language_build,
    page_language,
    point_language_switcher_at,
    point_language_switcher_at_page,
    site_languages,
    translation_url,
)
from mentorguiden.mkdocs_glue.markdown import include_syntax
from mentorguiden.mkdocs_glue.material import (
    add_template_global,
    all_search_entries,
    render_not_found_page,
    search_index_settings,
    use_tokenised_search_parser,
)
from mentorguiden.mkdocs_glue.menu import menu_entry
from mentorguiden.mkdocs_glue.navigation import (
    add_pages_to_nav_section,
    add_toc_entry,
    documentation_pages,
    guidance_page_links,
    is_untranslated_fallback,
    page_src_uri,
    page_title,
    relative_page_url,
    relative_url,
    toc_anchor_ids,
)
from mentorguiden.mkdocs_glue.project import (
    build_error,
    hook_event,
    log_info,
    log_warning,
    project_root,
    theme_assets_dir,
)
from mentorguiden.mkdocs_glue.state import build_options, has_site_state, set_site_state, site_state, use_build_options
from mentorguiden.mkdocs_glue.watch import watch_quickly

AFTER_I18N = priorities.AFTER_I18N
"""Kept for hooks written against the flat module (``from mentorguiden.mkdocs_glue import AFTER_I18N``)."""

__all__ = [
    "AFTER_I18N",
    "File",
    "Files",
    "GeneratedFile",
    "MkDocsConfig",
    "Navigation",
    "Page",
    "PluginError",
    "add_generated_page",
    "add_pages_to_nav_section",
    "add_template_global",
    "add_toc_entry",
    "all_search_entries",
    "build_error",
    "build_options",
    "complete_search_inputs",
    "data_source_of",
    "documentation_pages",
    "finish_build",
    "guidance_page_links",
    "has_site_state",
    "hook_event",
    "include_syntax",
    "is_dirty_build",
    "is_generated",
    "is_inner_language_build",
    "is_untranslated_fallback",
    "log_info",
    "log_warning",
    "menu_entry",
    "note_built",
    "page_is_fresh",
    "page_language",
    "page_source_name",
    "page_source_path",
    "page_src_uri",
    "page_title",
    "plan_rebuild",
    "point_edit_link_to_source",
    "point_language_switcher_at",
    "point_language_switcher_at_page",
    "prepare_dirty_build",
    "printing_after_the_build",
    "priorities",
    "project_root",
    "record_build",
    "relative_page_url",
    "relative_url",
    "render_not_found_page",
    "search_index_is_kept",
    "search_index_settings",
    "set_site_state",
    "site_languages",
    "site_state",
    "theme_assets_dir",
    "toc_anchor_ids",
    "translation_url",
    "use_build_options",
    "use_tokenised_search_parser",
    "watch_quickly",
]
