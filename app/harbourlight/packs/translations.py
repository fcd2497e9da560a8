"""Translating pack content with gettext catalogs kept inside the pack: PACK/locales/<lang>/pack.po.

Every translatable text gets a msgctxt that names where it lives — "lesson-id/step-id/field", e.g.
"b57-telling-is-brave/meet/panels/0/text" or "b57-telling-is-brave/title" — so a translation survives
edits elsewhere in the lesson. A language's catalog is applied field by field on the raw lesson data before
the lesson is built; a text without a translation keeps the pack's default language (and authors are told).
"""

from __future__ import annotations

import codecs
import copy
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import PoFileError, PoFileParser, unescape, write_po

from harbourlight.packs.problems import WARNING, Problem
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError, load_file

CATALOG = "pack.po"
TEMPLATE = "pack.pot"
# Keys whose values are ids, references, codes or paths, never text for people.
NOT_TEXT = frozenset(
    {"id", "kind", "next", "start", "band", "topics", "picture", "read_aloud", "route", "group", "source", "url"}
)
ADULT_SECTIONS = ("facilitator", "parents")
MANIFEST_TEXT = ("title", "description", "parent_pages")
PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class PackText:
    context: str  # msgctxt
    text: str
    comment: str  # for translators: band and where it appears
    file: str
    line: int


def _walk(data: Any, path: PathKey = ()) -> Iterator[tuple[PathKey, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in NOT_TEXT:
                continue
            if key == "sources" and path[:1] == ("facilitator",):
                for index, ref in enumerate(value if isinstance(value, list) else ()):
                    if isinstance(ref, dict) and isinstance(ref.get("note"), str):
                        yield (*path, key, index, "note"), ref["note"]
                continue
            yield from _walk(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _walk(value, (*path, index))
    elif isinstance(data, str) and data.strip():
        yield path, data


def _context(lesson: dict[str, Any], path: PathKey) -> str:
    """steps/3/panels/0/text → <lesson>/<step id>/panels/0/text; other fields → <lesson>/<field path>."""
    parts: list[str | int] = list(path)
    steps = lesson.get("steps")
    if len(parts) >= 2 and parts[0] == "steps" and isinstance(parts[1], int) and isinstance(steps, list):
        step = steps[parts[1]]
        parts = [str(step.get("id", parts[1])) if isinstance(step, dict) else parts[1], *parts[2:]]
    return "/".join(str(p) for p in [lesson.get("id", "?"), *parts])


def _where(lesson: dict[str, Any], path: PathKey) -> str:
    if path and path[0] in ADULT_SECTIONS:
        return "teacher notes" if path[0] == "facilitator" else "parent notes"
    if path and path[0] == "steps" and len(path) > 2 and isinstance(path[1], int):
        step = lesson["steps"][path[1]]
        return f"shown to the child: {step.get('kind', 'step')} step, {'/'.join(str(p) for p in path[2:])}"
    return f"shown to the child: lesson {'/'.join(str(p) for p in path)}"


def lesson_texts(loaded: LoadedYaml) -> list[PackText]:
    data = loaded.data
    if not isinstance(data, dict):
        return []
    band = data.get("band", "?")
    return [
        PackText(_context(data, path), text, f"band {band}; {_where(data, path)}", loaded.file, loaded.where(path).line)
        for path, text in _walk(data)
    ]


def manifest_texts(loaded: LoadedYaml) -> list[PackText]:
    data = loaded.data if isinstance(loaded.data, dict) else {}
    found = []
    for key in MANIFEST_TEXT:
        for path, text in _walk(data.get(key), (key,)):
            comment = "pack description for teachers and parents" if key != "parent_pages" else "parent guide page"
            context = "pack/" + "/".join(str(p) for p in path)
            found.append(PackText(context, text, comment, loaded.file, loaded.where(path).line))
    return found


def _read(path: Path, root: Path) -> LoadedYaml | None:
    try:
        return load_file(path, path.relative_to(root).as_posix())
    except YamlError:
        return None  # `validate` reports broken files; extraction just skips them


def pack_texts(root: Path) -> list[PackText]:
    """Every translatable text of the pack, manifest first, then lessons by file name."""
    found: list[PackText] = []
    manifest = _read(root / "pack.yaml", root)
    if manifest is not None:
        found += manifest_texts(manifest)
    for path in sorted((root / "lessons").glob("*.yaml")):
        loaded = _read(path, root)
        if loaded is not None:
            found += lesson_texts(loaded)
    return found


# --- catalogs ------------------------------------------------------------------------------------------------
HEADER = (
    "# Texts of a Harbourlight content pack, for translators.\n"
    "# msgctxt says where a text lives (lesson/step/field); the comment says the age band and who sees it.\n"
    "# Keep the meaning and the gentle tone; the readers are children and young people.\n"
    "#"
)


def _catalog(root: Path, language: str | None) -> Catalog:
    return Catalog(
        locale=language,
        header_comment=HEADER,
        project=_manifest_id(root),
        msgid_bugs_address="the pack's publisher",
        last_translator="",
        language_team=language or "",
        charset="utf-8",
        fuzzy=False,
    )


def _manifest_id(root: Path) -> str:
    loaded = _read(root / "pack.yaml", root)
    data = loaded.data if loaded is not None and isinstance(loaded.data, dict) else {}
    return str(data.get("id", root.name))


def template(root: Path) -> Catalog:
    catalog = _catalog(root, None)
    for text in pack_texts(root):
        catalog.add(text.text, None, [(text.file, text.line)], auto_comments=[text.comment], context=text.context)
    return catalog


def render(catalog: Catalog) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=120, ignore_obsolete=True)
    return buffer.getvalue().decode("utf-8")


def catalog_file(root: Path, language: str) -> Path:
    return root / "locales" / language / CATALOG


def write_template(root: Path) -> Path:
    path = root / "locales" / TEMPLATE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(template(root)), "utf-8")
    return path


def update_catalogs(root: Path, languages: list[str]) -> list[Path]:
    """Merge the current texts into each language's pack.po (created when missing); a changed source text
    keeps its old translation marked fuzzy, which the loader does not use."""
    fresh = template(root)
    written = []
    for language in languages:
        path = catalog_file(root, language)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_catalog(handle, locale=language, abort_invalid=False)
        else:
            catalog = _catalog(root, language)
        catalog.update(fresh)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(catalog), "utf-8")
        written.append(path)
    return written


@dataclass(frozen=True)
class PackTranslation:
    """One language's usable translations: msgctxt → (source text it was made for, translated text)."""

    language: str
    strings: Mapping[str, tuple[str, str]]
    file: str = ""

    def lookup(self, context: str, source: str) -> str | None:
        found = self.strings.get(context)
        return found[1] if found and found[0] == source else None


MAX_PLURAL_FORMS = 100  # gettext's languages have at most 6


class _BoundedCatalog(Catalog):
    """Babel's catalog with at most MAX_PLURAL_FORMS plural forms: Babel makes a list of `nplurals` texts for
    each plural message, so a header asking for billions would fill the memory. Translations beyond the bound
    are refused by Babel's own check ("more translations than num_plurals")."""

    @property
    def num_plurals(self) -> int:
        return min(super().num_plurals, MAX_PLURAL_FORMS)


# What reading a catalog from a pack may raise: Babel's errors, and a header naming a charset Python does not
# have or one that is not a text encoding (LookupError). Each is one located warning, never a crash.
UNREADABLE = (PoFileError, OSError, UnicodeDecodeError, ValueError, LookupError)


def read_catalog(handle: Any, locale: str | None = None, abort_invalid: bool = True) -> Catalog:
    """`read_po` for catalogs from packs (which may be hostile): the number of plural forms is bounded."""
    catalog = _BoundedCatalog(locale=locale)
    PoFileParser(catalog, abort_invalid=abort_invalid).parse(handle)
    return catalog


def load_translation(root: Path, language: str, problems: list[Problem]) -> PackTranslation | None:
    path = catalog_file(root, language)
    if not path.is_file():
        return None
    relative = path.relative_to(root).as_posix()
    try:
        strings = _usable_strings_fast(path.read_bytes())
        if strings is None:  # anything unusual: Babel reads it (and words any error)
            with path.open("rb") as handle:
                strings = _usable_strings(read_catalog(handle))
    except UNREADABLE as exc:  # one bad file must not stop the pack
        line = exc.lineno + 1 if isinstance(exc, PoFileError) else 0
        problems.append(
            Problem(relative, line, 0, f"cannot read translations: {exc}", WARNING, "check the .po syntax", "bad-po")
        )
        return None
    return PackTranslation(language, strings, relative)


def _usable_strings(catalog: Catalog) -> dict[str, tuple[str, str]]:
    return {
        str(m.context): (str(m.id), str(m.string))
        for m in catalog
        if m.id and m.context and isinstance(m.string, str) and m.string and not m.fuzzy
    }


_PO_WHITESPACE = " \t\n\r\x0b\x0c"  # what bytes.strip() removes, as Babel strips each line before decoding


def _usable_strings_fast(raw: bytes) -> dict[str, tuple[str, str]] | None:
    """`_usable_strings(read_po(...))` for an ordinary UTF-8 catalog (what `update` writes), ~5× faster; None
    for anything else (plural forms, another charset, a line Babel would refuse), which Babel then reads.

    A port of Babel 2's PoFileParser state machine (message boundaries, flags, obsolete entries, duplicate
    messages) using its own unescaping; tests/packs/test_translations_fast.py compares the two."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    header = Catalog(locale=None)  # Babel's own header handling, to see the charset it would switch to
    messages: dict[Any, list[Any]] = {}  # Babel's key → [msgid, msgctxt, msgstr, fuzzy]
    ids: list[list[str]] = []
    translations: list[list[str]] = []
    context: list[str] | None = None
    flags: list[str] = []
    obsolete = in_msgid = in_msgstr = in_msgctxt = False

    def joined(segments: list[str]) -> str:  # _NormalizedString.denormalize
        if len(segments) == 1 and "\\" not in segments[0]:
            return segments[0][1:-1]
        return "".join(map(unescape, segments))

    def finish() -> bool:
        """Add the message being read (there is one: `ids`); False where Babel would refuse the file."""
        nonlocal context, flags, obsolete, in_msgid, in_msgstr, in_msgctxt
        if not translations or len(ids) > 1:
            return False
        msgid = joined(ids[0])
        string = joined(translations[0])
        msgctxt = joined(context) if context else None
        fuzzy = "fuzzy" in flags
        if not obsolete:
            key = msgid if msgctxt is None else (msgid, msgctxt)
            if key in messages:
                messages[key][3] = messages[key][3] or fuzzy  # Babel merges flags and keeps the first string
            elif msgid == "":
                header[""] = Message("", string, flags=flags, context=msgctxt)
                if codecs.lookup(header.charset).name != "utf-8":
                    return False
            else:
                messages[key] = [msgid, msgctxt, string, fuzzy]
        ids.clear()
        translations.clear()
        context, flags = None, []
        obsolete = in_msgid = in_msgstr = in_msgctxt = False
        return True

    def continues(line: str) -> bool:
        """A '"…"' line adds to the field being read; False when no field is open (the careful reader decides)."""
        if in_msgid:
            ids[-1].append(line.strip())
        elif in_msgstr:
            translations[-1].append(line.strip())
        elif in_msgctxt and context is not None:
            context.append(line.strip())
        else:
            return False
        return True

    try:
        for whole_line in text.split("\n"):
            line = whole_line.strip(_PO_WHITESPACE)
            if not line:
                continue
            first = line[0]
            if first == '"':
                if not continues(line):
                    return None
                continue
            is_obsolete = False
            if first == "#":
                second = line[1:2]
                if second == "~":
                    line = line[2:].lstrip()
                    if not line:
                        continue
                    if line[0] == '"':  # an obsolete entry's continuation line
                        if not continues(line):
                            return None
                        continue
                    is_obsolete = True
                else:
                    if second == "-" or (ids and not finish()):
                        return None
                    if second == ":" and ("\u2068" in line or "\u2069" in line):
                        return None  # Babel may refuse unbalanced isolates in locations
                    if second == ",":
                        flags.extend(flag.strip() for flag in line[2:].lstrip().split(","))
                    continue
            keyword, _, arg = line.partition(" ")
            if keyword == "msgctxt":
                if ids and not finish():
                    return None
                obsolete = is_obsolete
                in_msgctxt = True
                context = [arg.strip()]
            elif keyword == "msgid":
                if ids and not finish():
                    return None
                obsolete = is_obsolete
                in_msgctxt, in_msgid = False, True
                ids.append([arg.strip()])
            elif keyword == "msgstr":
                obsolete = is_obsolete
                in_msgid, in_msgstr = False, True
                translations.append([arg.strip()] if arg != '""' else [])
            else:
                return None  # msgid_plural, msgstr[n] or an unknown keyword
        if ids and not finish():
            return None
    except Exception:  # e.g. a header Babel cannot take: let Babel read the file and raise its own error
        return None
    return {
        msgctxt: (msgid, string)
        for msgid, msgctxt, string, fuzzy in messages.values()
        if msgid and msgctxt and string and not fuzzy
    }


def translate_data(data: dict[str, Any], translation: PackTranslation, contexts: list[str]) -> tuple[Any, list[str]]:
    """A copy of lesson (or manifest) data with each text replaced by its translation where there is one.
    `contexts` are the msgctxts of the texts in walk order; returns the copy and the contexts left untranslated."""
    result = copy.deepcopy(data)
    missing = []
    for (path, text), context in zip(_walk(data), contexts, strict=True):
        translated = translation.lookup(context, text)
        if translated is None:
            missing.append(context)
            continue
        target: Any = result
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = translated
    return result, missing


def translate_lesson(data: dict[str, Any], translation: PackTranslation) -> tuple[dict[str, Any], list[str]]:
    contexts = [_context(data, path) for path, _text in _walk(data)]
    translated, missing = translate_data(data, translation, contexts)
    return translated, missing


_IMMUTABLE = frozenset({str, int, float, bool, type(None)})  # what deepcopy would return as it is


class _Unusual(Exception):
    """A key that is not text: translate_lesson handles it as it always has."""


def translate_lesson_counted(
    data: dict[str, Any], translation: PackTranslation
) -> tuple[dict[str, Any], list[str], int]:
    """What `translate_lesson` returns, plus how many texts there are (len(lesson_texts)), in one walk.

    The same walk as `_walk` (same texts, same order, same msgctxt as `_context`), but it copies and translates
    as it goes instead of walking three times and deep-copying; tests/packs/test_translations_fast.py compares."""
    strings = translation.strings
    missing: list[str] = []
    count = 0
    steps: Any = data.get("steps")
    lesson_id = str(data.get("id", "?"))

    def translated(text: str, context: str) -> str:
        nonlocal count
        count += 1
        found = strings.get(context)
        if found is not None and found[0] == text:
            return found[1]
        missing.append(context)
        return text

    def walk(value: Any, path: PathKey, context: str) -> Any:
        if isinstance(value, dict):
            result: dict[Any, Any] = {}
            for key, child in value.items():
                if type(key) is not str:
                    raise _Unusual
                if key in NOT_TEXT:
                    result[key] = child if type(child) in _IMMUTABLE else copy.deepcopy(child)
                elif key == "sources" and path[:1] == ("facilitator",):
                    refs = copy.deepcopy(child)
                    for index, ref in enumerate(refs if isinstance(refs, list) else ()):
                        if isinstance(ref, dict) and isinstance(ref.get("note"), str):
                            ref["note"] = translated(ref["note"], f"{context}/{key}/{index}/note")
                    result[key] = refs
                else:
                    result[key] = walk(child, (*path, key), f"{context}/{key}")
            return result
        if isinstance(value, list):
            if path == ("steps",) and value is steps:  # steps/3/… → <lesson>/<step id>/…
                return [
                    walk(
                        child,
                        ("steps", index),
                        f"{lesson_id}/{child.get('id', index) if isinstance(child, dict) else index}",
                    )
                    for index, child in enumerate(value)
                ]
            return [walk(child, (*path, index), f"{context}/{index}") for index, child in enumerate(value)]
        if isinstance(value, str):
            return translated(value, context) if value.strip() else value
        return value if type(value) in _IMMUTABLE else copy.deepcopy(value)

    try:
        result = walk(data, (), lesson_id)
    except _Unusual:
        result, missing = translate_lesson(data, translation)
        return result, missing, sum(1 for _ in _walk(data))
    return result, missing, count


def translate_manifest(data: dict[str, Any], translation: PackTranslation) -> dict[str, Any]:
    result = dict(data)
    for key in MANIFEST_TEXT:
        if key in data:
            part = {key: data[key]}
            contexts = ["pack/" + "/".join(str(p) for p in path) for path, _text in _walk(part)]
            translated, _missing = translate_data(part, translation, contexts)
            result[key] = translated[key]
    return result


def missing_problem(file: str, language: str, missing: list[str], total: int) -> Problem:
    """One line per lesson for authors; children never see these."""
    first = missing[0].split("/", 1)[-1]
    return Problem(
        file,
        1,
        1,
        f"{language}: {len(missing)} of {total} texts have no translation yet (first: {first}); "
        "the pack's default language is shown for them",
        WARNING,
        f"run `harbourlight-pack update` and fill in locales/{language}/{CATALOG}",
        "missing-translation",
    )


def translation_stats(root: Path, languages: list[str]) -> dict[str, tuple[int, int]]:
    """Language → (translated texts, all texts), counting only translations made for the current text."""
    texts = pack_texts(root)
    stats = {}
    for language in languages:
        translation = load_translation(root, language, [])
        done = sum(1 for t in texts if translation and translation.lookup(t.context, t.text) is not None)
        stats[language] = (done, len(texts))
    return stats
