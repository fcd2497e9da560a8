"""Reading a pack directory: every file checked, every problem located, the good lessons kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from harbourlight.core import graph
from harbourlight.core.gc_pause import collection_paused
from harbourlight.core.models import ChoiceStep, Lesson, Pack, PackSource, SortStep, StoryStep
from harbourlight.packs import build, links, lint, migrate, schema_check, translations
from harbourlight.packs.problems import ERROR, WARNING, Problem, overdue_from
from harbourlight.packs.safe_yaml import LoadedYaml, YamlError, load_file

SUPPORTED_SCHEMA_VERSION = 1
MAX_LESSONS = 10_000


@dataclass
class PackResult:
    """A pack as far as it could be read (None when the manifest itself is unusable) and what was wrong."""

    path: Path
    pack: Pack | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]


def _read(path: Path, root: Path, problems: list[Problem]) -> LoadedYaml | None:
    try:
        # Positions are found only if a problem needs one; the loaded file is dropped after checking.
        return load_file(path, str(path.relative_to(root)), lazy_positions=True)
    except YamlError as exc:
        problems.append(exc.problem)
        return None


def _check_lesson_graph(lesson: Lesson, loaded: LoadedYaml) -> list[Problem]:
    problems: list[Problem] = []
    by_id: dict[str, int] = {}
    for index, step in enumerate(lesson.steps):
        if step.id in by_id:
            problems.append(
                loaded.problem(
                    ("steps", index, "id"),
                    f"step id '{step.id}' is used twice",
                    "give every step its own id",
                    "duplicate-step",
                )
            )
        by_id.setdefault(step.id, index)
    ids = list(by_id)

    def missing(target: str, path: tuple[str | int, ...], owner: str) -> None:
        if target not in by_id:
            hint = schema_check._did_you_mean(target, ids) or "steps are: " + ", ".join(ids)
            problems.append(loaded.problem(path, f"{owner} points to missing step '{target}'", hint, "missing-step"))

    if lesson.start:
        missing(lesson.start, ("start",), "'start'")
    for index, step in enumerate(lesson.steps):
        if step.next:
            missing(step.next, ("steps", index, "next"), f"step '{step.id}'")
        if isinstance(step, ChoiceStep):
            for o_index, option in enumerate(step.options):
                missing(
                    option.next, ("steps", index, "options", o_index, "next"), f"step '{step.id}' option {o_index + 1}"
                )
        if isinstance(step, SortStep):
            groups = [g.id for g in step.groups]
            for i_index, item in enumerate(step.items):
                if item.group not in groups:
                    hint = schema_check._did_you_mean(item.group, groups) or "groups are: " + ", ".join(groups)
                    problems.append(
                        loaded.problem(
                            ("steps", index, "items", i_index, "group"),
                            f"item goes to unknown group '{item.group}'",
                            hint,
                            "unknown-group",
                        )
                    )
    if problems:
        return problems  # the walks below assume the references are sound
    reachable = graph.reachable_ids(lesson)
    for step in lesson.steps:
        if step.id not in reachable:
            problems.append(
                loaded.problem(
                    ("steps", by_id[step.id], "id"),
                    f"step '{step.id}' can never be reached",
                    "point a 'next' or an option at it, or remove it",
                    "unreachable-step",
                )
            )
    for sid in sorted(graph.ids_that_cannot_finish(lesson)):
        problems.append(
            loaded.problem(
                ("steps", by_id[sid], "id"),
                f"from step '{sid}' the lesson can never end",
                "break the loop: let one path reach a last step",
                "no-end",
            )
        )
    if not graph.ending_steps(lesson):
        problems.append(
            loaded.problem(("steps",), "the lesson has no last step", "end a path with a help step", "no-end")
        )
    return problems


def _check_media(lesson: Lesson, loaded: LoadedYaml, root: Path) -> list[Problem]:
    problems = []
    for index, step in enumerate(lesson.steps):
        if isinstance(step, StoryStep):
            for p_index, panel in enumerate(step.panels):
                if panel.picture and not _inside(root, panel.picture):
                    problems.append(
                        loaded.problem(
                            ("steps", index, "panels", p_index, "picture"),
                            f"picture '{panel.picture}' is not in the pack",
                            "put it under media/ and give its path from the pack folder",
                            "missing-media",
                        )
                    )
    return problems


def _inside(root: Path, relative: str) -> bool:
    if relative.startswith(("/", "\\")) or ".." in Path(relative).parts:
        return False
    return (root / relative).is_file()


def load_lesson(
    path: Path,
    root: Path,
    sources: dict[str, PackSource],
    problems: list[Problem],
    terms: tuple[lint.Term, ...] = (),
    today: dt.date | None = None,
    schema_version: int = SUPPORTED_SCHEMA_VERSION,
    translation: translations.PackTranslation | None = None,
) -> Lesson | None:
    loaded = _read(path, root, problems)
    if loaded is None:
        return None
    migrate.migrate_lesson(loaded, schema_version, SUPPORTED_SCHEMA_VERSION)
    if not isinstance(loaded.data, dict):
        problems.append(
            loaded.problem((), "a lesson file must be a block of keys (id:, band:, steps: …)", "", "wrong-type")
        )
        return None
    found = schema_check.check(loaded, "lesson")
    language = ""
    if not found and translation is not None:
        # Field by field: a text without a translation keeps the default language. Positions stay those of the
        # default-language file, which is where an author looks.
        translated, missing, total = translations.translate_lesson_counted(loaded.data, translation)
        if missing:
            problems.append(translations.missing_problem(loaded.file, translation.language, missing, total))
        language = translation.language if len(missing) * 2 < total else ""
        loaded = replace(loaded, data=translated)
    if not found:
        lesson = build.build_lesson(loaded.data, loaded.file, sources)
        if language:
            lesson = replace(lesson, language=language)
        if lesson.id != path.stem:
            found.append(
                loaded.problem(
                    ("id",),
                    f"lesson id '{lesson.id}' does not match the file name '{path.name}'",
                    f"rename the file to {lesson.id}.yaml or change the id",
                    "id-mismatch",
                )
            )
        for fac_index, ref in enumerate(loaded.data.get("facilitator", {}).get("sources", ())):
            if "source" in ref and ref["source"] not in sources:
                hint = schema_check._did_you_mean(ref["source"], list(sources)) or "add it to 'sources' in pack.yaml"
                found.append(
                    loaded.problem(
                        ("facilitator", "sources", fac_index, "source"),
                        f"unknown source '{ref['source']}'",
                        hint,
                        "unknown-source",
                    )
                )
        found.extend(_check_lesson_graph(lesson, loaded))
        found.extend(_check_media(lesson, loaded, root))
        strings = lint.texts(loaded.data)
        found.extend(links.text_problems(loaded, strings))
        if not any(p.is_error for p in found):
            found.extend(lint.lint_lesson(lesson, loaded, terms, today or dt.date.today(), strings))
    problems.extend(found)
    return None if any(p.is_error for p in found) else lesson


def load_pack(root: Path, today: dt.date | None = None, language: str | None = None) -> PackResult:
    """Read and check a pack directory. Broken lessons are left out and reported; the rest load.

    With `language`, texts come from the pack's locales/<language>/pack.po where translated (translations.py).
    """
    with collection_paused():
        return _load_pack(Path(root), today, language)


def _load_pack(root: Path, today: dt.date | None, language: str | None) -> PackResult:
    today = today or dt.date.today()
    result = PackResult(root, None)
    problems = result.problems
    manifest_path = root / "pack.yaml"
    if not manifest_path.is_file():
        problems.append(
            Problem(
                str(root),
                0,
                0,
                "no pack.yaml found",
                ERROR,
                "a pack is a folder with pack.yaml and lessons/",
                "no-manifest",
            )
        )
        return result
    manifest = _read(manifest_path, root, problems)
    if manifest is None:
        return result
    if not isinstance(manifest.data, dict):
        problems.append(manifest.problem((), "pack.yaml must be a block of keys (id:, version:, …)", "", "wrong-type"))
        return result
    version = manifest.data.get("schema_version")
    if isinstance(version, int) and version > SUPPORTED_SCHEMA_VERSION:
        needs = manifest.data.get("min_app_version", "a newer version")
        problems.append(
            manifest.problem(
                ("schema_version",),
                f"this pack uses format version {version}, newer than this app reads",
                f"it needs Harbourlight ≥ {needs}",
                "schema-too-new",
            )
        )
        return result
    problems.extend(migrate.migrate_pack(manifest, SUPPORTED_SCHEMA_VERSION))
    if any(p.is_error for p in problems):
        return result
    manifest_problems = schema_check.check(manifest, "pack") + links.text_problems(manifest)
    problems.extend(manifest_problems)
    if manifest_problems:
        return result
    data = manifest.data
    translation = None
    if language and language != data["default_language"]:
        translation = translations.load_translation(root, language, problems)
    if translation is not None:
        data = translations.translate_manifest(data, translation)
    sources = build.build_pack_sources(data)
    lessons: list[Lesson] = []
    seen: dict[str, str] = {}
    terms = lint.terms_for(data.get("terms"), data["default_language"])
    if translation is not None:
        terms += lint.terms_for(data.get("terms"), translation.language)
    lesson_files = sorted((root / "lessons").glob("*.yaml")) if (root / "lessons").is_dir() else []
    for path in lesson_files[:MAX_LESSONS]:
        lesson = load_lesson(
            path, root, sources, problems, terms, today, version if isinstance(version, int) else 1, translation
        )
        if lesson is None:
            continue
        if not lesson.language:
            lesson = replace(lesson, language=data["default_language"])
        if lesson.id in seen:
            problems.append(
                Problem(
                    lesson.source_file,
                    1,
                    1,
                    f"lesson id '{lesson.id}' is also used by {seen[lesson.id]}",
                    ERROR,
                    "give every lesson its own id",
                    "duplicate-lesson",
                )
            )
            continue
        if lesson.band not in data["age_bands"]:
            problems.append(
                Problem(
                    lesson.source_file,
                    1,
                    1,
                    f"band '{lesson.band}' is not listed in pack.yaml age_bands",
                    ERROR,
                    "add it to age_bands or change the lesson's band",
                    "band-not-in-pack",
                )
            )
            continue
        seen[lesson.id] = lesson.source_file
        lessons.append(lesson)
    if len(lesson_files) > MAX_LESSONS:
        problems.append(
            Problem(
                "lessons",
                0,
                0,
                f"more than {MAX_LESSONS} lessons; the rest were not read",
                ERROR,
                "split the pack",
                "too-many-lessons",
            )
        )
    if not lesson_files:
        problems.append(
            Problem("lessons", 0, 0, "the pack has no lessons", ERROR, "add lessons/<id>.yaml files", "no-lessons")
        )
    if lessons:
        problems.extend(lint.band_coverage_problems(tuple(data["age_bands"]), lessons, manifest))
    review_by = build.as_date(data["review_by"])
    if review_by and review_by < today:
        overdue = manifest.problem(
            ("review_by",),
            f"the pack was due for review on {review_by.isoformat()}",
            "review the content and move review_by forward",
            "review-overdue",
            WARNING,
        )
        problems.append(replace(overdue, applies_from=overdue_from(review_by)))
    result.pack = build.build_pack(data, tuple(lessons), str(root))
    if translation is not None:
        status = (data.get("translations") or {}).get(translation.language, {}).get("status", "draft")
        result.pack = replace(result.pack, translation_language=translation.language, translation_status=status)
    return result
