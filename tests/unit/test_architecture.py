"""The shape of the code: no import cycles, one boundary to MkDocs, and hooks whose order does not matter.

The first two read the source (every ``import``, also those inside
functions); they need no build. The last builds the site with the hooks
listed in reverse order and compares it with the normal build.
"""

from __future__ import annotations

import ast
import difflib
import importlib.util
import re
from pathlib import Path

import pytest
from conftest import PUBLISHED_URL, ROOT

from mentorguiden.core.errors import DataError
from mentorguiden.mkdocs_glue import PluginError, hook_event
from mentorguiden.mkdocs_glue.project import BUILD_STOPPED, HOOK_EVENT_MARK
from mentorguiden.tools.mkdocs_run import run_mkdocs_build

PACKAGE = ROOT / "mentorguiden"
HOOKS = ROOT / "hooks"
BOUNDARY = "mentorguiden.mkdocs_glue"
SITE_GENERATOR_PACKAGES = ("mkdocs", "material", "mkdocs_static_i18n", "markdown_include")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def python_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def imported_modules(path: Path, package: str | None = None) -> set[str]:
    """Every module ``path`` imports, anywhere in the file, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    if package is None:
        package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # ``from package import module`` imports the module.
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def package_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in python_files(PACKAGE)}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in imported_modules(path):
            # ``a.b.c`` imported means a.b.c if it is a module of ours, else its package.
            while imported and imported not in modules:
                imported = imported.rpartition(".")[0]
            if imported and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as ``[a, b, …, a]``, or None. A package's ``__init__`` is not its children's parent here."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            # Importing ``a.b`` runs ``a/__init__`` first; that edge is implied, not checked.
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_lazy_import_cycle(tmp_path):
    module = tmp_path / "x.py"
    module.write_text("def f():\n    from mentorguiden.core import errors\n", encoding="utf-8")
    assert "mentorguiden.core.errors" in imported_modules(module, package="mentorguiden")
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_package_has_no_import_cycle():
    cycle = find_cycle(package_graph())
    assert cycle is None, "Importkreds (også imports inde i funktioner tæller): " + " → ".join(cycle or [])


def site_generator_imports(path: Path) -> list[str]:
    return sorted(module for module in imported_modules(path) if module.split(".")[0] in SITE_GENERATOR_PACKAGES)


def test_only_the_glue_imports_mkdocs_material_or_i18n():
    offenders = []
    for path in python_files(PACKAGE) + python_files(HOOKS):
        name = module_name(path)
        if name == BOUNDARY or name.startswith(BOUNDARY + "."):
            continue
        offenders += [f"{path.relative_to(ROOT)}: {module}" for module in site_generator_imports(path)]
    assert not offenders, (
        "Kun mentorguiden/mkdocs_glue/ må importere mkdocs, material, mkdocs_static_i18n og markdown_include; "
        "hooks henter typerne fra mentorguiden.mkdocs_glue:\n" + "\n".join(offenders)
    )


def test_the_feature_packages_do_not_import_the_glue_or_the_tools():
    offenders = []
    for path in python_files(PACKAGE):
        name = module_name(path)
        if name.split(".")[1:2] in (["mkdocs_glue"], ["tools"]) or name in ("mentorguiden", "mentorguiden.site"):
            continue
        offenders += [
            f"{path.relative_to(ROOT)}: {module}"
            for module in imported_modules(path)
            if module.startswith((BOUNDARY, "mentorguiden.tools"))
        ]
    assert not offenders, "\n".join(offenders)


def hook_handlers() -> dict[str, object]:
    """Every ``on_<event>`` function of every file in hooks/, loaded as MkDocs loads a hook."""
    handlers = {}
    for path in python_files(HOOKS):
        spec = importlib.util.spec_from_file_location(f"architecture_test_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        handlers |= {f"{path.name}: {name}": getattr(module, name) for name in dir(module) if name.startswith("on_")}
    return handlers


def test_every_event_handler_in_the_hooks_wears_hook_event():
    """So an editor's mistake raised below any handler is a Danish message, never a traceback."""
    handlers = hook_handlers()
    assert len(handlers) >= 20, sorted(handlers)
    missing = [name for name, handler in handlers.items() if not getattr(handler, HOOK_EVENT_MARK, False)]
    assert not missing, "Sæt @hook_event() (fra mentorguiden.mkdocs_glue) på:\n" + "\n".join(missing)


def test_every_stopped_build_goes_through_build_error():
    """One error style: ``build_error`` gives every stopped build the first line mentorguiden.tools.build looks for."""
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in python_files(PACKAGE) + python_files(HOOKS)
        if path != PACKAGE / "mkdocs_glue" / "project.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "PluginError"
    ]
    assert not offenders, "Brug build_error(...) i stedet for PluginError(...):\n" + "\n".join(offenders)


def test_hook_event_turns_a_data_error_into_a_stopped_build_and_keeps_the_priority():
    @hook_event(-42)
    def on_files(files: object) -> object:
        raise DataError(["data/x.yml, linje 3: noget er galt.", "data/y.yml: også her."])

    assert on_files.mkdocs_priority == -42
    with pytest.raises(PluginError) as stopped:
        on_files(None)
    assert str(stopped.value) == f"{BUILD_STOPPED}\ndata/x.yml, linje 3: noget er galt.\ndata/y.yml: også her."
    assert stopped.value.__cause__ is None and stopped.value.__suppress_context__

    @hook_event()
    def on_config(config: object) -> object:
        return config

    assert on_config("unchanged") == "unchanged" and not hasattr(on_config, "mkdocs_priority")


def _is_empty_container(value: ast.expr | None) -> bool:
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
        return value.func.id in ("MarkerRegistry", "dict", "list", "set", "defaultdict") and not value.args
    return (isinstance(value, ast.Dict) and not value.keys) or (isinstance(value, (ast.List, ast.Set)) and not value.elts)


def test_no_module_keeps_a_registry_at_module_level():
    """A process-wide registry survives rebuilds under `mkdocs serve`: the build's state belongs in SiteState."""
    offenders = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in python_files(PACKAGE) + python_files(HOOKS)
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and _is_empty_container(node.value)
    ]
    assert not offenders, "Tom, ændrelig tilstand på modulniveau (hører hjemme i SiteState):\n" + "\n".join(offenders)


# --- The hooks' order in mkdocs.yml does not matter -----------------------------------------------


def site_text(site: Path) -> dict[str, str]:
    """Every page, the sitemap and the search indexes, as text (build dates and downloads left out)."""
    texts = {}
    for path in sorted(site.rglob("*")):
        if path.suffix in (".html", ".xml", ".json") and path.is_file():
            texts[path.relative_to(site).as_posix()] = re.sub(r"<lastmod>[^<]*</lastmod>", "", path.read_text(encoding="utf-8"))
    return texts


def test_the_site_is_the_same_with_the_hooks_in_reverse_order(site: Path, tmp_path: Path):
    hooks_section = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nhooks:\n")[1].split("\n\n")[0]
    hooks = re.findall(r"^  - (\S+)$", hooks_section, re.MULTILINE)
    assert len(hooks) > 10, hooks_section
    reversed_config = ROOT / f".mkdocs-reversed-hooks-{tmp_path.name}.yml"
    reversed_config.write_text(
        "INHERIT: mkdocs.yml\nhooks:\n" + "".join(f"  - {hook}\n" for hook in reversed(hooks)), encoding="utf-8"
    )
    try:
        result = run_mkdocs_build(
            reversed_config,
            tmp_path / "site",
            {"MENTORGUIDEN_SITE_URL": PUBLISHED_URL, "MENTORGUIDEN_SKIP_PDF": "1"},
            inherit_settings=False,
        )
    finally:
        reversed_config.unlink()
    assert result.ok, result.output
    normal, shuffled = site_text(site), site_text(result.site)
    assert sorted(normal) == sorted(shuffled)
    different = [name for name in normal if normal[name] != shuffled[name]]
    first = different[0] if different else None
    assert not different, f"{len(different)} filer er anderledes, fx {first}:\n" + "\n".join(
        list(difflib.unified_diff(normal[first].splitlines(), shuffled[first].splitlines(), lineterm="", n=0))[:20]
    )
