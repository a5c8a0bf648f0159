"""Read the editors' YAML data files and check them against their JSON Schema.

Every file in ``data/`` has a schema in ``data/schemas/`` (the same schema VS
Code uses to underline mistakes while an editor types). This module reads a
file, remembers the line of every key, and turns each problem into a Danish
message that names the file, the line, the key and what to do. Every data
file (profile, checklists, agreement) goes through ``load_data_file``.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from mentorguiden.core.errors import DataError
from mentorguiden.core.messages import did_you_mean, where
from mentorguiden.core.text_files import utf8_problem

Key = str | int
KeyPath = tuple[Key, ...]

_TYPE_NAMES = {
    "string": "en tekst",
    "integer": "et helt tal",
    "number": "et tal",
    "boolean": "ja eller nej (true/false)",
    "array": "en liste",
    "object": "en gruppe af nøgler",
    "null": "tom",
}

# PyYAML's English problem descriptions, said in Danish with a hint.
_YAML_PROBLEMS = {
    "mapping values are not allowed here": (
        "der står et kolon, hvor det ikke må stå. Sæt tekst, der indeholder kolon, i anførselstegn, og tjek indrykningen"
    ),
    "could not find expected ':'": "der mangler et kolon efter en nøgle",
    "found character '\\t' that cannot start any token": "linjen indeholder et tabulatortegn, og YAML tillader kun mellemrum",
    "found unexpected end of stream": "et anførselstegn er ikke lukket",
    "found unexpected ':'": "der står et kolon for meget",
}


class _DataLoader(yaml.SafeLoader):
    """PyYAML's safe loader, except that dates stay text.

    JSON Schema (and VS Code, which reads the same schemas) knows no date
    type: ``dato: 2024-03-15`` is the text "2024-03-15" there, so it is here
    too, and schemas check dates with a pattern.
    """


_LOADER_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FastDataLoader(_LOADER_BASE):  # type: ignore[misc]
    """The same, parsed by libyaml when PyYAML has it: many times faster on big files."""


_DataLoader.yaml_implicit_resolvers = _FastDataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class SourceMap:
    """The line (1-based) where every key and list item of a YAML document starts."""

    lines: dict[KeyPath, int]

    def line_of(self, path: KeyPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


def display_name(path: Path, root: Path) -> str:
    """The path as an editor sees it in the repository, e.g. ``data/profil.yml``."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_data_file(path: Path, schema_path: Path, *, root: Path) -> Any:
    """Read ``path`` and check it against the schema; raise ``DataError`` on any mistake."""
    data, _ = load_data_file_with_lines(path, schema_path, root=root)
    return data


def load_data_file_with_lines(
    path: Path, schema_path: Path, *, root: Path, prepare: Callable[[Any], Any] | None = None
) -> tuple[Any, SourceMap]:
    """``load_data_file``, also returning where each key is, for checks the schema cannot make.

    ``prepare`` turns the parsed data into what the schema checks, e.g. a
    year written without quotes (``dato: 2024``, a number in YAML) into text.
    """
    display = display_name(path, root)
    data, source_map = read_yaml(path, display)
    if data is None:
        raise DataError(f"{display}: filen er tom. Udfyld den, eller gendan den fra git.")
    if prepare is not None:
        data = prepare(data)
    schema_text = _read_schema(schema_path)
    passed = _PassedChecks(root / SCHEMA_CHECK_CACHE, display, data, schema_text)
    if not passed.before():
        check_against_schema(data, json.loads(schema_text), display, source_map)
        passed.remember()
    return data, source_map


SCHEMA_CHECK_CACHE = Path(".cache") / "skematjek"
"""For each data file, the hash of the content and schema it last passed its schema check with."""
_CHECKER = f"jsonschema {metadata.version('jsonschema')} {hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}"
"""The schema checker and this module as they were imported (their rules decide what passes)."""


class _PassedChecks:
    """Whether a data file passed its schema check with exactly this content and schema before.

    Checking every data file against its schema was a third of loading the
    data in each build (benchmarks/PROFILE.md), and a data file seldom
    changes between two builds. The hash covers the data as checked (types
    included: ``repr``), the schema's text, the checker's version and this
    module's code; a file that fails is checked again in every build, so its
    messages are always the current ones. One small file per data file in ``.cache/skematjek/``.
    """

    def __init__(self, folder: Path, display: str, data: Any, schema_text: str) -> None:
        digest = hashlib.sha256()
        for part in (_CHECKER, schema_text, repr(data)):
            digest.update(part.encode("utf-8") + b"\0")
        self.key = digest.hexdigest()
        self.file = folder / (hashlib.sha256(display.encode("utf-8")).hexdigest()[:24] + ".txt")

    def before(self) -> bool:
        try:
            return self.file.read_text(encoding="utf-8") == self.key
        except (OSError, UnicodeDecodeError):
            return False

    def remember(self) -> None:
        """Kept if the folder can be written; a build without it only checks again next time."""
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, prefix=".", suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as written:
                written.write(self.key)
            os.replace(temporary, self.file)
        except OSError:
            Path(temporary).unlink(missing_ok=True)


def _read_schema(schema_path: Path) -> str:
    return schema_path.read_text(encoding="utf-8")


def load_schema(schema_path: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_path.read_text(encoding="utf-8"))
    return schema


def read_yaml(path: Path, display: str) -> tuple[Any, SourceMap]:
    """Parse a YAML file, keeping the line of each key and refusing duplicate keys."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{display}: filen findes ikke. Opret den, eller ret stien til den.") from None
    if problem := utf8_problem(data, display):
        raise DataError(problem)
    return parse_yaml(data.decode("utf-8"), display)


def parse_yaml(text: str, display: str, *, first_line: int = 1) -> tuple[Any, SourceMap]:
    """Parse YAML text that starts on line ``first_line`` of the file ``display``.

    ``first_line`` is for YAML inside another file, such as a page's front
    matter, so that messages name the line in that file.
    """
    try:
        node, data = _compose(text, _FastDataLoader)
    except yaml.YAMLError:
        # libyaml words its errors differently; PyYAML's words are the ones explained in Danish.
        try:
            node, data = _compose(text, _DataLoader)
        except yaml.MarkedYAMLError as error:
            raise DataError(_yaml_syntax_message(display, error, first_line)) from None
        except yaml.YAMLError as error:
            raise DataError(f"{display}: filen kan ikke læses som YAML ({error}).") from None

    lines: dict[KeyPath, int] = {}
    problems: list[str] = []
    if node is not None:
        _map_lines(node, (), lines, problems, display, first_line - 1)
    if problems:
        raise DataError(problems)
    return data, SourceMap(lines)


def yaml_structure_problems(text: str, display: str) -> list[str]:
    """Syntax errors and keys written twice, in YAML whose values are another program's (mkdocs.yml and its tags).

    The file is only composed, not turned into values, so tags such as
    ``!!python/name:`` and ``!relative`` need no constructor.
    """
    try:
        node = yaml.compose(text, Loader=_FastDataLoader)
    except yaml.YAMLError:
        # libyaml words its errors differently; PyYAML's words are the ones explained in Danish.
        try:
            node = yaml.compose(text, Loader=_DataLoader)
        except yaml.MarkedYAMLError as error:
            return [_yaml_syntax_message(display, error)]
        except yaml.YAMLError as error:
            return [f"{display}: filen kan ikke læses som YAML ({error})."]
    problems: list[str] = []
    if node is not None:
        _map_lines(node, (), {}, problems, display)
    return problems


def config_file_problems(root: Path) -> list[str]:
    """The YAML mistakes of the editors' mkdocs.yml (syntax, a key written twice), in Danish with the line.

    A missing file is MkDocs' to report, and one that is not UTF-8 the encoding check's (``core.text_files``).
    """
    try:
        text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return yaml_structure_problems(text, "mkdocs.yml")


def _compose(text: str, loader_class: type) -> tuple[yaml.Node | None, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _yaml_syntax_message(display: str, error: yaml.MarkedYAMLError, first_line: int = 1) -> str:
    mark = error.problem_mark or error.context_mark
    where = f"{display}, linje {mark.line + first_line}" if mark else display
    problem = (error.problem or "").strip()
    explanation = _YAML_PROBLEMS.get(problem, f"YAML-fejl: {problem or error}")
    return (
        f"{where}: filen kan ikke læses som YAML – {explanation}. "
        "Ryk ind med mellemrum (ikke tabulator), skriv et kolon efter hver nøgle, "
        "og sæt tekst med kolon eller # i anførselstegn."
    )


def _map_lines(
    node: yaml.Node, path: KeyPath, lines: dict[KeyPath, int], problems: list[str], display: str, offset: int = 0
) -> None:
    # The document itself gets no line: a key missing at the top is on no line.
    if path:
        lines.setdefault(path, node.start_mark.line + 1 + offset)
    if isinstance(node, yaml.MappingNode):
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1 + offset
            if key in first_seen:
                problems.append(
                    f"{display}, linje {line}: nøglen '{format_key_path(path + (key,))}' står "
                    f"to gange (første gang i linje {first_seen[key]}). Slet den ene."
                )
                continue
            first_seen[key] = line
            lines[path + (key,)] = line
            _map_lines(value_node, path + (key,), lines, problems, display, offset)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, path + (index,), lines, problems, display, offset)


def format_key_path(path: KeyPath, data: Any = None) -> str:
    """``adresse.postnummer``; list items by their ``id`` when they have one, else ``[nr]``."""
    text = ""
    node = data
    for key in path:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and key < len(node) else None
            label = item.get("id") if isinstance(item, dict) else None
            text += f"[{label}]" if isinstance(label, str) else f"[{key + 1}]"
            node = item
        else:
            text += f".{key}" if text else key
            node = node.get(key) if isinstance(node, dict) else None
    return text or "(hele filen)"


def check_against_schema(data: Any, schema: dict[str, Any], display: str, source_map: SourceMap) -> None:
    """Raise ``DataError`` listing every way ``data`` breaks ``schema``."""
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema)
    messages = []
    for error in validator.iter_errors(data):
        for path, text in _explain(error, data):
            line = source_map.line_of(path)
            messages.append((line or 0, f"{where(display, line)}: {text}"))
    if messages:
        raise DataError([text for _, text in sorted(messages)])


def _explain(error: jsonschema.ValidationError, data: Any) -> list[tuple[KeyPath, str]]:
    """One or more (key path, Danish explanation) pairs for a schema error."""
    path: KeyPath = tuple(error.absolute_path)
    name = format_key_path(path, data)
    schema = error.schema if isinstance(error.schema, dict) else {}
    hint = f" {schema['description']}" if schema.get("description") else ""

    if error.validator == "required":
        # jsonschema says "<repr of the key> is a required property", one error per key.
        missing = ast.literal_eval(error.message.removesuffix(" is a required property"))
        described = schema.get("properties", {}).get(missing, {}).get("description", "")
        return [
            (
                path,
                f"nøglen '{format_key_path(path + (missing,), data)}' mangler. Tilføj den.{' ' + described if described else ''}",
            )
        ]
    if error.validator == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        return [
            (path + (key,), _unknown_key_message(format_key_path(path + (key,), data), key, allowed))
            for key in _instance(error)
            if key not in allowed
        ]
    if error.validator == "type":
        expected: Any = error.validator_value
        expected = expected if isinstance(expected, list) else [expected]
        wanted = " eller ".join(_TYPE_NAMES.get(str(t), str(t)) for t in expected)
        return [(path, f"'{name}' skal være {wanted}, men er {_describe_value(error.instance)}.{hint}")]
    if error.validator in ("minLength",) and error.instance == "":
        return [(path, f"'{name}' er tom. Skriv en værdi.{hint}")]
    if error.validator in ("pattern", "format", "minLength", "maxLength"):
        return [(path, f"'{name}' har ikke den rigtige form: '{error.instance}'.{hint}")]
    if error.validator in ("enum", "const"):
        options: Any = error.validator_value if error.validator == "enum" else [error.validator_value]
        listed = ", ".join(f"'{option}'" for option in options)
        return [(path, f"'{name}' skal være en af {listed}, men er '{error.instance}'.")]
    if error.validator in ("oneOf", "anyOf") and _alternative_keys(error.validator_value):
        return [(path, _alternative_keys_message(error, path, data))]
    if error.validator in ("minimum", "maximum"):
        bound = "mindst" if error.validator == "minimum" else "højst"
        return [(path, f"'{name}' skal være {bound} {error.validator_value}, men er {error.instance}.{hint}")]
    if error.validator == "minItems":
        return [(path, f"'{name}' skal have mindst {error.validator_value} punkt(er).{hint}")]
    if error.validator == "uniqueItems":
        return [(path, f"'{name}' indeholder det samme punkt flere gange.{hint}")]
    return [(path, f"'{name}' er ikke gyldig ({error.message}).{hint}")]


def _instance(error: jsonschema.ValidationError) -> Any:
    return error.instance


def _alternative_keys(alternatives: Any) -> list[str]:
    """The keys of a ``oneOf``/``anyOf`` whose every branch only requires one key, else ``[]``."""
    if not all(
        isinstance(branch, dict) and set(branch) == {"required"} and len(branch["required"]) == 1 for branch in alternatives
    ):
        return []
    return [branch["required"][0] for branch in alternatives]


def _alternative_keys_message(error: jsonschema.ValidationError, path: KeyPath, data: Any) -> str:
    keys = _alternative_keys(error.validator_value)
    listed = " eller ".join(f"'{format_key_path(path + (key,), data)}'" for key in keys)
    present = [key for key in keys if isinstance(error.instance, dict) and key in error.instance]
    if present:
        return f"brug kun én af nøglerne {listed}, ikke flere. Slet de andre."
    return f"der mangler enten nøglen {listed}. Tilføj en af dem."


def _unknown_key_message(name: str, key: str, allowed: list[str]) -> str:
    return f"ukendt nøgle '{name}'. " + did_you_mean(key, allowed, f"Tilladte nøgler her er: {', '.join(allowed)}.")


def _describe_value(value: Any) -> str:
    if value is None:
        return "tom"
    if isinstance(value, bool):
        return f"ja/nej ({str(value).lower()})"
    for python_type, schema_type in ((str, "string"), (int, "integer"), (float, "number"), (list, "array"), (dict, "object")):
        if isinstance(value, python_type):
            return _TYPE_NAMES[schema_type]
    return type(value).__name__
