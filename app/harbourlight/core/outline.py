"""Plain-text outlines of steps and a planned time per step, for the teacher console and the lesson plan."""

from __future__ import annotations

from dataclasses import dataclass

from harbourlight.core.models import HelpStep, Lesson, Step, SummaryStep
from harbourlight.core.step_texts import step_texts

# Rough relative weight of each kind of step in a classroom: discussion steps take longer than reading ones.
KIND_WEIGHTS: dict[str, float] = {
    "story": 2.0,
    "choice": 3.0,
    "quiz": 2.0,
    "sort": 3.0,
    "reflect": 3.0,
    "rehearse": 2.5,
    "help": 1.5,
    "summary": 1.0,
}


@dataclass(frozen=True)
class TimedStep:
    """A lesson step with its planned length and start, in whole minutes."""

    step: Step
    minutes: int  # planned whole minutes; 0 means "under a minute"
    starts_at: int  # minutes from the start of the lesson


def plan_timing(lesson: Lesson) -> tuple[TimedStep, ...]:
    """Share the lesson's duration over its steps by kind, in whole minutes that add up to the duration."""
    weights = [KIND_WEIGHTS.get(step.kind, 2.0) for step in lesson.steps]
    total = sum(weights)
    if not total:
        return ()
    exact = [lesson.duration_minutes * w / total for w in weights]
    minutes = [int(x) for x in exact]
    # Largest remainder: hand the minutes lost to rounding down to the steps that lost the most.
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - minutes[i], reverse=True)
    for index in by_remainder[: lesson.duration_minutes - sum(minutes)]:
        minutes[index] += 1
    timed = []
    start = 0
    for step, length in zip(lesson.steps, minutes, strict=True):
        timed.append(TimedStep(step, length, start))
        start += length
    return tuple(timed)


def step_lines(step: Step) -> tuple[str, ...]:
    """The text a step shows, line by line (no feedback, no explanations): what the class sees first.

    A story panel with a chat shows the chat and its caption; one without shows its text.
    """
    texts = step_texts(step)
    chat_panels = {t.number for t in texts if t.kind == "chat"}
    lines: list[str] = []
    for t in texts:
        if t.kind in ("title", "prompt", "intro", "text"):
            lines.append(t.text)
        elif t.kind in ("chat", "screen"):
            lines.append(f"{t.label}: {t.text}")
        elif t.kind == "line" and t.number not in chat_panels:
            lines.append(f"{t.label}: {t.text}" if t.label else t.text)
        elif t.kind == "caption" and t.number in chat_panels:
            lines.append(t.text)
        elif t.kind in ("choice", "answer"):
            lines.append(f"{chr(ord('A') + t.number - 1)}. {t.text}")
        elif t.kind in ("item", "hint", "adult", "point"):
            lines.append(f"• {t.text}")
    return tuple(line for line in lines if line)


def key_messages(lesson: Lesson) -> tuple[str, ...]:
    """The points of every summary step, in lesson order: what a handout repeats."""
    return tuple(point for step in lesson.steps if isinstance(step, SummaryStep) for point in step.points)


def trusted_adults(lesson: Lesson) -> tuple[str, ...]:
    found: list[str] = []
    for step in lesson.steps:
        if isinstance(step, HelpStep):
            found.extend(who for who in step.trusted_adults if who not in found)
    return tuple(found)


def help_topics(lesson: Lesson) -> tuple[str, ...]:
    """The directory topics the lesson's help steps ask for, or the lesson's own topics if it has none."""
    found: list[str] = []
    for step in lesson.steps:
        if isinstance(step, HelpStep):
            found.extend(t for t in step.topics if t not in found)
    return tuple(found) or lesson.topics
