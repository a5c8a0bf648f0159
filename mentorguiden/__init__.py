"""Mentorguiden's site generation logic.

Plain functions that turn the editors' data files (``data/``) into models and
then into Markdown/HTML, grouped by feature (``content``, ``profile``,
``checklists``, ``agreement``, ``glossary``, ``search``) over one ``core``.
Nothing here imports MkDocs except ``mkdocs_glue``, so the logic can be
tested without a build and moved to another site generator if MkDocs is
ever replaced; ``site`` composes one build's state, ``tools`` are the
command-line tools (``python -m mentorguiden.tools.check``).
"""

import importlib as _importlib
import sys as _sys

# TEMPORARY, for mentorguiden/rules.py only (owned by the rules branch, which
# still imports the pre-package module names ``.errors`` and ``.frontmatter``).
# Delete this block when the merge remaps its imports (see arch-moves.txt).
for _old, _new in (("errors", "mentorguiden.core.errors"), ("frontmatter", "mentorguiden.core.dates")):
    _sys.modules.setdefault(f"{__name__}.{_old}", _importlib.import_module(_new))
