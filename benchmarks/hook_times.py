"""Where a build's time goes: wall time per hook and plugin handler, and optionally a cProfile summary.

Runs strict builds of the site (both languages, the agreement PDF from the
cache, as ``make serve`` and the tests do after the first build) with a
timer around every event handler MkDocs runs: our hooks, Material's plugins
and mkdocs-static-i18n. Each handler's time excludes the handlers that run
inside it (mkdocs-static-i18n builds the English site inside its
``on_post_build``), so the rows add up to the build; "MkDocs and theme" is
the rest: reading and converting Markdown and rendering the theme's templates.
Prints the median per handler over the runs, largest first.

``--cprofile N`` also profiles one more build and prints the N functions of
the project (hooks/ and mentorguiden/) and of the theme rendering with the
largest cumulative time (benchmarks/PROFILE.md keeps the figures).

    .venv/bin/python benchmarks/hook_times.py [--runs N] [--cprofile N]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import mkdocs_static_i18n.plugin as i18n_plugin
from mkdocs.config.defaults import MkDocsConfig
from timing import ROOT, quiet, timed_build

REST = "MkDocs and theme"


class HandlerTimes:
    """Exclusive wall time per (origin, event), collected over one build."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._nested: list[float] = []

    def wrap(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._nested.append(0.0)
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                inner = self._nested.pop()
                self.seconds[name] += elapsed - inner
                if self._nested:
                    self._nested[-1] += elapsed

        return timed

    def install(self, config: MkDocsConfig) -> None:
        plugins = config.plugins
        for event, methods in plugins.events.items():
            for position, method in enumerate(methods):
                origin = plugins._event_origins.get(method, "?")
                timed = self.wrap(f"{origin} on_{event}", method)
                plugins._event_origins[timed] = origin
                methods[position] = timed

    @contextmanager
    def language_builds(self) -> Iterator[None]:
        """mkdocs-static-i18n's builds of the other languages: their own work counts as MkDocs', not the plugin's."""
        original = i18n_plugin.build
        i18n_plugin.build = self.wrap(REST, original)
        try:
            yield
        finally:
            i18n_plugin.build = original


def one_build() -> dict[str, float]:
    times = HandlerTimes()
    with times.language_builds():
        total = timed_build(prepare=times.install)
    figures = dict(times.seconds)
    figures[REST] = total - sum(figures.values()) + figures.get(REST, 0.0)
    figures["total"] = total
    return figures


def print_times(runs: list[dict[str, float]]) -> None:
    names = {name for run in runs for name in run}
    medians = {name: statistics.median(run.get(name, 0.0) for run in runs) for name in names}
    total = medians.pop("total")
    print(f"Median over {len(runs)} strict build(s) of both languages (PDF from the cache): {total:.3f} s")
    for name, seconds in sorted(medians.items(), key=lambda item: -item[1]):
        if seconds >= 0.0005:
            print(f"  {seconds * 1000:8.1f} ms  {100 * seconds / total:5.1f} %  {name}")


def print_cprofile(entries: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    timed_build()
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).sort_stats("cumulative")
    stats.print_stats(r"(/hooks/|/mentorguiden/|/overrides/|templates/base\.html|jinja2/environment)", entries)
    for line in stream.getvalue().splitlines():
        if line.strip() and not line.startswith(("   Ordered", "   List reduced")):
            print(line.replace(str(ROOT) + "/", "").replace(sys.prefix + "/", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N", help="also print the top N cumulative entries")
    arguments = parser.parse_args()

    quiet()
    os.chdir(ROOT)
    timed_build()  # warm-up: imports, theme loading, and the PDF in the cache
    print_times([one_build() for _ in range(arguments.runs)])
    if arguments.cprofile:
        print_cprofile(arguments.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
