"""What the site reads from its Markdown extensions: markdown-include's include syntax."""

from __future__ import annotations

import re

from markdown_include.include import INC_SYNTAX


def include_syntax() -> re.Pattern[str]:
    """``{!name!}``, exactly as markdown-include finds it (its ``INC_SYNTAX``)."""
    syntax: re.Pattern[str] = INC_SYNTAX
    return syntax
