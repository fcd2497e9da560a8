"""Checking helpline phone numbers with libphonenumber, and short codes against a sourced allow-list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harbourlight.packs.helplines import DirectoryResult
from harbourlight.packs.problems import ERROR, Problem
from harbourlight.packs.safe_yaml import YamlError, load_file


@dataclass(frozen=True)
class AllowedShortCode:
    country: str
    code: str
    source: str
    note: str = ""


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def load_short_codes(path: Path, problems: list[Problem]) -> dict[tuple[str, str], AllowedShortCode]:
    allowed: dict[tuple[str, str], AllowedShortCode] = {}
    if not path.is_file():
        return allowed
    try:
        loaded = load_file(path, path.name)
    except YamlError as exc:
        problems.append(exc.problem)
        return allowed
    codes = loaded.data.get("codes", []) if isinstance(loaded.data, dict) else []
    for index, item in enumerate(codes if isinstance(codes, list) else []):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("country", "code", "source")):
            problems.append(
                loaded.problem(
                    ("codes", index),
                    "each short code needs country, code and source as text",
                    'quote them: {country: "NO", code: "116 111", source: https://…}',
                    "bad-short-code",
                )
            )
            continue
        if not item["source"].startswith(("https://", "http://")):
            problems.append(
                loaded.problem(("codes", index, "source"), "the source must be a web address", "", "bad-format")
            )
        entry = AllowedShortCode(item["country"], _digits(item["code"]), item["source"], str(item.get("note", "")))
        allowed[(entry.country, entry.code)] = entry
    return allowed


def check_number(number: str, kind: str, country: str, allowed: dict[tuple[str, str], AllowedShortCode]) -> str:
    """An empty string when the number is valid for the country, else what is wrong."""
    import phonenumbers  # heavy; only the validator needs it
    from phonenumbers import shortnumberinfo

    region = country if country != "global" else "US"
    if (country, _digits(number)) in allowed:
        return ""
    if kind == "short":
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            return f"'{number}' is not a phone number"
        if shortnumberinfo.is_valid_short_number_for_region(parsed, region):
            return ""
        return f"'{number}' is not a known short code in {country}"
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return f"'{number}' is not a phone number"
    if phonenumbers.is_valid_number(parsed):
        return ""
    return f"'{number}' is not a valid {country} phone number"


def phone_problems(result: DirectoryResult, allowed: dict[tuple[str, str], AllowedShortCode]) -> list[Problem]:
    problems = []
    for country, directory in result.countries.items():
        loaded = result.loaded[country]
        if directory.emergency:
            numbers = (directory.emergency.number, *directory.emergency.also)
            for n_index, number in enumerate(numbers):
                path = ("emergency", "number") if n_index == 0 else ("emergency", "also", n_index - 1)
                wrong = check_number(number, "short", country, allowed)
                if wrong:
                    problems.append(
                        loaded.problem(
                            path, wrong, "check it, or add it to short-codes.yaml with a source", "bad-number", ERROR
                        )
                    )
        for index, entry in enumerate(directory.entries):
            for field_name in ("phone", "sms"):
                number = getattr(entry, field_name)
                if not number:
                    continue
                kind = (
                    entry.phone_kind
                    if field_name == "phone"
                    else ("short" if len(_digits(number)) <= 6 else "national")
                )
                wrong = check_number(number, kind, country, allowed)
                if wrong:
                    problems.append(
                        loaded.problem(
                            ("entries", index, field_name),
                            wrong,
                            "check it, or add it to short-codes.yaml with a source",
                            "bad-number",
                            ERROR,
                        )
                    )
    return problems
