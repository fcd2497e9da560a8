"""The one list of a step's texts that the outline, read-aloud and the readability figures are made from."""

from __future__ import annotations

import pytest

from harbourlight.core import models as m
from harbourlight.core.step_texts import StepText, step_texts

STORY = m.StoryStep(
    id="s",
    kind="story",
    title="A new message",
    panels=(
        m.StoryPanel(text="Mia looks.", speaker="Mia", picture="a.png", alt="A phone.", caption="Later"),
        m.StoryPanel(chat=(m.ChatMessage(sender="Sam", text="Hi"), m.ChatMessage(sender="Mia", text="", me=True))),
        m.StoryPanel(alt="described, but no picture", caption="A caption alone"),
        m.StoryPanel(picture="b.png", speaker="Nobody"),
    ),
)
CHOICES = (m.ChoiceOption(text="Tell", feedback="Good.", next="x"), m.ChoiceOption(text="Hide", feedback="", next="y"))
CHOICE = m.ChoiceStep(id="c", kind="choice", prompt="What now?", options=CHOICES)
ANSWERS = (
    m.QuizOption(text="No", correct=True, explanation="Never."),
    m.QuizOption(text="Yes", correct=False, explanation=""),
)
QUIZ = m.QuizStep(id="q", kind="quiz", title="Check", question="Is it your fault?", options=ANSWERS)
CARDS = (
    m.SortItem(text="Asks for a photo", group="no", explanation="Tell someone."),
    m.SortItem(text="Gran", group="ok"),
)
SORT = m.SortStep(id="o", kind="sort", prompt="Safe?", groups=(m.SortGroup(id="ok", label="Safe"),), items=CARDS)
REFLECT = m.ReflectStep(id="r", kind="reflect", prompt="", hints=("Who?", "When?"))
SCREENS = (
    m.RehearseScreen(title="Menu", text="Tap.", action="next"),
    m.RehearseScreen(title="Report", text="", action="x"),
)
REHEARSE = m.RehearseStep(id="re", kind="rehearse", intro="Practise reporting.", screens=SCREENS)
HELP = m.HelpStep(id="h", kind="help", text="Talk to:", topics=("grooming",), trusted_adults=("a parent", "a teacher"))
SUMMARY = m.SummaryStep(id="su", kind="summary", title="Remember", points=("It is never your fault.",))

# Each text as "kind[number] [label: ]text".
EXPECTED = [
    (
        STORY,  # each panel in reading order: picture, chat, text, caption; list entries are kept even when empty
        [
            *("title A new message", "alt1 A phone.", "line1 Mia: Mia looks.", "caption1 Later"),
            *("chat2 Sam: Hi", "chat2 Mia: ", "caption3 A caption alone"),
        ],
    ),
    # the prompt, the numbered options, then what answering reveals
    (CHOICE, ["prompt What now?", "choice1 Tell", "choice2 Hide", "feedback1 Good.", "feedback2 "]),
    (QUIZ, ["title Check", "prompt Is it your fault?", "answer1 No", "answer2 Yes", "feedback1 Never.", "feedback2 "]),
    (SORT, ["prompt Safe?", "item1 Asks for a photo", "item2 Gran", "feedback1 Tell someone.", "feedback2 "]),
    (REFLECT, ["hint1 Who?", "hint2 When?"]),  # an empty prompt is left out
    (REHEARSE, ["intro Practise reporting.", "screen1 Menu: Tap.", "screen2 Report: "]),
    (HELP, ["text Talk to:", "adult1 a parent", "adult2 a teacher"]),
    (SUMMARY, ["title Remember", "point1 It is never your fault."]),
]


@pytest.mark.parametrize(("step", "expected"), EXPECTED, ids=[step.kind for step, _ in EXPECTED])
def test_every_kind_of_step_lists_its_texts_in_reading_order(step: m.Step, expected: list[str]) -> None:
    shown = [f"{t.kind}{t.number or ''} {t.label + ': ' if t.label else ''}{t.text}" for t in step_texts(step)]
    assert shown == expected


def test_a_step_of_no_known_kind_has_only_its_title() -> None:
    assert step_texts(m.Step(id="x", kind="other", title="Hello")) == (StepText("title", "Hello"),)
    assert step_texts(m.Step(id="y", kind="other")) == ()
