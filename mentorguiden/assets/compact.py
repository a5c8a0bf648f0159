"""Our own stylesheets and scripts are sent without comments and indentation.

The files in ``overrides/assets/`` are written to be read: every rule and
function has a comment saying why. A reader's browser needs none of that, and
on the decision aid's pages, the largest first load of the site, the comments
were about 6 KB of the 100 KB the issue allows (gzip). So the build writes a
compact copy of each file (rcssmin for CSS, rjsmin for JavaScript: real
tokenizers, so strings and regular expressions that contain ``/*`` or ``//``
are kept). The theme's own files are already minified (``*.min.css``,
``*.min.js``) and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]

_MINIFIED_ALREADY = (".min.css", ".min.js")


def compact(text: str, suffix: str) -> str:
    """``text`` without comments and needless white space; ``suffix`` is ``.css`` or ``.js``."""
    if suffix == ".css":
        return str(rcssmin.cssmin(text))
    if suffix == ".js":
        return str(rjsmin.jsmin(text))
    raise ValueError(f"compact: no compactor for {suffix!r} files")


def own_assets(source_dir: Path) -> Iterator[Path]:
    """Every stylesheet and script under ``source_dir`` that is not minified already, relative to it."""
    for path in sorted(source_dir.rglob("*")):
        if path.suffix in (".css", ".js") and not path.name.endswith(_MINIFIED_ALREADY):
            yield path.relative_to(source_dir)


def compact_assets(source_dir: Path, site_assets_dir: Path) -> list[Path]:
    """Write a compact copy of each of ``source_dir``'s own assets over the one in ``site_assets_dir``.

    Each copy is made from the source file, so running it twice gives the same
    result. Returns the files written, relative to ``site_assets_dir``.
    """
    written = []
    for relative in own_assets(source_dir):
        target = site_assets_dir / relative
        if target.is_file():
            source_text = (source_dir / relative).read_text(encoding="utf-8")
            target.write_text(compact(source_text, relative.suffix), encoding="utf-8")
            written.append(relative)
    return written
