"""Mentorguiden's site generation logic.

Plain functions that turn the editors' data files (``data/``) into models and
then into Markdown/HTML. Nothing here imports MkDocs except ``mkdocs_glue``,
so the logic can be tested without a build and moved to another site
generator if MkDocs is ever replaced.
"""
