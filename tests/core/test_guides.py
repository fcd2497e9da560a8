"""Parent guides per topic, step outlines and planned timing, built from the real default pack."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from harbourlight.core.guides import guide_topics, help_topics, topic_guide
from harbourlight.core.models import Lesson, Pack, ParentPage
from harbourlight.core.outline import key_messages, plan_timing, step_lines, trusted_adults
from harbourlight.packs.pack_loader import load_pack

DEFAULT_PACK = Path(__file__).resolve().parents[2] / "content" / "packs" / "default"


@pytest.fixture(scope="module")
def pack() -> Pack:
    result = load_pack(DEFAULT_PACK)
    assert result.pack is not None
    return result.pack


def test_every_main_topic_gets_a_guide_in_vocabulary_order(pack: Pack) -> None:
    topics = guide_topics(pack.lessons)
    assert topics[0] == "body-safety"
    assert "sextortion" in topics and "ai-images" in topics
    assert len(topics) == len(set(topics))


def test_topic_guide_groups_lessons_by_band_youngest_first(pack: Pack) -> None:
    guide = topic_guide("sextortion", pack.lessons)
    bands = [band.band for band in guide.bands]
    assert bands == sorted(bands, key=["5-7", "8-10", "11-13", "14-17"].index)
    assert "11-13" in bands and "14-17" in bands
    sextortion = pack.lesson("b1113-sextortion")
    assert sextortion is not None
    band = next(b for b in guide.bands if b.band == "11-13")
    note = next(n for n in band.lessons if n.lesson.id == sextortion.id)
    assert note.taught == sextortion.parents.taught.strip()
    assert sextortion.parents.conversation_starters[0] in band.conversation_starters
    assert sextortion.parents.signs[0] in guide.signs
    assert sextortion.parents.what_to_do.strip() in guide.what_to_do
    assert all("sextortion" in lesson.topics for lesson in guide.lessons)


def test_repeated_signs_are_listed_once(pack: Pack) -> None:
    lesson = pack.lessons[0]
    twin = replace(lesson, id="twin", parents=replace(lesson.parents, signs=(lesson.parents.signs[0].upper(),)))
    guide = topic_guide(lesson.main_topic, [lesson, twin])
    assert [s.casefold() for s in guide.signs].count(lesson.parents.signs[0].casefold()) == 1


def test_parent_pages_for_the_topic_and_for_any_come_first(pack: Pack) -> None:
    pages = (
        ParentPage(topic="grooming", title="How grooming works", body="Slowly, with gifts."),
        ParentPage(topic="any", title="Talking about hard things", body="Keep it calm."),
        ParentPage(topic="sextortion", title="Not this one", body="…"),
    )
    guide = topic_guide("grooming", pack.lessons, pages)
    assert [p.title for p in guide.pages] == ["How grooming works", "Talking about hard things"]
    assert "trafficking" in guide_topics((), (ParentPage(topic="trafficking", title="t", body="b"),))
    assert help_topics(guide)[0] == "grooming"


def test_a_topic_without_lessons_or_pages_is_empty(pack: Pack) -> None:
    assert topic_guide("missing-children", pack.lessons).is_empty


@pytest.mark.parametrize("index", range(0, 33, 4))
def test_planned_timing_adds_up_to_the_duration(pack: Pack, index: int) -> None:
    lesson: Lesson = pack.lessons[index]
    timed = plan_timing(lesson)
    assert [t.step for t in timed] == list(lesson.steps)
    assert sum(t.minutes for t in timed) == lesson.duration_minutes
    assert timed[0].starts_at == 0
    assert all(b.starts_at == a.starts_at + a.minutes for a, b in itertools.pairwise(timed))


def test_discussion_steps_get_more_time_than_summaries(pack: Pack) -> None:
    lesson = pack.lesson("b1113-sextortion")
    assert lesson is not None
    by_kind = {t.step.kind: t.minutes for t in plan_timing(replace(lesson, duration_minutes=45))}
    assert by_kind["choice"] > by_kind["summary"]


def test_outlines_show_what_the_class_sees_not_the_answers(pack: Pack) -> None:
    lesson = pack.lesson("b1113-sextortion")
    assert lesson is not None
    choice = next(s for s in lesson.steps if s.kind == "choice")
    lines = step_lines(choice)
    assert lines[0] == "Dev has one hour. What could he do?"
    assert lines[1] == "A. Pay, so they go away."
    assert not any("paying usually leads" in line for line in lines)
    story = lesson.steps[0]
    assert "Jess: ur school too. u have 1 hour" in step_lines(story)


def test_key_messages_and_trusted_adults_come_from_summary_and_help_steps(pack: Pack) -> None:
    lesson = pack.lesson("b1113-sextortion")
    assert lesson is not None
    assert key_messages(lesson)[0].startswith("Sextortion is a crime")
    assert trusted_adults(lesson)[0] == "a parent or carer"


def test_parent_pages_are_read_from_pack_yaml(pack_copy: Path) -> None:
    manifest = pack_copy / "pack.yaml"
    manifest.write_text(
        manifest.read_text("utf-8")
        + "parent_pages:\n  - topic: grooming\n    title: How grooming works\n"
        + "    body: It often starts with kindness.\n",
        "utf-8",
    )
    result = load_pack(pack_copy)
    assert result.pack is not None, result.problems
    assert result.pack.parent_pages == (
        ParentPage(topic="grooming", title="How grooming works", body="It often starts with kindness."),
    )
