"""Heading anchors that read well in Danish.

Python-Markdown's default slugify drops æ, ø and å ("Tilgængelighed" becomes
"#tilgngelighed"). Editors write links to headings by hand, so anchors spell
the letters the way Danes do without them: æ → ae, ø → oe, å → aa.
"""

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def slugify(value: str, separator: str = "-") -> str:
    """``"Tilgængelighed og Digital Post"`` → ``"tilgaengelighed-og-digital-post"``."""
    ascii_text = unicodedata.normalize("NFKD", value.translate(_DANISH)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return separator.join(words)
