"""Mentorguiden's site generation logic.

Plain functions that turn the editors' data files (``data/``) into models and
then into Markdown/HTML, grouped by feature (``content``, ``profile``,
``checklists``, ``forms``, ``glossary``, ``search``) over one ``core``.
Nothing here imports MkDocs except ``mkdocs_glue``, so the logic can be
tested without a build and moved to another site generator if MkDocs is
ever replaced; ``site`` composes one build's state, ``tools`` are the
command-line tools (``python -m mentorguiden.tools.check``).
"""

from mentorguiden.core.editable_python import stop_if_broken

# Before any module imports the interface-text table: an editor's typo in it
# is a Danish message with the line, not a traceback (core/editable_python.py).
stop_if_broken()
