"""Maintaining the UI catalogs: extract the template, merge it into every language, compile, pseudo-localise.

Run through `tools/i18n` (extract/update/compile); CI checks the result with tests/i18n. Locations are kept
without line numbers so the template only goes stale when a string changes, not when code moves.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from harbourlight import __version__
from harbourlight.i18n.translator import DOMAIN

KEYWORDS: dict[str, object] = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
COMMENT_TAGS = ("TRANSLATORS:",)
PSEUDO_LOCALE = "en_XA"  # accented, ~40% longer, bracketed: shows untranslated and truncated text at a glance

# Plural rules gettext and CLDR agree on. Babel's own Arabic header swaps forms 4 and 5 (babel#816).
PLURAL_FORMS = {
    "ar": (
        6,
        "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5)",
    ),
    PSEUDO_LOCALE: (2, "(n != 1)"),
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def template_path(root: Path) -> Path:
    return root / "locales" / f"{DOMAIN}.pot"


def catalog_path(root: Path, language: str) -> Path:
    return root / "locales" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages(root: Path) -> list[str]:
    """Every language that has a catalog, the pseudo-locale included."""
    return sorted(p.parent.parent.name for p in (root / "locales").glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


# --- extract -------------------------------------------------------------------------------------------------
HEADER = (
    "# Harbourlight user interface text.\n"
    "# Distributed under the same licence as Harbourlight (GPL-3.0-or-later).\n"
    "# Kept up to date with tools/i18n update; translations are for children and young people: keep them plain.\n"
    "#"
)


def _new_catalog(locale: str | None = None) -> Catalog:
    return Catalog(
        locale=locale,
        header_comment=HEADER,
        project="Harbourlight",
        version=__version__,
        copyright_holder="Harbourlight project",
        msgid_bugs_address="Harbourlight project",
        last_translator="Harbourlight translators",
        language_team=locale or "",
        charset="utf-8",
        fuzzy=False,
    )


def extract(root: Path) -> Catalog:
    catalog = _new_catalog()
    source = root / "app" / "harbourlight"
    for filename, _lineno, message, comments, context in extract_from_dir(
        source,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,  # type: ignore[arg-type]
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    ):
        location = (f"app/harbourlight/{Path(filename).as_posix()}", None)  # no line: moving code is not a change
        catalog.add(message, None, [location], auto_comments=comments, context=context)  # type: ignore[list-item]
    _drop_duplicate_locations(catalog)
    return catalog


def _drop_duplicate_locations(catalog: Catalog) -> None:
    for message in catalog:
        message.locations = list(dict.fromkeys(message.locations))


def render(catalog: Catalog, *, omit_header: bool = False) -> str:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=120, include_lineno=False, ignore_obsolete=True, omit_header=omit_header)
    return buffer.getvalue().decode("utf-8")


# Lines that change without any string changing: dates, the version, and the Babel release that wrote the file.
_VOLATILE = ('"POT-Creation-Date', '"PO-Revision-Date', '"Project-Id-Version', '"Generated-By')


def without_dates(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(_VOLATILE))


def template_is_current(root: Path) -> bool:
    path = template_path(root)
    return path.is_file() and without_dates(path.read_text("utf-8")) == without_dates(render(extract(root)))


# --- update --------------------------------------------------------------------------------------------------
def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _fix_plural_header(catalog: Catalog, language: str) -> None:
    if language in PLURAL_FORMS:
        count, expression = PLURAL_FORMS[language]
        catalog._num_plurals = count  # type: ignore[assignment]  # Babel keeps these only as private fields
        catalog._plural_expr = expression  # type: ignore[assignment]


def update(root: Path, new_languages: Sequence[str] = ()) -> list[str]:
    """Write the template, merge it into every catalog (creating those asked for), regenerate the pseudo-locale."""
    template = extract(root)
    template_path(root).parent.mkdir(parents=True, exist_ok=True)
    template_path(root).write_text(render(template), "utf-8")
    report = []
    for language in sorted(set(languages(root)) | set(new_languages)):
        if language == PSEUDO_LOCALE:
            continue
        path = catalog_path(root, language)
        catalog = read_catalog(path, language) if path.is_file() else _new_catalog(language)
        catalog.update(template)
        _fix_plural_header(catalog, language)
        catalog.fuzzy = False
        catalog.revision_date = catalog.creation_date
        catalog.version = __version__
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(catalog), "utf-8")
        report.append(f"{language}: {status_line(catalog)}")
    pseudo = pseudo_catalog(template)
    catalog_path(root, PSEUDO_LOCALE).parent.mkdir(parents=True, exist_ok=True)
    text = render(pseudo).replace('"Language: en\\n"', f'"Language: {PSEUDO_LOCALE}\\n"', 1)
    catalog_path(root, PSEUDO_LOCALE).write_text(text, "utf-8")
    return report


def status_line(catalog: Catalog) -> str:
    messages = [m for m in catalog if m.id]
    missing = sum(1 for m in messages if not is_translated(m))
    fuzzy = sum(1 for m in messages if m.fuzzy)
    return f"{len(messages) - missing} of {len(messages)} translated, {fuzzy} fuzzy"


def is_translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
    return all(strings) and not message.fuzzy


# --- compile -------------------------------------------------------------------------------------------------
def compile_all(root: Path) -> list[Path]:
    written = []
    for language in languages(root):
        path = catalog_path(root, language)
        catalog = read_catalog(path, None if language == PSEUDO_LOCALE else language)
        with path.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        written.append(path.with_suffix(".mo"))
    return written


# --- pseudo-locale -------------------------------------------------------------------------------------------
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)


def pseudo(text: str) -> str:
    """Accent letters outside {placeholders}, pad to ~140% and bracket, keeping & accelerators and line breaks."""
    if not text:
        return text
    parts = re.split(r"(\{[^{}]*\})", text)
    body = "".join(part if PLACEHOLDER.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    visible = len(PLACEHOLDER.sub("", text))
    padding = "·" * max(1, round(visible * 0.4))
    return f"[{body} {padding}]"


def pseudo_catalog(template: Catalog) -> Catalog:
    catalog = _new_catalog("en")  # Babel writes Language and Plural-Forms only for a locale it knows
    catalog.language_team = "pseudo-locale, generated by tools/i18n"
    catalog.revision_date = catalog.creation_date
    _fix_plural_header(catalog, PSEUDO_LOCALE)
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, (list, tuple)):
            string: str | tuple[str, ...] = tuple(pseudo(m) for m in message.id)
        else:
            string = pseudo(message.id)
        catalog.add(message.id, string, message.locations, context=message.context)
    return catalog


def is_pseudo(text: str) -> bool:
    return text.startswith("[") and text.endswith("]") and "·" in text


# --- placeholders --------------------------------------------------------------------------------------------
def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def placeholder_problems(message: Message, forms_used_once: set[int]) -> list[str]:
    """Placeholders in every translation must match the source; a plural form used for one number only
    (Arabic "one", "two") may leave out the number."""
    problems = []
    if isinstance(message.id, (list, tuple)):
        wanted = placeholders(message.id[0]) | placeholders(message.id[1])
        for index, string in enumerate(message.string or ()):
            if not string:
                continue  # completeness is checked on its own
            got = placeholders(string)
            allowed_missing = {"{n}", "{count}"} if index in forms_used_once else set()
            if not got <= wanted or (wanted - got) - allowed_missing:
                problems.append(f"form {index}: {sorted(got)} but the source has {sorted(wanted)}")
    elif isinstance(message.string, str) and message.string:
        got, source = placeholders(message.string), placeholders(message.id)
        if got != source:
            problems.append(f"{sorted(got)} but the source has {sorted(source)}")
    return problems


def forms_used_once(catalog: Catalog) -> set[int]:
    """Plural form indexes that only one number in 0–1000 maps to (e.g. Arabic zero, one and two)."""
    import gettext

    chooser = gettext.c2py(catalog.plural_expr)
    counts: dict[int, int] = {}
    for n in range(1001):
        index = chooser(n)
        counts[index] = counts.get(index, 0) + 1
    return {index for index, count in counts.items() if count == 1}


def messages(catalog: Catalog) -> Iterator[Message]:
    return (m for m in catalog if m.id)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else "help"
    root = repo_root()
    if command == "extract":
        template_path(root).write_text(render(extract(root)), "utf-8")
        _say(f"wrote {template_path(root)}")
    elif command == "update":
        for line in update(root, args[1:]):
            _say(line)
    elif command == "compile":
        for path in compile_all(root):
            _say(f"compiled {path.relative_to(root)}")
    else:
        _say("usage: tools/i18n extract | update [NEW_LANGUAGE …] | compile")
        return 0 if command == "help" else 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
