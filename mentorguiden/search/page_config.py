"""Point a page's search at its own language's index and at Mentorguiden's search worker.

Material reads its settings from ``<script id="__config">`` in every page:
``base`` (where ``search/search_index.json`` is fetched from, and what result
links are relative to) and ``search`` (the web worker that runs lunr). This
module rewrites those two values in the rendered HTML:

* on an English page, ``base`` becomes the English root (``en/``), so the page
  fetches ``en/search/search_index.json``, whose locations are relative to
  ``en/``: English pages only ever show English results;
* ``search`` becomes ``mentorguiden-search.js?worker=<Material's worker file>``
  in the same folder as Material's worker. The wrapper improves the query
  and then loads Material's worker, whose file name (with its hash) is read
  from Material's own template here, so it is written in one place only.
"""

from __future__ import annotations

import json
import posixpath
import re
from typing import Any

WRAPPER_WORKER = "mentorguiden-search.js"
MATERIAL_WORKER = re.compile(r"^search\.[0-9a-f]+\.min\.js$")
_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


class SearchConfigError(ValueError):
    """The page does not look the way this module expects Material 9's pages to look."""


def rewrite_search_config(html: str, language_root: str | None = None) -> str:
    """``html`` with its search settings pointed at the wrapper worker and, if given, ``language_root``.

    ``language_root`` is relative to the page and ends in ``/`` (``../../``).
    """
    match = _CONFIG_SCRIPT.search(html)
    if match is None:
        raise SearchConfigError('siden har ingen <script id="__config"> fra Material')
    config = json.loads(match.group(2))
    config["search"] = wrapper_worker_url(config.get("search", ""))
    if language_root is not None:
        if not language_root.endswith("/"):
            raise SearchConfigError(f"sprogets rod skal ende med /: {language_root!r}")
        config["base"] = language_root
    return html[: match.start(2)] + _script_json(config) + html[match.end(2) :]


def wrapper_worker_url(material_worker_url: str) -> str:
    """``…/workers/search.<hash>.min.js`` → ``…/workers/mentorguiden-search.js?worker=search.<hash>.min.js``."""
    folder, name = posixpath.split(material_worker_url)
    if not MATERIAL_WORKER.match(name):
        raise SearchConfigError(f"Materials søge-worker har et uventet navn: {material_worker_url!r}")
    return f"{folder}/{WRAPPER_WORKER}?worker={name}" if folder else f"{WRAPPER_WORKER}?worker={name}"


def search_config(html: str) -> dict[str, Any]:
    """The ``__config`` settings of a rendered page (for tests and checks)."""
    match = _CONFIG_SCRIPT.search(html)
    if match is None:
        raise SearchConfigError('siden har ingen <script id="__config"> fra Material')
    settings: dict[str, Any] = json.loads(match.group(2))
    return settings


def _script_json(value: dict[str, Any]) -> str:
    """JSON that is safe inside <script>, as Jinja's ``tojson`` writes it."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
