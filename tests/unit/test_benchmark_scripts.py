"""``make bench`` runs the scripts in benchmarks/, and no test does: each must at least import, with the site's packages only.

``make bench`` installs the site's packages, not the test tools, so a
benchmark that imports pytest or a module that has moved (the agreement
package became ``mentorguiden.forms``) crashes on a fresh clone. Each script
is imported in its own process with the test-only packages hidden.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
TEST_ONLY_PACKAGES = ("pytest", "xdist", "axe_playwright_python", "fontTools", "brotli")

_IMPORT = """
import importlib.util, sys
for name in {hidden!r}:
    sys.modules[name] = None  # import fails as if the package were not installed
sys.path.insert(0, {folder!r})
spec = importlib.util.spec_from_file_location("benchmark_under_test", {script!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print("main" if callable(getattr(module, "main", None)) else "no main")
"""


@pytest.mark.parametrize("script", sorted(BENCHMARKS.glob("*.py")), ids=lambda script: script.name)
def test_benchmark_script_imports_without_the_test_tools(script: Path) -> None:
    code = _IMPORT.format(hidden=TEST_ONLY_PACKAGES, folder=str(BENCHMARKS), script=str(script))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=BENCHMARKS.parent, check=False)
    assert result.returncode == 0, result.stderr
    if script.name != "timing.py":  # the shared helpers; every other script is run by make bench
        assert result.stdout.strip() == "main", f"{script.name} has no main()"
