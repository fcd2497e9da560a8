"""Walking a lesson graph: branching, back, restart, resume and the end."""

from __future__ import annotations

import pytest

from harbourlight.core import graph
from harbourlight.core.models import ChoiceOption, ChoiceStep, HelpStep, Lesson, StoryPanel, StoryStep, SummaryStep
from harbourlight.core.walk import LessonWalk


def make_lesson() -> Lesson:
    return Lesson(
        id="demo",
        band="11-13",
        topics=("grooming",),
        title="Demo",
        duration_minutes=5,
        advisory="A demo.",
        steps=(
            StoryStep(id="intro", kind="story", panels=(StoryPanel(text="Hi"),)),
            ChoiceStep(
                id="pick",
                kind="choice",
                prompt="?",
                options=(
                    ChoiceOption(text="a", feedback="fa", next="path-a"),
                    ChoiceOption(text="b", feedback="fb", next="help"),
                ),
            ),
            SummaryStep(id="path-a", kind="summary", points=("x",)),
            HelpStep(id="help", kind="help", topics=("grooming",)),
        ),
    )


def test_branching_follows_the_chosen_option() -> None:
    lesson = make_lesson()
    walk = LessonWalk.start(lesson).advance()
    assert walk.current.id == "pick" and not walk.is_last
    with pytest.raises(ValueError):
        walk.advance()  # a choice needs an answer
    assert walk.advance(0).current.id == "path-a"
    assert walk.advance(1).current.id == "help"
    assert walk.advance(1).is_last


def test_back_restart_and_position() -> None:
    walk = LessonWalk.start(make_lesson()).advance().advance(0)
    assert walk.position == 3 and walk.path == ("intro", "pick", "path-a")
    assert walk.back().current.id == "pick"
    assert walk.restart().path == ("intro",)
    assert LessonWalk.start(make_lesson()).back().path == ("intro",)


def test_resume_falls_back_to_start_when_the_lesson_changed() -> None:
    lesson = make_lesson()
    assert LessonWalk.resume(lesson, ("intro", "pick")).current.id == "pick"
    assert LessonWalk.resume(lesson, ("intro", "gone")).path == ("intro",)


def test_graph_facts() -> None:
    lesson = make_lesson()
    assert graph.reachable_ids(lesson) == {"intro", "pick", "path-a", "help"}
    assert graph.ids_that_cannot_finish(lesson) == set()
    assert {s.id for s in graph.ending_steps(lesson)} == {"help"}
    assert graph.longest_path_length(lesson) == 4
