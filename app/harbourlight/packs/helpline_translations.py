"""Translating the helpline directory's child-facing texts with gettext catalogs: DIR/locales/<lang>.po.

Only what a child or parent reads is translated: each entry's `hours`, `cost` and `notes` and the emergency number's
`notes`. Names of organisations, numbers and addresses stay as written. msgctxt is "<CC>/<entry-id>/<field>" or
"<CC>/emergency/notes", so a translation survives edits elsewhere in the file. Catalog reading and the rules
(a translation is used only when it is not fuzzy and was made for the current English text) are those of
packs/translations.py; a text without a usable translation stays as written.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError

from harbourlight.packs import translations
from harbourlight.packs.helplines import NON_COUNTRY_FILES
from harbourlight.packs.problems import WARNING, Problem
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError, load_file
from harbourlight.packs.translations import PackText, PackTranslation, render

TEMPLATE = "helplines.pot"
ENTRY_FIELDS = ("hours", "cost", "notes")
WHAT = {"hours": "opening hours of", "cost": "what it costs to contact", "notes": "note on"}
HEADER = (
    "# Child-facing texts of the Harbourlight helpline directory, for translators.\n"
    "# msgctxt is <country>/<entry id>/<field>; the comment says which country and what the text is.\n"
    "# Keep names of organisations, phone numbers, web addresses and times exactly as they are.\n"
    "#"
)


def _place(data: dict[str, Any], country: str) -> str:
    return "any country (worldwide list)" if country == "global" else str(data.get("name") or country)


def _service(kind: Any) -> str:
    words = str(kind or "service").replace("-", " ")
    return f"{'an' if words[:1] in 'aeiou' else 'a'} {words}"


def _texts(data: dict[str, Any], country: str) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """(YAML path, msgctxt, text, translator comment) for every translatable text of one country file."""
    place = _place(data, country)
    emergency = data.get("emergency")
    if isinstance(emergency, dict) and isinstance(emergency.get("notes"), str) and emergency["notes"].strip():
        comment = f"note on the emergency number in {place}"
        yield ("emergency", "notes"), f"{country}/emergency/notes", emergency["notes"], comment
    entries = data.get("entries")
    for index, entry in enumerate(entries if isinstance(entries, list) else ()):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        service = _service(entry.get("kind"))
        for name in ENTRY_FIELDS:
            text = entry.get(name)
            if isinstance(text, str) and text.strip():
                comment = f"{WHAT[name]} {service} in {place}"
                yield ("entries", index, name), f"{country}/{entry['id']}/{name}", text, comment


def _country_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.glob("*.yaml")) if p.stem not in NON_COUNTRY_FILES]


def file_texts(loaded: LoadedYaml, country: str) -> list[PackText]:
    data = loaded.data if isinstance(loaded.data, dict) else {}
    return [
        PackText(context, text, comment, loaded.file, loaded.where(path).line)
        for path, context, text, comment in _texts(data, country)
    ]


def directory_texts(folder: Path) -> list[PackText]:
    """Every translatable text of the directory, country files by name; broken files are skipped (`check`
    reports them)."""
    found: list[PackText] = []
    for path in _country_files(folder):
        try:
            loaded = load_file(path, path.name)
        except YamlError:
            continue
        country = loaded.data.get("country") if isinstance(loaded.data, dict) else None
        found += file_texts(loaded, str(country or path.stem))
    return found


def _catalog(folder: Path, language: str | None) -> Catalog:
    catalog = translations._catalog(folder, language)  # the pack catalog's settings, with our own header
    catalog.header_comment = HEADER
    catalog.msgid_bugs_address = "the Harbourlight content team"
    return catalog


def template(folder: Path) -> Catalog:
    catalog = _catalog(folder, None)
    for text in directory_texts(folder):
        catalog.add(text.text, None, [(text.file, text.line)], auto_comments=[text.comment], context=text.context)
    return catalog


def catalog_file(folder: Path, language: str) -> Path:
    return folder / "locales" / f"{language}.po"


def catalog_languages(folder: Path, extra: list[str] | None = None) -> list[str]:
    return sorted({p.stem for p in (folder / "locales").glob("*.po")} | set(extra or []))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)  # a reader never sees half a catalog


def write_template(folder: Path) -> Path:
    path = folder / "locales" / TEMPLATE
    _write(path, render(template(folder)))
    return path


def _existing(path: Path, language: str) -> Catalog:
    if not path.is_file():
        return _catalog(path.parent.parent, language)
    with path.open("rb") as handle:
        return translations.read_catalog(handle, locale=language, abort_invalid=False)


def update_catalogs(folder: Path, languages: list[str]) -> list[Path]:
    """Merge the current texts into each DIR/locales/<lang>.po (created when missing). Translations are kept; one
    whose English text changed is marked fuzzy, which the loader does not use."""
    fresh = template(folder)
    paths = [catalog_file(folder, language) for language in languages]
    for language, path in zip(languages, paths, strict=True):
        catalog = _existing(path, language)
        catalog.update(fresh)
        _write(path, render(catalog))
    return paths


def _display(folder: Path, path: Path, label: str) -> str:
    relative = path.relative_to(folder).as_posix()
    return f"{label}/{relative}" if label else relative


def _unreadable(display: str, exc: Exception) -> Problem:
    line = exc.lineno + 1 if isinstance(exc, PoFileError) else 0
    message = f"cannot read helpline translations: {exc}; the directory is shown as written"
    return Problem(display, line, 0, message, WARNING, "check the .po syntax", "bad-po")


_UNREADABLE = translations.UNREADABLE


def load_translation(folder: Path, language: str, problems: list[Problem], label: str = "") -> PackTranslation | None:
    """The usable translations for `language` (or its base language: pt_BR → pt); a broken catalog is a located
    warning and no translation, so the directory loads as written."""
    candidates = dict.fromkeys([language, language.replace("-", "_").split("_")[0]])
    path = next((p for p in (catalog_file(folder, c) for c in candidates) if p.is_file()), None)
    if path is None:
        return None
    display = _display(folder, path, label)
    try:
        raw = path.read_bytes()
        strings = translations._usable_strings_fast(raw)
        if strings is None:
            with path.open("rb") as handle:
                strings = translations._usable_strings(translations.read_catalog(handle))
    except _UNREADABLE as exc:
        problems.append(_unreadable(display, exc))
        return None
    return PackTranslation(path.stem, strings, display)


def _numbers(text: str) -> set[str]:
    """The numbers in a text (any script's digits), leaving out zeros so "14:00" and "14" agree: written in ASCII
    digits without leading zeros, as text (Python will not read more than 4,300 digits as an int)."""
    found = {"".join(str(unicodedata.decimal(c)) for c in digits).lstrip("0") for digits in re.findall(r"\d+", text)}
    found.discard("")
    return found


def _listed(numbers: set[str]) -> str:
    """As the list of ints was printed: [110, 113]."""
    return "[" + ", ".join(sorted(numbers, key=lambda number: (len(number), number))) + "]"


def translation_problems(folder: Path, label: str = "") -> list[Problem]:
    """For `helplines check`: catalogs that cannot be read, and used translations whose numbers (phone numbers,
    ages, times) are not those of the English text."""
    current = {t.context: t.text for t in directory_texts(folder)}
    problems: list[Problem] = []
    for language in catalog_languages(folder):
        path = catalog_file(folder, language)
        display = _display(folder, path, label)
        try:
            with path.open("rb") as handle:
                catalog = translations.read_catalog(handle)
        except _UNREADABLE as exc:
            problems.append(_unreadable(display, exc))
            continue
        for message in catalog:
            context = str(message.context)
            if message.fuzzy or not message.string or current.get(context) != message.id:
                continue  # not shown, so nothing to check
            english, translated = _numbers(str(message.id)), _numbers(str(message.string))
            if english != translated:
                problems.append(
                    Problem(
                        display,
                        message.lineno or 0,
                        0,
                        f"{language}: the translation of {context} has the numbers "
                        f"{_listed(translated)}, the English text {_listed(english)}",
                        WARNING,
                        "keep phone numbers, ages and times exactly as in the English text",
                        "translation-numbers",
                    )
                )
    return problems


def translate_country(data: dict[str, Any], translation: PackTranslation) -> dict[str, Any]:
    """A copy of one country file's data with each text replaced by its translation where there is a usable one;
    the file's own data is not changed."""
    country = str(data.get("country", ""))
    result = dict(data)
    if isinstance(data.get("emergency"), dict):
        result["emergency"] = dict(data["emergency"])
    if isinstance(data.get("entries"), list):
        result["entries"] = [dict(e) if isinstance(e, dict) else e for e in data["entries"]]
    for path, context, text, _comment in _texts(data, country):
        translated = translation.lookup(context, text)
        if translated is None:
            continue
        target: Any = result
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = translated
    return result


def translation_stats(folder: Path, languages: list[str]) -> dict[str, tuple[int, int]]:
    """Language → (texts with a usable translation, all texts)."""
    texts = [(t.context, t.text) for t in directory_texts(folder)]

    def usable(translation: PackTranslation | None) -> int:
        return 0 if translation is None else sum(translation.lookup(*text) is not None for text in texts)

    return {language: (usable(load_translation(folder, language, [])), len(texts)) for language in languages}
