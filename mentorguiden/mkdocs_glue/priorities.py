"""Every event priority our hooks use, in one place, so no hook depends on its place in mkdocs.yml.

MkDocs runs each event's handlers from the highest priority to the lowest
(plugins and hooks alike; the default is 0), and only handlers with the same
priority run in list order. Every hook handler whose order matters to
another one is decorated with a priority from here; the rest touch nothing
another hook reads in the same event.
"""

SETUP = 100
"""``hooks/site_setup.py``'s ``on_config``: the per-build state exists before any other hook reads it,
and the profile's site name and addresses are set before mkdocs-static-i18n (-100) copies the config."""

I18N = -100
"""mkdocs-static-i18n's ``on_config``, ``on_files``, ``on_post_page`` and ``on_post_build``."""

AFTER_I18N = -110
"""Hooks that must see the files after mkdocs-static-i18n: it crashes on in-memory files in its own
``on_files`` (``abs_src_path`` is None), so generated pages are added after it."""

# Generated pages, in the order they are added to the files (and so the
# sitemap and the search index): fixed here, not by mkdocs.yml.
CONTACT_PAGE = AFTER_I18N
FORMS_PAGES = AFTER_I18N - 1
GLOSSARY_PAGE = AFTER_I18N - 2
DECISION_AID_PAGES = AFTER_I18N - 3
"""Before the checklists: the checklist "Skal vi bevilge mentorstøtte?" links to the consultants' check."""
CHECKLIST_PAGES = AFTER_I18N - 4
STEP_GUIDE_PAGE = AFTER_I18N - 5
"""After the other generated pages: the guide's steps may link to them (kontakt.md, a checklist)."""

AFTER_GENERATED_PAGES = AFTER_I18N - 10
"""A Markdown file where a generated page goes (docs/kontakt.md) gets the generator's clearer message first."""

STEP_NOTICE = -10
"""``hooks/steps.py`` puts "part of step N" on a page after ``translation_status.py`` (0) has wrapped an
untranslated page in ``lang="da"``, so where the box lands does not depend on the order in mkdocs.yml
(the box carries its own ``lang``)."""

SEARCH_PARSER = -10
"""``hooks/search_index.py``'s ``on_config`` swaps the index Material's search plugin makes in its own
``on_config`` (priority 0, in every language build) for one with a faster parser (``mkdocs_glue.material``)."""
AFTER_SEARCH_INDEX = -50
"""The search plugin indexes ``page.content`` in ``on_page_context`` at priority 0; glossary terms are
marked after it, so definitions do not turn up as search hits on every page that uses a term."""

SEARCH_INDEXES = AFTER_I18N
"""The outer (Danish) build's ``on_post_build`` writes each language's index after mkdocs-static-i18n
has built the other languages (and written its merged index, which ours replace)."""

PAGE_ASSETS = AFTER_SEARCH_INDEX - 10
"""``hooks/page_assets.py`` reads a page's finished content in ``on_page_context`` after the glossary has
marked its terms (``AFTER_SEARCH_INDEX``), so it sees every marker class the page will have."""
VALID_HTML = -200
"""``hooks/valid_html.py`` rewrites Material's invalid attributes after every other ``on_post_page`` and
``on_post_template`` handler, so it sees each page as it is written."""

COMPACT_ASSETS = AFTER_I18N
"""``hooks/compact_assets.py`` compacts the theme's copy of our assets in the outer build's ``on_post_build``
after mkdocs-static-i18n, whose build of the other languages copies the assets to site/assets/ again."""
SERVE_PLAN = I18N - 50
"""``hooks/serve_rebuild.py`` decides in ``on_nav`` which pages a dirty build (``make serve``) renders again,
after mkdocs-static-i18n has translated the menu's titles (its digest holds them)."""
SERVE_RECORD = -1000
"""``hooks/serve_rebuild.py`` keeps the dirty build's digests after every other ``on_post_build`` handler,
the other languages' builds and the search index included, so a build that fails keeps the last record;
then the forms' PDFs printed in the background may start."""
