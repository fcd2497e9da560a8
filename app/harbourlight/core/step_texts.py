"""The texts of a step, in reading order, each with its kind: the one walk over a step's fields.

The outline (teacher console, lesson plan), read-aloud and the readability figures each choose and format
from this list; none of them walks the step's fields itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harbourlight.core.models import (
    ChoiceStep,
    HelpStep,
    QuizStep,
    ReflectStep,
    RehearseStep,
    SortStep,
    Step,
    StoryStep,
    SummaryStep,
)


@dataclass(frozen=True)
class StepText:
    """One text of a step.

    kind is one of:
      title     the step's title
      alt       what a story panel's picture shows (only for a panel with both a picture and alt text)
      chat      a chat message in a story panel; label is the sender
      line      a story panel's text; label is the speaker ("" when nobody is named)
      caption   a story panel's caption
      prompt    the question or task of a choice, quiz, sort or reflect step
      intro     a rehearse step's introduction
      text      a help step's text
      choice    an option of a choice step
      answer    an answer of a quiz step
      item      a card to sort
      hint      a reflect hint
      screen    a rehearse screen; label is the screen's title
      adult     a trusted adult a help step names
      point     a summary point
      feedback  what answering reveals: a choice's feedback, a quiz answer's or sorted card's explanation
    number is 1-based: the story panel the text belongs to, or which choice, answer, item, hint, screen,
    adult or point it is (feedback has the number of its choice, answer or item); 0 for the rest.
    Titles, alt, lines, captions, prompts, intros and help texts are listed only when not empty; the entries of
    a list (chat messages, options, items, hints, screens, adults, points, feedback) always are, so a
    reader can number them, and decides itself what to do with an empty one.
    """

    kind: str
    text: str
    label: str = ""
    number: int = 0


def step_texts(step: Step) -> tuple[StepText, ...]:
    """Every text of the step in reading order: what is shown first, then (feedback) what answering reveals."""
    texts: list[StepText] = [StepText("title", step.title)] if step.title else []
    if isinstance(step, StoryStep):
        for n, panel in enumerate(step.panels, 1):
            if panel.picture and panel.alt:
                texts.append(StepText("alt", panel.alt, number=n))
            texts.extend(StepText("chat", m.text, m.sender, n) for m in panel.chat)
            if panel.text:
                texts.append(StepText("line", panel.text, panel.speaker, n))
            if panel.caption:
                texts.append(StepText("caption", panel.caption, number=n))
    elif isinstance(step, ChoiceStep):
        texts += _question(step.prompt, "choice", [(o.text, o.feedback) for o in step.options])
    elif isinstance(step, QuizStep):
        texts += _question(step.question, "answer", [(o.text, o.explanation) for o in step.options])
    elif isinstance(step, SortStep):
        texts += _question(step.prompt, "item", [(i.text, i.explanation) for i in step.items])
    elif isinstance(step, ReflectStep):
        texts += _lead("prompt", step.prompt) + _numbered("hint", step.hints)
    elif isinstance(step, RehearseStep):
        texts += _lead("intro", step.intro)
        texts.extend(StepText("screen", s.text, s.title, n) for n, s in enumerate(step.screens, 1))
    elif isinstance(step, HelpStep):
        texts += _lead("text", step.text) + _numbered("adult", step.trusted_adults)
    elif isinstance(step, SummaryStep):
        texts += _numbered("point", step.points)
    return tuple(texts)


def _lead(kind: str, text: str) -> list[StepText]:
    return [StepText(kind, text)] if text else []


def _numbered(kind: str, texts: Sequence[str]) -> list[StepText]:
    return [StepText(kind, text, number=n) for n, text in enumerate(texts, 1)]


def _question(prompt: str, kind: str, options: list[tuple[str, str]]) -> list[StepText]:
    """A prompt, its numbered options (choices, answers or cards to sort), then the feedback of each."""
    shown = _numbered(kind, [text for text, _ in options])
    return _lead("prompt", prompt) + shown + _numbered("feedback", [feedback for _, feedback in options])
