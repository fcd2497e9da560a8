"""`harbourlight-pack`: check, inspect and prepare content packs and the helpline directory."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from harbourlight import __version__
from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.problems import Problem


def _print_problems(problems: list[Problem], out: TextIO) -> None:
    for problem in sorted(problems, key=lambda p: (not p.is_error, p.file, p.line, p.column)):
        print(problem.format(), file=out)


def _pack_helpline_problems(pack_dir: Path, today: dt.date, max_age_days: int) -> list[Problem]:
    """A pack's own helplines/ folder gets the same checks as the bundled directory."""
    import os

    from harbourlight.packs.helpline_check import SHORT_CODES_FILE, check_folder
    from harbourlight.services.paths import AppPaths

    folder = pack_dir / "helplines"
    if not folder.is_dir():
        return []
    bundled = AppPaths.from_environment(os.environ).helplines_dir / SHORT_CODES_FILE
    return list(check_folder(folder, today, max_age_days, "helplines", (bundled,)).problems)


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.path)
    result = load_pack(path, today=args.today)
    problems = result.problems + _pack_helpline_problems(path, args.today, args.max_age_days)
    if path.is_dir():
        from harbourlight.packs.archive import folder_problems  # files 'build' would refuse (HTML, scripts, links)

        problems += folder_problems(path)
    if args.translations:
        from harbourlight.cli.translate import translation_problems

        problems += translation_problems(path, args.today)
    _print_problems(problems, out)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if errors or result.pack is None:
        print(
            f"{path}: {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
            " — the pack cannot be used until the errors are fixed",
            file=out,
        )
        return 1
    pack = result.pack
    bands = ", ".join(f"{b}: {len(pack.lessons_for_band(b))}" for b in pack.age_bands)
    print(
        f"{path}: OK — pack '{pack.id}' {pack.version}, {len(pack.lessons)} lessons ({bands}), "
        f"{warnings} warning{'s' if warnings != 1 else ''}",
        file=out,
    )
    return 0


def cmd_helplines_check(args: argparse.Namespace, out: TextIO) -> int:
    from harbourlight.packs.helpline_check import check_folder, research_lines

    folder = Path(args.path)
    checked = check_folder(folder, args.today, args.max_age_days)
    result = checked.result
    _print_problems(list(checked.problems), out)
    if args.verbose:
        for line in research_lines(result):
            print(f"note: {line}", file=out)
    errors, warnings = checked.errors, checked.warnings
    entries = sum(len(d.entries) for d in result.countries.values())
    unverified = sum(not e.verification.is_verified for d in result.countries.values() for e in d.entries)
    print(
        f"{folder}: {len(result.countries)} directories, {entries} entries ({unverified} unverified), "
        f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}",
        file=out,
    )
    return 1 if errors else 0


def _helpline_status(folder: Path, languages: list[str], out: TextIO) -> None:
    from harbourlight.packs.helpline_translations import translation_stats

    for language, (done, total) in translation_stats(folder, languages).items():
        print(f"translation-status {language}: {done} of {total} texts", file=out)


def cmd_helplines_extract(args: argparse.Namespace, out: TextIO) -> int:
    from harbourlight.packs import helpline_translations as ht

    folder = Path(args.path)
    if not folder.is_dir():
        print(f"{folder}: no such folder — give the folder of <CC>.yaml files", file=out)
        return 1
    path = ht.write_template(folder)
    print(f"{path}: {len(ht.directory_texts(folder))} texts to translate", file=out)
    _helpline_status(folder, ht.catalog_languages(folder), out)
    return 0


def cmd_helplines_update(args: argparse.Namespace, out: TextIO) -> int:
    from harbourlight.packs import helpline_translations as ht

    folder = Path(args.path)
    if not folder.is_dir():
        print(f"{folder}: no such folder — give the folder of <CC>.yaml files", file=out)
        return 1
    ht.write_template(folder)
    languages = ht.catalog_languages(folder, args.language)
    for path in ht.update_catalogs(folder, languages):
        print(f"updated {path}", file=out)
    _helpline_status(folder, languages, out)
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harbourlight-pack", description="Check and prepare Harbourlight content packs and helpline files."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    validate = sub.add_parser("validate", help="check a pack folder and list every problem with file:line:column")
    validate.add_argument("path", help="the pack folder (the one holding pack.yaml)")
    validate.add_argument(
        "--max-age-days", type=int, default=365, help="report helpline entries not checked for this long"
    )
    validate.add_argument(
        "--translations",
        action="store_true",
        help="also check every locales/<lang>/pack.po: texts not translated yet, and the content lint on translations",
    )
    validate.add_argument("--today", type=_date, default=dt.date.today(), help=argparse.SUPPRESS)
    validate.set_defaults(func=cmd_validate)

    helplines = sub.add_parser("helplines", help="work with helpline directory files")
    helplines_sub = helplines.add_subparsers(dest="helplines_command", metavar="ACTION")
    helplines_sub.required = True
    check = helplines_sub.add_parser("check", help="check numbers, links, dates and duplicates")
    check.add_argument("path", nargs="?", default="content/helplines", help="folder of <CC>.yaml files")
    check.add_argument("--max-age-days", type=int, default=365, help="report entries not checked for this long")
    check.add_argument(
        "--verbose", "-v", action="store_true", help="also print each entry's research notes (sources seen, caveats)"
    )
    check.add_argument("--today", type=_date, default=dt.date.today(), help=argparse.SUPPRESS)
    check.set_defaults(func=cmd_helplines_check)
    extract = helplines_sub.add_parser(
        "extract", help="write DIR/locales/helplines.pot with the notes and opening hours to translate"
    )
    extract.add_argument("path", nargs="?", default="content/helplines", help="folder of <CC>.yaml files")
    extract.set_defaults(func=cmd_helplines_extract)
    update = helplines_sub.add_parser("update", help="merge the directory's texts into every DIR/locales/<lang>.po")
    update.add_argument("path", nargs="?", default="content/helplines", help="folder of <CC>.yaml files")
    update.add_argument(
        "--language", action="append", default=[], metavar="LANG", help="also start a catalog for LANG (repeatable)"
    )
    update.set_defaults(func=cmd_helplines_update)

    from harbourlight.cli import distribution  # build, keygen, sign, verify, install, new, stats, diff

    distribution.register(sub, _date)
    from harbourlight.cli import translate  # extract, update, translation-status

    translate.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args, out or sys.stdout)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and cut short: not an error of ours
        sys.stderr.close()
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
