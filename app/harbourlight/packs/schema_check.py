"""Checking loaded YAML against the published JSON Schemas, with kind, located messages.

The schemas in `schema/` are the single description of the file formats: the validator uses them here and
authors' editors use the copies in `content/schema/` (a test keeps the two identical).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
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
    instance = json_compatible(loaded.data)
    problems: list[Problem] = []
    for error in _validator(schema_name).iter_errors(instance):
        problems.extend(_to_problems(error, loaded))
    unique = {(p.line, p.column, p.message): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.line, p.column))
