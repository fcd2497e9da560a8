"""`harbourlight-pack` commands for shipping packs: build, keygen, sign, verify, install, new, stats, diff.

`register` adds them to the main parser in cli/pack.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any, TextIO

from harbourlight.core.models import Lesson
from harbourlight.core.vocabulary import AGE_BANDS
from harbourlight.packs import signing
from harbourlight.packs.archive import ArchiveError
from harbourlight.packs.diff import pack_diff
from harbourlight.packs.pack_loader import load_pack
from harbourlight.packs.publish import build_archive, sign_archive, verify_archive
from harbourlight.packs.safe_yaml import YamlError, load_file
from harbourlight.packs.scaffold import scaffold
from harbourlight.packs.stats import pack_stats
from harbourlight.packs.trust import TrustedKey, TrustList
from harbourlight.services.atomic import atomic_write_bytes
from harbourlight.services.installer import InstallError, install_pack, shipped_trust
from harbourlight.services.paths import AppPaths
from harbourlight.services.policy import Policy, load_policy


def _environment() -> tuple[AppPaths, Policy]:
    paths = AppPaths.from_environment(os.environ)
    policy, _problems = load_policy(paths.policy_file)
    return paths, policy


def _fail(out: TextIO, message: str) -> int:
    print(f"error: {message}", file=out)
    return 1


def cmd_build(args: argparse.Namespace, out: TextIO) -> int:
    folder = Path(args.path)
    try:
        data, pack_id, version = build_archive(folder, args.today)
    except ArchiveError as exc:
        return _fail(out, exc.message)
    target = Path(args.output) if args.output else Path(f"{pack_id}-{version}.hlpack")
    atomic_write_bytes(target, data)  # a half-written archive must never look finished
    print(f"{target}: pack '{pack_id}' {version}, {len(data):,} bytes (unsigned; sign it with 'sign')", file=out)
    return 0


def cmd_keygen(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.key)
    try:
        public = signing.write_key_pair(path, args.publisher)
    except FileExistsError:
        return _fail(out, f"{path} already exists; keys are never overwritten")
    print(f"private key: {path} (keep it secret and backed up; only its owner can read it)", file=out)
    print(f"public key:  {path}.pub — id {public.key_id}", file=out)
    print(
        "Send the .pub file to the people who should trust your packs (schools: trusted_keys in the policy).", file=out
    )
    return 0


def _publisher_of(key_path: Path) -> str:
    try:
        data = load_file(key_path.with_name(key_path.name + ".pub")).data
    except YamlError:
        return ""
    return str(data.get("publisher", "")) if isinstance(data, dict) else ""


def cmd_sign(args: argparse.Namespace, out: TextIO) -> int:
    archive = Path(args.archive)
    key_path = Path(args.key)
    try:
        private = signing.load_private(key_path)
        data = sign_archive(archive, private, args.publisher or _publisher_of(key_path))
    except signing.KeyProblem as exc:
        return _fail(out, str(exc))
    except ArchiveError as exc:
        return _fail(out, exc.message)
    target = Path(args.output) if args.output else archive
    atomic_write_bytes(target, data)  # a half-written archive must never look finished
    print(f"{target}: signed with key {signing.public_of(private).key_id}", file=out)
    return 0


def _trust_with(extra_keys: list[str], paths: AppPaths, policy: Policy) -> TrustList:
    """The shipped keys plus any given on the command line, then narrowed by the school policy."""
    shipped = shipped_trust(paths)
    for text in extra_keys:
        key_path = Path(text)
        try:
            data = load_file(key_path).data
            public = signing.PublicKey.from_text(str(data["public_key"]))
        except (YamlError, KeyError, TypeError, signing.KeyProblem) as exc:
            raise ArchiveError("bad-key", f"{key_path} is not a public key file ({exc})") from None
        shipped = shipped.with_keys((TrustedKey(public.key_id, str(data.get("publisher", "")), public),))
    return policy.trust(shipped)


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    paths, policy = _environment()
    try:
        trust = _trust_with(args.trust_key or [], paths, policy)
        report = verify_archive(Path(args.archive), trust, args.today)
    except ArchiveError as exc:
        return _fail(out, exc.message)
    print(f"{args.archive}: pack '{report.pack_id}' {report.version}, {report.files} files, hashes OK", file=out)
    for problem in report.problems:
        print(problem.format(), file=out)
    print(f"signature: {report.verdict.message()}", file=out)
    if report.problems:
        return _fail(out, f"the pack has {len(report.problems)} validation errors")
    return 0 if report.verdict.trusted else 2


def cmd_install(args: argparse.Namespace, out: TextIO) -> int:
    paths, policy = _environment()
    try:
        trust = policy.trust(shipped_trust(paths))  # the same keys the app trusts when it reads the library
        done = install_pack(
            Path(args.archive),
            paths.user_packs_dir,
            trust,
            policy,
            allow_downgrade=args.allow_downgrade,
            today=args.today,
        )
    except (InstallError, ArchiveError) as exc:
        hint = " (add --allow-downgrade to go ahead)" if exc.code == "downgrade" else ""
        return _fail(out, exc.message + hint)
    was = f" (replacing {done.previous_version})" if done.previous_version else ""
    print(f"installed '{done.pack_id}' {done.version}{was} into {done.target}; {done.verdict.message()}", file=out)
    return 0


def cmd_new(args: argparse.Namespace, out: TextIO) -> int:
    paths = AppPaths.from_environment(os.environ)
    target = Path(args.path)
    try:
        written = scaffold(target, args.id, args.title, args.publisher, paths.content_dir / "schema", args.today)
    except FileExistsError as exc:
        return _fail(out, str(exc))
    for path in written:
        print(f"wrote {path}", file=out)
    print(f"Next: edit the files, then 'harbourlight-pack validate {target}'.", file=out)
    return 0


def _print_readability(lessons: tuple[Lesson, ...], language: str, out: TextIO) -> None:
    """One line per lesson: how easy its child-facing text is to read (short sentences matter most for 5–10)."""
    from harbourlight.packs.readability import lesson_readability

    print("readability (child-facing text): band, lesson, words per sentence, long words, grade", file=out)
    for lesson in sorted(lessons, key=lambda x: (AGE_BANDS.index(x.band) if x.band in AGE_BANDS else 9, x.id)):
        r = lesson_readability(lesson, language)
        grade = f"grade {r.grade:.1f}" if r.grade is not None else "grade n/a"
        print(
            f"  {lesson.band:>5}  {lesson.id}: {r.words_per_sentence:.1f} words/sentence, "
            f"{r.long_word_share:.0%} long words, {grade}",
            file=out,
        )


def cmd_stats(args: argparse.Namespace, out: TextIO) -> int:
    result = load_pack(Path(args.path), args.today)
    if result.pack is None:
        return _fail(out, "the pack could not be read; run 'validate' for the details")
    stats = pack_stats(result)
    pack = result.pack
    print(
        f"pack '{pack.id}' {pack.version}: {stats.lessons} lessons, {stats.steps} steps, {stats.minutes} minutes",
        file=out,
    )
    print("lessons per age band: " + ", ".join(f"{b}: {n}" for b, n in stats.per_band.items()), file=out)
    print("lessons per main topic: " + ", ".join(f"{t}: {n}" for t, n in stats.per_topic.items()), file=out)
    print("step kinds: " + ", ".join(f"{k}: {n}" for k, n in stats.step_kinds.items()), file=out)
    print(
        f"facilitator notes: {stats.with_facilitator_notes}/{stats.lessons}, "
        f"parent notes: {stats.with_parent_notes}/{stats.lessons}",
        file=out,
    )
    _print_readability(pack.lessons, pack.default_language, out)
    codes = ", ".join(f"{c}: {n}" for c, n in stats.warning_codes.items())
    print(f"errors: {stats.errors}, warnings: {stats.warnings}" + (f" ({codes})" if codes else ""), file=out)
    from harbourlight.cli.translate import pack_languages, status_lines  # translated share per language

    for line in status_lines(Path(args.path), pack_languages(Path(args.path))):
        print(line, file=out)
    return 1 if stats.errors else 0


def cmd_diff(args: argparse.Namespace, out: TextIO) -> int:
    old, new = load_pack(Path(args.old), args.today), load_pack(Path(args.new), args.today)
    if old.pack is None or new.pack is None:
        return _fail(out, "both packs must be readable; run 'validate' on each")
    diff = pack_diff(old.pack, new.pack)
    bump = (
        ""
        if diff.version_bumped or not diff.has_changes
        else "  — warning: content changed but the version did not go up"
    )
    print(f"version: {diff.old_version} → {diff.new_version}{bump}", file=out)
    if diff.manifest_fields:
        print("pack.yaml changed: " + ", ".join(diff.manifest_fields), file=out)
    for lesson_id in diff.added:
        print(f"+ lesson {lesson_id}", file=out)
    for lesson_id in diff.removed:
        print(f"- lesson {lesson_id}", file=out)
    for change in diff.changed:
        parts = []
        if change.fields:
            parts.append("fields: " + ", ".join(change.fields))
        if change.steps_added:
            parts.append("steps added: " + ", ".join(change.steps_added))
        if change.steps_removed:
            parts.append("steps removed: " + ", ".join(change.steps_removed))
        if change.steps_changed:
            parts.append("steps changed: " + ", ".join(change.steps_changed))
        print(f"~ lesson {change.lesson_id}: " + "; ".join(parts), file=out)
    if not diff.has_changes:
        print("no content changes", file=out)
    return 0


def _today(parser: argparse.ArgumentParser, date_type: Any) -> None:
    parser.add_argument("--today", type=date_type, default=dt.date.today(), help=argparse.SUPPRESS)


def register(sub: Any, date_type: Any) -> None:
    """Add the distribution and authoring commands to `harbourlight-pack`'s sub-parsers."""
    p = sub.add_parser("new", help="start a new pack folder with one example lesson")
    p.add_argument("path", help="the folder to create")
    p.add_argument("--id", required=True, help="the pack id: lowercase letters, digits and hyphens")
    p.add_argument("--title", required=True, help="the pack's title")
    p.add_argument("--publisher", default="Your organisation", help="who stands behind the pack")
    _today(p, date_type)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("stats", help="lessons per band and topic, step kinds, notes, warnings")
    p.add_argument("path", help="the pack folder")
    _today(p, date_type)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("diff", help="what changed between two versions of a pack (for reviewers)")
    p.add_argument("old", help="the earlier pack folder")
    p.add_argument("new", help="the later pack folder")
    _today(p, date_type)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("build", help="write a reproducible .hlpack archive with a manifest of every file")
    p.add_argument("path", help="the pack folder")
    p.add_argument("-o", "--output", help="the archive to write (default: <id>-<version>.hlpack)")
    _today(p, date_type)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("keygen", help="create a publisher signing key (private file + .pub)")
    p.add_argument("key", help="where to write the private key, e.g. ~/keys/my-ngo.key")
    p.add_argument("--publisher", required=True, help="your organisation's name, recorded in the .pub file")
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("sign", help="sign an archive's manifest with your private key")
    p.add_argument("archive")
    p.add_argument("--key", required=True, help="the private key from 'keygen'")
    p.add_argument("--publisher", default="", help="name recorded in the signature (default: from KEY.pub)")
    p.add_argument("-o", "--output", help="write the signed archive here (default: replace the input)")
    p.set_defaults(func=cmd_sign)

    p = sub.add_parser("verify", help="check an archive's hashes, content, signature and trust")
    p.add_argument("archive")
    p.add_argument("--trust-key", action="append", metavar="KEY.pub", help="also trust this public key file")
    _today(p, date_type)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("install", help="install an archive into this user's pack library (all or nothing)")
    p.add_argument("archive")
    p.add_argument("--allow-downgrade", action="store_true", help="replace a newer installed version")
    _today(p, date_type)
    p.set_defaults(func=cmd_install)
