"""The lesson plan a teacher prints beforehand: goals, timing per step, notes, discussion, disclosure, sources."""

from __future__ import annotations

from harbourlight.core.models import ChoiceStep, Lesson, Pack, QuizStep, SourceRef, Step
from harbourlight.core.outline import plan_timing, step_lines
from harbourlight.i18n import Translator
from harbourlight.ui.adult_guidance import DISCLOSURE_STEPS, step_kind_label, translated
from harbourlight.ui.labels import band_label, topic_label
from harbourlight.ui.printing.document import Printout


def source_line(source: SourceRef) -> str:
    parts = [source.title]
    if source.publisher:
        parts.append(source.publisher)
    if source.year:
        parts.append(str(source.year))
    line = ", ".join(parts)
    if source.url:
        line += f" — {source.url}"
    if source.note:
        line += f" ({source.note})"
    return line


def answer_lines(step: Step) -> tuple[str, ...]:
    """What the teacher reveals: each choice's feedback, and which quiz answers are right."""
    if isinstance(step, ChoiceStep):
        return tuple(f"{chr(ord('A') + i)} → {option.feedback}" for i, option in enumerate(step.options))
    if isinstance(step, QuizStep):
        return tuple(f"✓ {chr(ord('A') + i)}" for i, option in enumerate(step.options) if option.correct)
    return ()


def lesson_plan(lesson: Lesson, tr: Translator, pack: Pack | None = None) -> Printout:
    doc = Printout(tr._("Lesson plan: {title}").format(title=lesson.title), tr.language)
    topics = ", ".join(topic_label(tr, t) for t in lesson.topics)
    doc.paragraph(
        tr._("{band} · about {minutes} minutes · {topics}").format(
            band=band_label(tr, lesson.band), minutes=lesson.duration_minutes, topics=topics
        )
    )
    if lesson.with_adult:
        doc.callout(tr._("Best taught with a trusted adult or teacher present."))
    doc.heading(tr._("Content note (read to the class before you start)"))
    doc.paragraph(lesson.advisory)
    doc.heading(tr._("Learning objectives"))
    doc.bullets(lesson.learning_goals, numbered=True)
    notes = lesson.facilitator
    if notes.preparation:
        doc.heading(tr._("Preparation"))
        doc.paragraph(notes.preparation)
    if notes.ground_rules:
        doc.heading(tr._("Ground rules"))
        doc.bullets(notes.ground_rules)
    doc.heading(tr._("Timing"))
    rows = []
    for timed in plan_timing(lesson):
        step = timed.step
        start = timed.starts_at
        when = (
            tr._("{start}–{end} min").format(start=start, end=start + timed.minutes)
            if timed.minutes
            else tr._("{start} min (brief)").format(start=start)
        )
        content = "\n".join((*step_lines(step), *answer_lines(step)))
        if step.soften:
            content += "\n" + tr._("Gentler alternative: {text}").format(text=step.soften)
        rows.append((when, step_kind_label(tr, step.kind), content))
    doc.table((tr._("When"), tr._("Activity"), tr._("What the class sees")), rows, widths=(13, 17, 70))
    doc.note(tr._("Times are a plan shared out by activity; choices may lead down different branches."))
    if notes.discussion:
        doc.heading(tr._("Discussion guide"))
        doc.bullets(notes.discussion)
    doc.heading(tr._("If a learner discloses"))
    doc.paragraph(notes.disclosure)
    doc.bullets(translated(tr, DISCLOSURE_STEPS))
    if notes.sources:
        doc.heading(tr._("Sources"))
        doc.bullets(source_line(s) for s in notes.sources)
    if pack is not None:
        doc.note(
            tr._("From “{pack}” {version} by {publisher}, reviewed {date}.").format(
                pack=pack.title, version=pack.version, publisher=pack.publisher, date=pack.reviewed_on.isoformat()
            )
        )
    return doc
