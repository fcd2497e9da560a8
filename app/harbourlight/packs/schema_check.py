"""Checking loaded YAML against the published JSON Schemas, with kind, located messages.

The schemas in `schema/` are the single description of the file formats: the validator uses them here and
authors' editors use the copies in `content/schema/` (a test keeps the two identical).

Most files are valid, so each schema is also compiled once into a plain-Python acceptor (`_acceptor`) that only
answers "valid or not", ~20× faster than walking the schema with `jsonschema`. Only a file it does not accept
goes through `jsonschema`, which finds and words the errors exactly as before. The acceptor implements just
the keywords our schemas use; a schema with any other keyword gets no acceptor (and is always checked the slow
way). tests/packs/test_schema_acceptor.py checks that both agree on thousands of damaged files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import numbers
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from harbourlight.packs.problems import Problem
from harbourlight.packs.safe_yaml import LoadedYaml

SCHEMA_NAMES = ("pack", "lesson", "helplines")
_IMPLICIT_BOOLEANS = {"yes", "no", "on", "off", "y", "n", "true", "false"}

_PATTERN_HINTS = {
    "^[a-z0-9][a-z0-9-]*$": "use lowercase letters, digits and hyphens, e.g. 'my-lesson-1'",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "write dates as YYYY-MM-DD, e.g. 2026-11-23",
    r"^[0-9]+\.[0-9]+\.[0-9]+$": "use a version like 1.0.0",
    "^[A-Z]{2}$": 'use a two-letter ISO 3166 country code in capitals, in quotes: "NO"',
    "^https://[^\\s]+$": "links must be complete addresses starting with https://",
    "^https?://[^\\s]+$": "write the complete address of the page, starting with https://",
    "^[0-9+()\\- ]{2,25}$": "write the number as dialled, in quotes, with digits, spaces, + ( ) and - only",
    "^[a-z]{2,3}([_-][A-Za-z0-9]+)*$": "use a language code such as en, nb or ar",
}
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a block of keys",
}


@cache
def schema(name: str) -> dict[str, Any]:
    text = resources.files("harbourlight.packs").joinpath("schema", f"{name}.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name))


Accept = Callable[[Any], bool]
# Keywords that never make an instance invalid here (`format` only annotates without a format checker).
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "$defs", "title", "description", "format", "default", "examples"}
)
_TYPE_TESTS: dict[str, Accept] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    # As jsonschema's Draft 2020-12 type checker: bools are not numbers, 3.0 is an integer.
    "integer": lambda x: (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer()),
    "number": lambda x: isinstance(x, numbers.Number) and not isinstance(x, bool),
}


_TEXT_KEYWORDS = frozenset({"type", "minLength", "pattern", "enum"})


class _Unsupported(Exception):
    """The schema uses something the acceptor does not implement; jsonschema does all the checking."""


class _Undecided(Exception):
    """The instance has a mapping key that is not text (json_compatible would turn it into text, perhaps
    merging two keys): jsonschema decides. Raised, not answered False, as "False" would mean "condition not met"
    inside an `if`."""


def _text_keys_only(x: dict[Any, Any]) -> bool:
    for key in x:
        if type(key) is not str:
            raise _Undecided
    return True


def _compile_acceptor(root: dict[str, Any]) -> Accept:
    """A function that says whether `jsonschema` would find no errors in an instance, for the subset of Draft
    2020-12 our schemas use. It takes data as YAML gives it: dates count as their ISO text (as json_compatible
    makes them); it raises _Undecided on a mapping key that is not text."""
    compiled_refs: dict[str, Accept] = {}

    def reference(ref: str) -> Accept:
        if not ref.startswith("#/$defs/") or "/" in ref[8:] or ref[8:] not in root.get("$defs", {}):
            raise _Unsupported(ref)
        name = ref[8:]
        if name not in compiled_refs:
            compiled_refs[name] = lambda x: compiled_refs[name](x)  # placeholder while compiling (recursion)
            compiled_refs[name] = compile_schema(root["$defs"][name], nested=True)
        return lambda x: compiled_refs[name](x)

    def compile_schema(schema: Any, nested: bool) -> Accept:
        if schema is True:
            return lambda x: True
        if schema is False:
            return lambda x: False
        if not isinstance(schema, dict):
            raise _Unsupported(schema)
        if nested and "$id" in schema:
            raise _Unsupported("$id")
        keywords = {k for k in schema if k not in _ANNOTATIONS}
        is_text = schema.get("type") == "string" or ("type" not in schema and "enum" in schema)
        if keywords and keywords <= _TEXT_KEYWORDS and is_text:
            return compile_text(schema)
        checks: list[Accept] = []
        for keyword, rule in schema.items():
            if keyword in _ANNOTATIONS or keyword in ("then", "else"):
                continue
            checks.append(compile_keyword(keyword, rule, schema))
        if ("required" in schema or "dependentRequired" in schema) and not (
            "properties" in schema or "additionalProperties" in schema
        ):
            checks.append(lambda x: not isinstance(x, dict) or _text_keys_only(x))
        if not checks:
            return lambda x: True
        date = dt.date

        def accept(x: Any) -> bool:
            if isinstance(x, date):
                x = x.isoformat()
            for check in checks:  # noqa: SIM110 - a loop is faster than all() over a generator here
                if not check(x):
                    return False
            return True

        return accept

    def compile_text(schema: dict[str, Any]) -> Accept:
        """The commonest schemas (a text, an id, a choice) as one function instead of one per keyword."""
        if schema.get("type", "string") != "string":
            raise _Unsupported(schema["type"])
        choices = schema.get("enum")
        if choices is not None and not all(isinstance(c, str) for c in choices):
            raise _Unsupported("enum")
        allowed = None if choices is None else frozenset(choices)
        min_length = schema.get("minLength", 0)
        search = re.compile(schema["pattern"]).search if "pattern" in schema else None
        date = dt.date

        def accept(x: Any) -> bool:
            if not isinstance(x, str):
                if not isinstance(x, date):
                    return False
                x = x.isoformat()
            if len(x) < min_length or (search is not None and search(x) is None):
                return False
            return allowed is None or x in allowed

        return accept

    def compile_keyword(keyword: str, rule: Any, schema: dict[str, Any]) -> Accept:
        if keyword == "type":
            if not isinstance(rule, str) or rule not in _TYPE_TESTS:
                raise _Unsupported(rule)
            return _TYPE_TESTS[rule]
        if keyword in ("enum", "const"):
            choices = rule if keyword == "enum" else [rule]
            if not all(isinstance(c, str) for c in choices):
                raise _Unsupported(keyword)  # jsonschema's equality of numbers, bools and lists is subtler
            allowed = frozenset(choices)
            return lambda x: isinstance(x, str) and x in allowed
        if keyword == "pattern":
            search = re.compile(rule).search
            return lambda x: not isinstance(x, str) or search(x) is not None
        if keyword == "minLength":
            return lambda x: not isinstance(x, str) or len(x) >= rule
        if keyword == "minItems":
            return lambda x: not isinstance(x, list) or len(x) >= rule
        if keyword == "maxItems":
            return lambda x: not isinstance(x, list) or len(x) <= rule
        if keyword in ("minimum", "maximum"):
            if not isinstance(rule, (int, float)) or isinstance(rule, bool):
                raise _Unsupported(keyword)
            is_number = _TYPE_TESTS["number"]
            if keyword == "minimum":  # written as jsonschema does, so NaN passes both
                return lambda x: not is_number(x) or not x < rule
            return lambda x: not is_number(x) or not x > rule
        if keyword == "required":
            names = tuple(rule)

            def required(x: Any) -> bool:
                if isinstance(x, dict):
                    for name in names:
                        if name not in x:
                            return False
                return True

            return required
        if keyword == "dependentRequired":
            pairs = tuple((key, tuple(needs)) for key, needs in rule.items())
            return lambda x: (
                not isinstance(x, dict) or all(key not in x or all(n in x for n in needs) for key, needs in pairs)
            )
        if keyword in ("properties", "additionalProperties"):
            if "patternProperties" in schema:
                raise _Unsupported("patternProperties")
            if keyword == "additionalProperties" and "properties" in schema:
                return lambda x: True  # checked together with "properties"
            return compile_properties(schema.get("properties", {}), schema.get("additionalProperties", True))
        if keyword == "items":
            if "prefixItems" in schema:
                raise _Unsupported("prefixItems")
            item = compile_schema(rule, nested=True)

            def items(x: Any) -> bool:
                if isinstance(x, list):
                    for each in x:
                        if not item(each):
                            return False
                return True

            return items
        if keyword in ("allOf", "anyOf"):
            if keyword == "allOf" and (dispatch := compile_dispatch(rule)) is not None:
                return dispatch
            parts = tuple(compile_schema(sub, nested=True) for sub in rule)
            if keyword == "allOf":
                return lambda x: all(part(x) for part in parts)
            return lambda x: any(part(x) for part in parts)
        if keyword == "if":
            condition = compile_schema(rule, nested=True)
            then = compile_schema(schema.get("then", True), nested=True)
            otherwise = compile_schema(schema.get("else", True), nested=True)
            return lambda x: then(x) if condition(x) else otherwise(x)
        if keyword == "$ref":
            return reference(rule)
        raise _Unsupported(keyword)

    def compile_properties(properties: dict[str, Any], additional: Any) -> Accept:
        known = {name: compile_schema(sub, nested=True) for name, sub in properties.items()}
        if additional is True or additional == {}:

            def accept_known(x: Any) -> bool:
                if isinstance(x, dict):
                    for key, value in x.items():
                        if type(key) is not str:
                            raise _Undecided
                        check = known.get(key)
                        if check is not None and not check(value):
                            return False
                return True

            return accept_known
        extra = None if additional is False else compile_schema(additional, nested=True)

        def accept(x: Any) -> bool:
            if isinstance(x, dict):
                for key, value in x.items():
                    if type(key) is not str:
                        raise _Undecided
                    check = known.get(key, extra)
                    if check is None or not check(value):
                        return False
            return True

        return accept

    def compile_dispatch(branches: list[Any]) -> Accept | None:
        """allOf: [{if: {properties: {kind: {const: story}}, required: [kind]}, then: …}, …] — one `then` per
        value of one key — as a lookup of that key's value instead of testing every `if`."""
        key = None
        thens: dict[str, list[Accept]] = {}
        for branch in branches:
            condition = branch.get("if") if isinstance(branch, dict) and set(branch) == {"if", "then"} else None
            if not isinstance(condition, dict) or set(condition) != {"properties", "required"}:
                return None
            properties = condition["properties"]
            if not isinstance(properties, dict) or len(properties) != 1 or condition["required"] != list(properties):
                return None
            [(name, rule)] = properties.items()
            if key not in (None, name) or not isinstance(rule, dict) or set(rule) != {"const"}:
                return None
            if not isinstance(rule["const"], str):
                return None
            key = name
            thens.setdefault(rule["const"], []).append(compile_schema(branch["then"], nested=True))
        if key is None:
            return None
        every_then = [then for group in thens.values() for then in group]
        date = dt.date

        def dispatch(x: Any) -> bool:
            if not isinstance(x, dict):  # every `if` holds for a non-mapping
                return all(then(x) for then in every_then)
            _text_keys_only(x)
            if key not in x:
                return True
            value = x[key]
            if isinstance(value, date):
                value = value.isoformat()
            return not isinstance(value, str) or all(then(x) for then in thens.get(value, ()))

        return dispatch

    return compile_schema(root, nested=False)


@cache
def _acceptor(name: str) -> Accept | None:
    try:
        return _compile_acceptor(schema(name))
    except _Unsupported:
        return None


def _accepts(name: str, data: Any) -> bool:
    """True when jsonschema is sure to find no errors (the compiled acceptor says so)."""
    accept = _acceptor(name)
    try:
        return accept is not None and accept(data)
    except _Undecided:
        return False


def json_compatible(value: Any) -> Any:
    """YAML dates become ISO text so the schema (and JSON tools) see what the author wrote."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: json_compatible(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_compatible(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a block of keys"
    if value is None:
        return "empty"
    return type(value).__name__


def _did_you_mean(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _field_name(path: tuple[str | int, ...]) -> str:
    named = [p for p in path if isinstance(p, str)]
    return named[-1] if named else "value"


def _to_problems(error: ValidationError, loaded: LoadedYaml) -> list[Problem]:
    path = tuple(error.absolute_path)
    field = _field_name(path)
    kind = str(error.validator)
    rule: Any = error.validator_value
    instance: Any = error.instance
    subschema: Any = error.schema
    message = error.message
    if kind == "additionalProperties" and isinstance(instance, dict):
        allowed = sorted(subschema.get("properties", {}))
        out = []
        for key in instance:
            if key not in allowed:
                hint = _did_you_mean(str(key), allowed) or "allowed keys: " + ", ".join(allowed)
                out.append(loaded.problem((*path, str(key)), f"unknown key '{key}'", hint, "unknown-key", at_key=True))
        return out
    if kind == "required":
        missing = str(rule[0]) if rule else ""
        missing = next((m for m in rule if m not in instance), missing)
        where = f"in '{field}'" if path else "in this file"
        return [
            loaded.problem(path, f"missing required field '{missing}' {where}", f"add '{missing}:'", "missing-field")
        ]
    if kind == "type":
        expected = rule if isinstance(rule, str) else rule[0]
        pos = loaded.where(path)
        hint = ""
        if isinstance(instance, bool) and pos.plain and pos.raw.lower() in _IMPLICIT_BOOLEANS:
            hint = f'YAML reads an unquoted {pos.raw} as true/false; write "{pos.raw}" in quotes'
        elif isinstance(instance, (int, float)) and expected == "string":
            hint = f'put it in quotes: "{pos.raw or instance}"'
        elif instance is None:
            hint = "fill it in or remove the key"
        message = f"'{field}' should be {_TYPE_WORDS.get(expected, expected)}, not {_describe(instance)}"
        return [loaded.problem(path, message, hint, "wrong-type")]
    if kind == "enum" or kind == "const":
        choices = [str(c) for c in (rule if kind == "enum" else [rule])]
        hint = _did_you_mean(str(instance), choices) or "choose one of: " + ", ".join(choices)
        return [loaded.problem(path, f"'{instance}' is not a known value for '{field}'", hint, "unknown-value")]
    if kind == "pattern":
        hint = _PATTERN_HINTS.get(str(rule), "")
        return [loaded.problem(path, f"'{instance}' is not valid for '{field}'", hint, "bad-format")]
    if kind == "minLength":
        return [loaded.problem(path, f"'{field}' is empty", "write the text or remove the key", "empty")]
    if kind == "minItems":
        n = rule
        return [loaded.problem(path, f"'{field}' needs at least {n} item{'s' if n != 1 else ''}", "", "too-few")]
    if kind == "maxItems":
        return [loaded.problem(path, f"'{field}' has more than {rule} items", "", "too-many")]
    if kind in ("minimum", "maximum"):
        bound = "at least" if kind == "minimum" else "at most"
        return [loaded.problem(path, f"'{field}' must be {bound} {rule}", "", "out-of-range")]
    if kind == "dependentRequired" and isinstance(instance, dict):
        for key, needs in rule.items():
            absent = [n for n in needs if key in instance and n not in instance]
            if absent:
                hint = (
                    "describe the picture for people who cannot see it" if absent[0] == "alt" else f"add '{absent[0]}:'"
                )
                return [
                    loaded.problem(
                        (*path, key), f"'{key}' needs '{absent[0]}' beside it", hint, "missing-field", at_key=True
                    )
                ]
    if kind == "anyOf" and instance is None:
        return [loaded.problem(path, f"'{field}' is empty", "fill it in or remove the key", "empty")]
    if kind == "anyOf":
        options = [" and ".join(sub.get("required", [])) for sub in rule]
        return [
            loaded.problem(path, f"'{field}' needs " + " or ".join(f"'{o}'" for o in options if o), "", "missing-field")
        ]
    return [loaded.problem(path, f"'{field}': {message}", "", "schema")]


def check(loaded: LoadedYaml, schema_name: str) -> list[Problem]:
    """Every schema problem in a loaded file, in file order."""
    if _accepts(schema_name, loaded.data):
        return []
    instance = json_compatible(loaded.data)
    problems: list[Problem] = []
    for error in _validator(schema_name).iter_errors(instance):
        problems.extend(_to_problems(error, loaded))
    unique = {(p.line, p.column, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.line, p.column))
