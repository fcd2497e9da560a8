"""The one way pack and helpline YAML is read: safe, bounded, and with positions for every value.

PyYAML's safe loader alone is not enough for files from strangers: aliases can expand into huge object
graphs when walked ("billion laughs"), deep nesting exhausts the stack, and duplicate keys silently win.
So we compose the node tree (with libyaml's C parser when PyYAML has it), check it, then construct plain data
and keep each value's line and column.

Two ways to the same result (decision 0018): `_fast_build` checks, constructs and records positions in one walk,
but gives up on anything unusual (an alias, deep nesting, a duplicate key, a rare tag, a value that does not
construct); the careful path (`_check_tree`, PyYAML's constructor, `_record_positions`) then reads the file
again and is the one that words every error. tests/packs/test_safe_yaml_fast.py keeps the two identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import yaml

from harbourlight.packs.problems import Problem

_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's C parser when PyYAML has it


MAX_INT_TEXT = 1000  # characters of an integer scalar (see _construct_int)


def _construct_int(loader: Any, node: Any) -> int:
    """PyYAML's int, for at most MAX_INT_TEXT characters: a longer one could be too big for Python to print
    (more than 4,300 digits: every message about it would raise) or, written 1:00:00:…, take time quadratic in
    its length. A longer integer does not construct, so the careful path reports it as any bad value."""
    if len(node.value) > MAX_INT_TEXT:
        raise ValueError("integer too long")
    value: int = yaml.constructor.SafeConstructor.construct_yaml_int(loader, node)
    return value


class _PackLoader(_BaseLoader):  # type: ignore[misc]
    """The safe loader with integers of bounded length (_construct_int)."""

    yaml_constructors: ClassVar[dict[Any, Any]] = {
        **_BaseLoader.yaml_constructors,
        "tag:yaml.org,2002:int": _construct_int,
    }


class _QuickResolvingLoader(_PackLoader):
    """The safe loader, with PyYAML's `Resolver.resolve` written for the safe loader's case: no path resolvers
    and no wildcard implicit resolvers. The composer calls it for every node (~10% of reading a lesson).
    tests/packs/test_safe_yaml_fast.py checks it resolves every scalar as PyYAML does."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        if kind is yaml.SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        if kind is yaml.MappingNode:
            return self.DEFAULT_MAPPING_TAG
        return None

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


SafeLoader: type = (
    _QuickResolvingLoader
    if not _BaseLoader.yaml_path_resolvers and None not in _BaseLoader.yaml_implicit_resolvers
    else _PackLoader
)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000

PathKey = tuple[str | int, ...]


class Position(NamedTuple):
    """Where a value or key stands (a tuple: a big pack makes hundreds of thousands of them)."""

    line: int  # 1-based
    column: int  # 1-based
    raw: str = ""  # the scalar as written, for hints such as the Norway problem
    plain: bool = False  # an unquoted scalar


@dataclass
class LoadedYaml:
    """Plain data plus where each part of it stands in the file.

    The positions may be filled on first use, from the node tree the fast reader kept (`lazy_positions`): a
    valid lesson never needs them. Copies made with dataclasses.replace share the tables and the tree."""

    file: str
    data: Any
    _positions: dict[PathKey, Position] = field(default_factory=dict)
    _key_positions: dict[PathKey, Position] = field(default_factory=dict)
    _unread_tree: list[Any] = field(default_factory=list, repr=False, compare=False)  # [root node] until filled

    @property
    def positions(self) -> dict[PathKey, Position]:
        if self._unread_tree:
            _tree_positions(self._unread_tree.pop(), self._positions, self._key_positions)
        return self._positions

    @property
    def key_positions(self) -> dict[PathKey, Position]:
        if self._unread_tree:
            _tree_positions(self._unread_tree.pop(), self._positions, self._key_positions)
        return self._key_positions

    def where(self, path: PathKey) -> Position:
        """The position of the value at `path`, or of its nearest parent that has one."""
        positions = self.positions
        while path:
            if path in positions:
                return positions[path]
            path = path[:-1]
        return positions.get((), Position(1, 1))

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


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
# Scalars the fast walk builds with PyYAML's own safe constructors; any other tag goes the careful way.
_SCALAR_TAGS = {
    tag: _PackLoader.yaml_constructors[tag]
    for tag in (f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp"))
}


_UNUSUAL = object()  # what _fast_build returns when the careful path must read the file


def _fast_build(loader: Any, root: Any, may_alias: bool) -> Any:
    """Check and construct in one walk, for files with nothing unusual in them; positions come from
    `_tree_positions`.

    Returns _UNUSUAL (build nothing) on anything `_check_tree`, the constructor or `_record_positions` would
    treat specially (and on keys that are not plain text), so the careful path can raise its located error or
    build the odd value: the same data and positions either way. `may_alias` is False when the text has no '&',
    so no node can appear twice.
    """
    scalar_node, mapping_node, sequence_node = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
    scalar_tags, str_tag, map_tag, seq_tag = _SCALAR_TAGS, _STR_TAG, _MAP_TAG, _SEQ_TAG
    seen: set[int] = set()
    count = 0

    def scalar(node: Any) -> Any:
        tag = node.tag
        if tag == str_tag:
            return node.value
        construct = scalar_tags.get(tag)
        if construct is None:
            raise LookupError(tag)
        return construct(loader, node)

    root_type = type(root)
    if root_type is scalar_node:
        try:
            return scalar(root)
        except Exception:
            return _UNUSUAL
    if root_type is mapping_node and root.tag == map_tag:
        data: Any = {}
    elif root_type is sequence_node and root.tag == seq_tag:
        data = []
    else:
        return _UNUSUAL
    stack: list[tuple[Any, Any, int]] = [(root, data, 1)]
    try:
        while stack:
            node, container, depth = stack.pop()
            count += 1
            if may_alias:
                if id(node) in seen:
                    return _UNUSUAL
                seen.add(id(node))
            if depth >= MAX_DEPTH or count > MAX_NODES:  # children would be deeper than MAX_DEPTH
                return _UNUSUAL
            child_depth = depth + 1
            if type(node) is mapping_node:
                for key_node, value_node in node.value:
                    # Only text keys (a key such as 1, yes or 2026-01-01 goes the careful way), so a key seen
                    # before in this mapping is a duplicate.
                    if type(key_node) is not scalar_node or key_node.tag != str_tag:
                        return _UNUSUAL
                    name = key_node.value
                    if name in container:
                        return _UNUSUAL
                    value_type = type(value_node)
                    if may_alias:
                        if id(key_node) in seen:
                            return _UNUSUAL
                        seen.add(id(key_node))
                        if value_type is scalar_node:  # a mapping or list is checked when taken from the stack
                            if id(value_node) in seen:
                                return _UNUSUAL
                            seen.add(id(value_node))
                    if value_type is scalar_node:
                        count += 2
                        container[name] = value_node.value if value_node.tag == str_tag else scalar(value_node)
                        continue
                    count += 1
                    if value_type is mapping_node and value_node.tag == map_tag:
                        child: Any = {}
                    elif value_type is sequence_node and value_node.tag == seq_tag:
                        child = []
                    else:
                        return _UNUSUAL
                    container[name] = child
                    stack.append((value_node, child, child_depth))
            else:
                for item_node in node.value:
                    item_type = type(item_node)
                    if item_type is scalar_node:
                        count += 1
                        if may_alias:
                            if id(item_node) in seen:
                                return _UNUSUAL
                            seen.add(id(item_node))
                        container.append(item_node.value if item_node.tag == str_tag else scalar(item_node))
                        continue
                    if item_type is mapping_node and item_node.tag == map_tag:
                        child = {}
                    elif item_type is sequence_node and item_node.tag == seq_tag:
                        child = []
                    else:
                        return _UNUSUAL
                    container.append(child)
                    stack.append((item_node, child, child_depth))
    except Exception:  # a scalar that does not construct (a bad date, an unknown tag): the careful path words it
        return _UNUSUAL
    if count > MAX_NODES:
        return _UNUSUAL
    return data


def _tree_positions(root: Any, positions: dict[PathKey, Position], key_positions: dict[PathKey, Position]) -> None:
    """Every value's and key's position, for a tree `_fast_build` accepted (so every key is plain text): what
    `_record_positions` records for it."""
    scalar_node, mapping_node = yaml.ScalarNode, yaml.MappingNode
    new, P = tuple.__new__, Position  # Position(...) without the NamedTuple's Python-level __new__
    mark = root.start_mark
    if type(root) is scalar_node:
        positions[()] = new(P, (mark.line + 1, mark.column + 1, root.value, not root.style))
        return
    positions[()] = new(P, (mark.line + 1, mark.column + 1, "", False))
    stack: list[tuple[Any, PathKey]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if type(node) is mapping_node:
            pairs: Any = ((key_node.value, key_node, value_node) for key_node, value_node in node.value)
        else:
            pairs = ((index, None, item) for index, item in enumerate(node.value))
        for name, key_node, value_node in pairs:
            child_path = (*path, name)
            if key_node is not None:
                mark = key_node.start_mark
                key_positions[child_path] = new(P, (mark.line + 1, mark.column + 1, name, not key_node.style))
            mark = value_node.start_mark
            if type(value_node) is scalar_node:
                value = (mark.line + 1, mark.column + 1, value_node.value, not value_node.style)
                positions[child_path] = new(P, value)
            else:
                positions[child_path] = new(P, (mark.line + 1, mark.column + 1, "", False))
                stack.append((value_node, child_path))


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


def load_text(text: str, file: str, fast: bool = True, lazy_positions: bool = False) -> LoadedYaml:
    """Parse YAML text safely; raises YamlError with a located problem. `fast=False` takes the careful path
    even for ordinary files (tests check that both give the same). `lazy_positions`: find positions only when
    asked for (the result then holds the file's node tree, so don't keep it long)."""
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
        built = _fast_build(loader, root, may_alias="&" in text) if fast else _UNUSUAL
        if built is not _UNUSUAL:
            if lazy_positions:
                return LoadedYaml(file, built, _unread_tree=[root])
            fast_loaded = LoadedYaml(file, built)
            _tree_positions(root, fast_loaded._positions, fast_loaded._key_positions)
            return fast_loaded
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


def load_file(path: Path, display_name: str | None = None, lazy_positions: bool = False) -> LoadedYaml:
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
    return load_text(text, name, lazy_positions=lazy_positions)
