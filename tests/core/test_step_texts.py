"""The one list of a step's texts that the outline, read-aloud and the readability figures are made from."""

from __future__ import annotations

from harbourlight.core.models import (
    ChatMessage,
    ChoiceOption,
    ChoiceStep,
    HelpStep,
    QuizOption,
    QuizStep,
    ReflectStep,
    RehearseScreen,
    RehearseStep,
    SortGroup,
    SortItem,
    SortStep,
    Step,
    StoryPanel,
    StoryStep,
    SummaryStep,
)
from harbourlight.core.step_texts import StepText, step_texts


def kinds(step: Step) -> list[tuple[str, str, str, int]]:
    return [(t.kind, t.text, t.label, t.number) for t in step_texts(step)]


def test_story_lists_each_panel_in_reading_order_picture_chat_text_caption() -> None:
    step = StoryStep(
        id="s",
        kind="story",
        title="A new message",
        panels=(
            StoryPanel(text="Mia looks.", speaker="Mia", picture="a.png", alt="A phone.", caption="Later"),
            StoryPanel(chat=(ChatMessage(sender="Sam", text="Hi"), ChatMessage(sender="Mia", text="", me=True))),
            StoryPanel(alt="described, but no picture", caption="A caption alone"),
            StoryPanel(picture="b.png", speaker="Nobody"),
        ),
    )
    assert kinds(step) == [
        ("title", "A new message", "", 0),
        ("alt", "A phone.", "", 1),
        ("line", "Mia looks.", "Mia", 1),
        ("caption", "Later", "", 1),
        ("chat", "Hi", "Sam", 2),
        ("chat", "", "Mia", 2),  # list entries are kept even when empty
        ("caption", "A caption alone", "", 3),
    ]


def test_choice_and_quiz_list_the_prompt_the_numbered_options_then_what_answering_reveals() -> None:
    choice = ChoiceStep(
        id="c",
        kind="choice",
        prompt="What now?",
        options=(
            ChoiceOption(text="Tell", feedback="Good.", next="x"),
            ChoiceOption(text="Hide", feedback="", next="y"),
        ),
    )
    assert kinds(choice) == [
        ("prompt", "What now?", "", 0),
        ("choice", "Tell", "", 1),
        ("choice", "Hide", "", 2),
        ("feedback", "Good.", "", 1),
        ("feedback", "", "", 2),
    ]
    quiz = QuizStep(
        id="q",
        kind="quiz",
        title="Check",
        question="Is it your fault?",
        options=(
            QuizOption(text="No", correct=True, explanation="Never."),
            QuizOption(text="Yes", correct=False, explanation=""),
        ),
    )
    assert kinds(quiz) == [
        ("title", "Check", "", 0),
        ("prompt", "Is it your fault?", "", 0),
        ("answer", "No", "", 1),
        ("answer", "Yes", "", 2),
        ("feedback", "Never.", "", 1),
        ("feedback", "", "", 2),
    ]


def test_sort_lists_items_then_their_explanations_but_not_the_group_labels() -> None:
    step = SortStep(
        id="s",
        kind="sort",
        prompt="Safe or not?",
        groups=(SortGroup(id="ok", label="Safe"), SortGroup(id="no", label="Not safe")),
        items=(
            SortItem(text="A stranger asks for a photo", group="no", explanation="Tell someone."),
            SortItem(text="Gran calls", group="ok"),
        ),
    )
    assert kinds(step) == [
        ("prompt", "Safe or not?", "", 0),
        ("item", "A stranger asks for a photo", "", 1),
        ("item", "Gran calls", "", 2),
        ("feedback", "Tell someone.", "", 1),
        ("feedback", "", "", 2),
    ]


def test_reflect_rehearse_help_and_summary() -> None:
    reflect = ReflectStep(id="r", kind="reflect", prompt="", hints=("Who?", "When?"))
    assert kinds(reflect) == [("hint", "Who?", "", 1), ("hint", "When?", "", 2)]  # an empty prompt is left out
    rehearse = RehearseStep(
        id="re",
        kind="rehearse",
        intro="Practise reporting.",
        screens=(
            RehearseScreen(title="Menu", text="Tap the dots.", action="next"),
            RehearseScreen(title="Report", text="", action="done"),
        ),
    )
    assert kinds(rehearse) == [
        ("intro", "Practise reporting.", "", 0),
        ("screen", "Tap the dots.", "Menu", 1),
        ("screen", "", "Report", 2),
    ]
    help_step = HelpStep(
        id="h", kind="help", text="You can talk to:", topics=("grooming",), trusted_adults=("a parent", "a teacher")
    )
    assert kinds(help_step) == [
        ("text", "You can talk to:", "", 0),
        ("adult", "a parent", "", 1),
        ("adult", "a teacher", "", 2),
    ]
    summary = SummaryStep(id="su", kind="summary", title="Remember", points=("It is never your fault.",))
    assert kinds(summary) == [("title", "Remember", "", 0), ("point", "It is never your fault.", "", 1)]


def test_a_step_of_no_known_kind_has_only_its_title() -> None:
    assert step_texts(Step(id="x", kind="other", title="Hello")) == (StepText("title", "Hello"),)
    assert step_texts(Step(id="y", kind="other")) == ()
