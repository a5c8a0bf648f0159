"""make serve: a saved file is noticed within a few hundredths of a second (``mentorguiden/mkdocs_glue/watch.py``)."""

from typing import Any

from mentorguiden.mkdocs_glue import MkDocsConfig, hook_event, watch_quickly


@hook_event()
def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    return watch_quickly(server, config)
