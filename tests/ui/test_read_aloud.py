"""Read-aloud through Qt's "mock" speech engine (never the system's: speechd hangs without audio)."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from harbourlight.core.models import ChatMessage, ChoiceOption, ChoiceStep, StoryPanel, StoryStep
from harbourlight.i18n import Translator
from harbourlight.ui.read_aloud import (
    ReadAloudBar,
    Speaker,
    choose_locale,
    default_engine,
    sentences,
    step_text,
)

STORY = StoryStep(
    id="s1",
    kind="story",
    title="A new message",
    panels=(
        StoryPanel(text="Mia gets a message. She does not know the sender!", picture="media/a.png", alt="A phone."),
        StoryPanel(chat=(ChatMessage(sender="Sam", text="Hi. Keep this secret?"),)),
    ),
)


@pytest.fixture
def tr(context) -> Translator:  # type: ignore[no-untyped-def]
    return context.translator


@pytest.fixture
def speaker(tr, qtbot) -> Speaker:  # type: ignore[no-untyped-def]
    return Speaker(tr, "mock")


@pytest.fixture
def bar(speaker, qtbot) -> ReadAloudBar:  # type: ignore[no-untyped-def]
    widget = ReadAloudBar(speaker)
    qtbot.addWidget(widget)
    widget.set_content("en", "GB", None)
    widget.show()
    return widget


def test_sentences_split_on_sentence_ends_and_lines() -> None:
    assert sentences("One. Two? Three!\nFour") == ["One.", "Two?", "Three!", "Four"]


def test_step_text_reads_title_alt_text_and_chat_in_order(tr) -> None:  # type: ignore[no-untyped-def]
    assert step_text(STORY, tr) == [
        "A new message",
        "Picture: A phone.",
        "Mia gets a message.",
        "She does not know the sender!",
        "Sam says: Hi.",
        "Keep this secret?",
    ]


def test_step_text_reads_choices_with_their_numbers(tr) -> None:  # type: ignore[no-untyped-def]
    step = ChoiceStep(
        id="c",
        kind="choice",
        prompt="What now?",
        options=(ChoiceOption(text="Tell", feedback="f", next="x"), ChoiceOption(text="Hide", feedback="f", next="y")),
    )
    assert step_text(step, tr) == ["What now?", "Choice 1: Tell", "Choice 2: Hide"]


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [("en", "GB", "en_GB"), ("en", "US", "en_US"), ("en", "NO", "en_GB"), ("nb", "NO", "nb_NO"), ("ar", "EG", None)],
)
def test_voice_locale_follows_the_content_language_and_prefers_the_country(language, country, expected) -> None:  # type: ignore[no-untyped-def]
    available = ["en_GB", "en_US", "nb_NO", "nn_NO", "fi_FI"]  # what the mock engine offers
    assert choose_locale(available, language, country) == expected


def test_each_desktop_gets_an_explicit_engine() -> None:
    assert (default_engine("linux"), default_engine("win32"), default_engine("darwin")) == ("speechd", "sapi", "darwin")


def test_read_aloud_sends_the_step_text_in_the_content_language(bar, speaker, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar.set_content("nb", "NO", None)
    bar.set_step(STORY)
    with qtbot.waitSignal(speaker.progress, timeout=5000):
        bar.read_button.click()
    assert speaker.last_text == step_text(STORY, speaker.tr)
    assert speaker.last_locale == "nb_NO"
    assert bar.read_button.text() == "Stop reading"
    assert bar.status.text().startswith("Reading… sentence 1 of 6")
    qtbot.waitUntil(lambda: speaker.state == "idle", timeout=20000)
    assert bar.status.text() == "Finished reading."
    assert bar.read_button.text() == "Read aloud"


def test_pause_carry_on_and_stop(bar, speaker, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar.set_step(STORY)
    bar.read_button.click()
    assert bar.pause_button.isVisible()
    bar.pause_button.click()
    qtbot.waitUntil(lambda: speaker.state == "paused", timeout=5000)
    assert bar.status.text() == "Paused."
    assert bar.pause_button.text() == "Carry on reading"
    bar.pause_button.click()
    qtbot.waitUntil(lambda: speaker.state == "reading", timeout=5000)
    bar.read_button.click()
    assert speaker.state == "idle"
    assert bar.status.text() == "Stopped."
    assert not bar.pause_button.isVisible()


def test_a_new_step_stops_reading_the_old_one(bar, speaker) -> None:  # type: ignore[no-untyped-def]
    bar.set_step(STORY)
    bar.read_button.click()
    assert speaker.state == "reading"
    bar.set_step(STORY)
    assert speaker.state == "idle"
    assert bar.status.text() == ""


def test_no_voice_for_the_language_is_explained_not_silent(bar, speaker) -> None:  # type: ignore[no-untyped-def]
    bar.set_content("ar", "EG", None)
    bar.set_step(STORY)
    bar.read_button.click()
    assert speaker.state == "idle"
    assert bar.status.text() == "There is no voice for Arabic on this computer."


def test_no_speech_engine_is_explained(tr, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ReadAloudBar(Speaker(tr, "no-such-engine"))
    qtbot.addWidget(widget)
    widget.show()
    widget.set_step(STORY)
    widget.read_button.click()
    assert "needs a speech engine, and none is installed" in widget.status.text()


def test_a_recorded_voiceover_is_played_instead_of_speech(bar, speaker, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "media").mkdir()
    with wave.open(str(tmp_path / "media" / "s1.wav"), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 800)
    step = StoryStep(id="s1", kind="story", panels=STORY.panels, read_aloud="media/s1.wav")
    bar.set_content("en", "GB", tmp_path)
    bar.set_step(step)
    bar.read_button.click()
    assert speaker.mode == "voiceover"
    assert speaker.last_text == [str((tmp_path / "media" / "s1.wav").resolve())]
    assert bar.status.text() == "Playing the recorded voice…"
    bar.read_button.click()
    assert speaker.state == "idle"


def test_a_voiceover_outside_the_pack_is_not_played(bar, speaker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "secret.wav").write_bytes(b"RIFF")
    step = StoryStep(id="s1", kind="story", panels=STORY.panels, read_aloud="../secret.wav")
    bar.set_content("en", "GB", tmp_path / "pack")
    bar.set_step(step)
    assert bar.voiceover() is None
    bar.read_button.click()
    assert speaker.mode == "speech"  # falls back to reading the text


def test_quick_hide_silences_read_aloud_at_once(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    lesson = window.context.library.find_lesson("b1113-exposed-accounts")
    window.start_lesson(lesson)
    window.lesson_view.read_aloud.read_button.click()
    assert window.speaker.state == "reading"
    window.quick_hide()
    assert window.speaker.state == "idle"


def test_a_voiceover_that_cannot_be_played_falls_back_to_speech(bar, speaker, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "broken.wav").write_bytes(b"not a sound file")
    step = StoryStep(id="s1", kind="story", panels=STORY.panels, read_aloud="media/broken.wav")
    bar.set_content("en", "GB", tmp_path)
    bar.set_step(step)
    bar.read_button.click()
    qtbot.waitUntil(lambda: speaker.mode == "speech", timeout=10000)
    assert speaker.last_text == step_text(step, speaker.tr)
