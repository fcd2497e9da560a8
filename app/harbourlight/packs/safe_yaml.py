"""The one way pack and helpline YAML is read: safe, bounded, and with positions for every value.

PyYAML's safe loader alone is not enough for files from strangers: aliases can expand into huge object
graphs when walked ("billion laughs"), deep nesting exhausts the stack, and duplicate keys silently win.
So we compose the node tree, check it, then construct plain data and keep each value's line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from harbourlight.packs.problems import Problem

SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based
    raw: str = ""  # the scalar as written, for hints such as the Norway problem
    plain: bool = False  # an unquoted scalar


@dataclass
class LoadedYaml:
    """Plain data plus where each part of it stands in the file."""

    file: str
    data: Any
    positions: dict[PathKey, Position] = field(default_factory=dict)
    key_positions: dict[PathKey, Position] = field(default_factory=dict)

    def where(self, path: PathKey) -> Position:
        """The position of the value at `path`, or of its nearest parent that has one."""
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), Position(1, 1))

    def where_key(self, path: PathKey) -> Position:
        return self.key_positions.get(path) or self.where(path)

    def problem(
        self, path: PathKey, message: str, hint: str = "", code: str = "", severity: str = "error", at_key: bool = False
    ) -> Problem:
        pos = self.where_key(path) if at_key else self.where(path)
        return Problem(self.file, pos.line, pos.column, message, severity, hint, code)


class YamlError(Exception):
    """A file could not be read as safe YAML; carries a located Problem."""

    def __init__(self, problem: Problem):
        super().__init__(problem.format())
        self.problem = problem


def _mark_position(mark: Any, node: yaml.Node | None = None) -> Position:
    raw = ""
    plain = False
    if isinstance(node, yaml.ScalarNode):
        raw = str(node.value)
        plain = not node.style  # the C loader gives "" for plain scalars, the Python one None
    return Position(mark.line + 1, mark.column + 1, raw, plain)


def _check_tree(root: yaml.Node, file: str) -> None:
    """Refuse aliases, excessive depth, too many nodes and duplicate keys, before building anything."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    count = 0
    while stack:
        node, depth = stack.pop()
        count += 1
        pos = _mark_position(node.start_mark)
        if id(node) in seen:
            raise YamlError(
                Problem(
                    file,
                    pos.line,
                    pos.column,
                    "YAML anchors and aliases (& and *) are not allowed in packs",
                    hint="write the value out in full",
                    code="yaml-alias",
                )
            )
        seen.add(id(node))
        if depth > MAX_DEPTH:
            raise YamlError(
                Problem(
                    file,
                    pos.line,
                    pos.column,
                    f"the file is nested more than {MAX_DEPTH} levels deep",
                    hint="flatten the structure",
                    code="yaml-depth",
                )
            )
        if count > MAX_NODES:
            raise YamlError(
                Problem(
                    file,
                    pos.line,
                    pos.column,
                    f"the file has more than {MAX_NODES} values",
                    hint="split it into smaller files",
                    code="yaml-size",
                )
            )
        if isinstance(node, yaml.MappingNode):
            keys: dict[str, int] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key_pos = _mark_position(key_node.start_mark)
                    if key_node.value in keys:
                        raise YamlError(
                            Problem(
                                file,
                                key_pos.line,
                                key_pos.column,
                                f"key '{key_node.value}' appears twice in the same block "
                                f"(first on line {keys[key_node.value]})",
                                hint="remove or rename one of them",
                                code="duplicate-key",
                            )
                        )
                    keys[key_node.value] = key_pos.line
                stack.append((key_node, depth + 1))
                stack.append((value_node, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)


def _record_positions(root: yaml.Node, data: Any, loaded: LoadedYaml) -> None:
    stack: list[tuple[yaml.Node, Any, PathKey]] = [(root, data, ())]
    while stack:
        node, value, path = stack.pop()
        loaded.positions[path] = _mark_position(node.start_mark, node)
        if isinstance(node, yaml.MappingNode) and isinstance(value, dict):
            # Keys were checked for duplicates, so the constructed dict keeps the nodes' order.
            for (key_node, value_node), (key, child) in zip(node.value, value.items(), strict=False):
                name = key_node.value if isinstance(key, bool) and isinstance(key_node, yaml.ScalarNode) else str(key)
                child_path = (*path, name)
                loaded.key_positions[child_path] = _mark_position(key_node.start_mark, key_node)
                stack.append((value_node, child, child_path))
        elif isinstance(node, yaml.SequenceNode) and isinstance(value, list):
            for index, (child_node, child_value) in enumerate(zip(node.value, value, strict=False)):
                stack.append((child_node, child_value, (*path, index)))


def _failing_scalar(loader: Any, root: yaml.Node) -> tuple[int, int]:
    """Where the value that made construction fail is: build the scalars one by one (only on the error path)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            try:
                loader.construct_object(node, deep=True)
            except Exception:
                return node.start_mark.line + 1, node.start_mark.column + 1
        elif isinstance(node, yaml.MappingNode):
            stack.extend(child for pair in reversed(node.value) for child in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return 0, 0


def load_text(text: str, file: str) -> LoadedYaml:
    """Parse YAML text safely; raises YamlError with a located problem."""
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:  # a lone surrogate: no file on disk can hold it, but callers may pass one
        raise YamlError(
            Problem(
                file,
                text[: exc.start].count("\n") + 1,
                0,
                "the text contains a character that is not valid Unicode",
                hint="save it as UTF-8",
                code="encoding",
            )
        ) from None
    if size > MAX_FILE_BYTES:
        raise YamlError(
            Problem(
                file,
                0,
                0,
                f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                hint="split it into smaller files",
                code="file-too-large",
            )
        )
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise YamlError(
            Problem(
                file, line, 1, "the file contains a NUL byte", hint="save it as plain UTF-8 text", code="yaml-syntax"
            )
        )
    loader = SafeLoader(text)
    root: yaml.Node | None = None
    try:
        root = loader.get_single_node()
        if root is None:
            return LoadedYaml(file, None)
        _check_tree(root, file)
        data = loader.construct_document(root)
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        reason = exc.problem or exc.context or "not valid YAML"
        raise YamlError(
            Problem(
                file,
                line,
                column,
                f"YAML syntax error: {reason}",
                hint="check indentation, colons and quotes near here",
                code="yaml-syntax",
            )
        ) from None
    except yaml.reader.ReaderError as exc:  # a control character YAML does not allow
        before = text[: exc.position]
        raise YamlError(
            Problem(
                file,
                before.count("\n") + 1,
                len(before) - (before.rfind("\n") + 1) + 1,
                f"the file contains a character YAML does not allow (U+{exc.character:04X})"
                if isinstance(exc.character, int)
                else "the file contains a character YAML does not allow",
                hint="delete it, or save the file as plain UTF-8 text",
                code="yaml-syntax",
            )
        ) from None
    except Exception as exc:  # PyYAML's constructors raise almost anything on odd input (e.g. a bad !!timestamp)
        line, column = _failing_scalar(loader, root) if root is not None else (0, 0)
        raise YamlError(
            Problem(
                file,
                line,
                column,
                f"could not read this value ({type(exc).__name__})",
                hint="look for a value with an explicit !!tag or an unusual date, number or key",
                code="yaml-syntax",
            )
        ) from None
    finally:
        loader.dispose()
    loaded = LoadedYaml(file, data)
    _record_positions(root, data, loaded)
    return loaded


def load_file(path: Path, display_name: str | None = None) -> LoadedYaml:
    """Read a YAML file from disk safely; raises YamlError for any problem, never another exception."""
    name = display_name or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise YamlError(
                Problem(
                    name,
                    0,
                    0,
                    f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB",
                    hint="split it into smaller files",
                    code="file-too-large",
                )
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlError(
            Problem(name, 0, 0, f"could not read the file: {exc.strerror or exc}", code="unreadable")
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError(
            Problem(name, line, 0, "the file is not valid UTF-8 text", hint="save it as UTF-8", code="encoding")
        ) from None
    return load_text(text, name)
