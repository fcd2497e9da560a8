"""Read-aloud: a step's own recorded voice when the pack has one, otherwise Qt text-to-speech.

QtTextToSpeech and QtMultimedia live in PySide6-Addons and are imported only when the learner first presses
Read aloud, so start-up stays fast and the app still works (the button explains) when they are missing.
The speech engine is always named explicitly: Qt's default on Linux (speechd) can hang with no audio device.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QWidget

from harbourlight.core.models import Pack, Step
from harbourlight.core.step_texts import step_texts
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import Language
from harbourlight.ui.accessibility import announce
from harbourlight.ui.widgets import button, text_label

SENTENCE_END = re.compile(r"(?<=[.!?…。！？؟])\s+")
READ_ALOUD_SHORTCUT = "Ctrl+R"


def default_engine(platform: str = sys.platform) -> str:
    """The speech engine Qt ships for each desktop (tests and CI use "mock")."""
    if platform.startswith("win"):
        return "sapi"
    if platform == "darwin":
        return "darwin"
    return "speechd"


def sentences(text: str) -> list[str]:
    return [part.strip() for block in text.split("\n") for part in SENTENCE_END.split(block) if part.strip()]


def step_text(step: Step, tr: Translator) -> list[str]:
    """What read-aloud says for a step, in reading order, one sentence per item (for progress).

    Not the feedback (read with its own view), and of a rehearse step only the first screen.
    """
    parts: list[str] = []
    for t in step_texts(step):
        if t.kind == "alt":
            parts.append(tr._("Picture: {alt}").format(alt=t.text))
        elif t.kind == "chat":
            parts.append(tr._("{name} says: {text}").format(name=t.label, text=t.text))
        elif t.kind == "line":
            parts.append(f"{t.label}: {t.text}" if t.label else t.text)
        elif t.kind == "choice":
            parts.append(tr._("Choice {n}: {text}").format(n=t.number, text=t.text))
        elif t.kind == "answer":
            parts.append(tr._("Answer {n}: {text}").format(n=t.number, text=t.text))
        elif t.kind == "screen":
            if t.number == 1:
                parts.append(f"{t.label}. {t.text}")
        elif t.kind != "feedback":
            parts.append(t.text)
    return [s for part in parts if part for s in sentences(part)]


def choose_locale(available: Sequence[str], language: str, country: str) -> str | None:
    """The engine locale for the content's language, preferring the learner's country (en_GB for GB)."""
    language = language.replace("-", "_").split("_")[0].lower()
    wanted = f"{language}_{country.upper()}"
    if wanted in available:
        return wanted
    same_language = sorted(name for name in available if name.split("_")[0].lower() == language)
    return same_language[0] if same_language else None


class Speaker(QObject):
    """The read-aloud service. One per window; it reads one thing at a time."""

    state_changed = Signal(str)  # "idle", "reading", "paused"
    progress = Signal(int, int)  # sentence n (from 1) of total
    failed = Signal(str)  # a translated reason, shown to the learner
    voiceover_failed = Signal()  # the recording could not be played; the caller reads the text instead

    def __init__(self, tr: Translator, engine_name: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.tr = tr
        self.engine_name = engine_name or default_engine()
        self.state = "idle"
        self.mode = ""  # "speech" or "voiceover" while something is playing
        self.last_text: list[str] = []  # what was last sent to the engine (tests and diagnostics)
        self.last_locale = ""
        self._tts = None  # type: ignore[var-annotated]
        self._tts_problem = ""
        self._player = None  # type: ignore[var-annotated]
        self._audio = None  # type: ignore[var-annotated]
        self._ids: dict[int, int] = {}  # engine utterance id → sentence index
        self._total = 0
        self._current = -1

    # --- engine ---------------------------------------------------------------------------------------------
    def _engine(self):  # type: ignore[no-untyped-def]
        """The QTextToSpeech engine, built on first use; None (and a reason) when there is none."""
        if self._tts is not None or self._tts_problem:
            return self._tts
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._tts_problem = self.tr._("Read-aloud is not part of this installation of Harbourlight.")
            return None
        if self.engine_name not in QTextToSpeech.availableEngines():
            self._tts_problem = self.tr._(
                "Read-aloud needs a speech engine, and none is installed on this computer. "
                "A grown-up can install one (for example speech-dispatcher on Linux)."
            )
            return None
        tts = QTextToSpeech(self.engine_name, self)
        if tts.state() == QTextToSpeech.State.Error:
            self._tts_problem = self.tr._("The computer's speech engine is not working: {reason}").format(
                reason=tts.errorString() or tts.errorReason().name
            )
            return None
        tts.stateChanged.connect(self._speech_state)
        tts.sayingWord.connect(self._saying_word)
        self._tts = tts
        return tts

    def unavailable_reason(self, language: str, country: str) -> str:
        """Why text cannot be read aloud in this language, or "" when it can."""
        tts = self._engine()
        if tts is None:
            return self._tts_problem
        locales = [locale.name() for locale in tts.availableLocales()]
        if choose_locale(locales, language, country) is None:
            return self.tr._("There is no voice for {language} on this computer.").format(
                language=Language(language).name_in(self.tr.language)
            )
        return ""

    # --- reading --------------------------------------------------------------------------------------------
    def read(self, chunks: Sequence[str], language: str, country: str) -> bool:
        """Start reading; False (and `failed`) when it cannot."""
        self.stop()
        reason = self.unavailable_reason(language, country) if chunks else self.tr._("There is nothing to read here.")
        if reason:
            self.failed.emit(reason)
            return False
        from PySide6.QtCore import QLocale

        tts = self._tts
        assert tts is not None
        locales = [locale.name() for locale in tts.availableLocales()]
        chosen = choose_locale(locales, language, country)
        assert chosen is not None
        tts.setLocale(QLocale(chosen))
        self.last_locale = tts.locale().name()
        self.last_text = list(chunks)
        self._total = len(chunks)
        self.mode = "speech"
        self._set_state("reading")
        self._ids = {}
        self._current = -1
        for index, chunk in enumerate(chunks):
            self._ids[tts.enqueue(chunk)] = index
        return True

    def play_file(self, path: Path) -> bool:
        """Play a pack's recorded voiceover instead of synthetic speech."""
        self.stop()
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError:
            self.voiceover_failed.emit()
            return False
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._audio = QAudioOutput(self)
            self._player.setAudioOutput(self._audio)
            self._player.playbackStateChanged.connect(self._playback_state)
            self._player.errorOccurred.connect(self._voiceover_error)
        self.mode = "voiceover"
        self.last_text = [str(path)]
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._set_state("reading")
        self._player.play()
        return True

    def pause(self) -> None:
        if self.state != "reading":
            return
        if self.mode == "speech" and self._tts is not None:
            self._tts.pause()  # the engine pauses at the end of the word and then reports Paused
        elif self.mode == "voiceover" and self._player is not None:
            self._player.pause()
            self._set_state("paused")

    def resume(self) -> None:
        if self.state != "paused":
            return
        if self.mode == "speech" and self._tts is not None:
            self._tts.resume()
        elif self.mode == "voiceover" and self._player is not None:
            self._player.play()
            self._set_state("reading")

    def stop(self) -> None:
        mode, self.mode = self.mode, ""
        if mode == "speech" and self._tts is not None:
            self._tts.stop()
        elif mode == "voiceover" and self._player is not None:
            self._player.stop()
        self._set_state("idle")

    # --- engine callbacks -----------------------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _saying_word(self, _word: str, utterance_id: int, _start: int, _length: int) -> None:
        index = self._ids.get(utterance_id)
        if self.mode == "speech" and index is not None and index != self._current:
            self._current = index
            self.progress.emit(index + 1, self._total)

    def _speech_state(self, state) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self.mode != "speech":
            return
        if state == QTextToSpeech.State.Speaking:
            self._set_state("reading")
        elif state == QTextToSpeech.State.Paused:
            self._set_state("paused")
        elif state == QTextToSpeech.State.Ready:
            self.mode = ""
            self._set_state("idle")
        elif state == QTextToSpeech.State.Error:
            self.mode = ""
            self._set_state("idle")
            reason = self._tts.errorString() if self._tts is not None else ""
            self.failed.emit(self.tr._("The computer's speech engine stopped: {reason}").format(reason=reason))

    def _voiceover_error(self, _error, _text: str) -> None:  # type: ignore[no-untyped-def]
        # e.g. an installer without Qt's sound plugins, or a broken file: fall back to the computer's voice
        if self.mode == "voiceover":
            self.mode = ""
            self._set_state("idle")
            self.voiceover_failed.emit()

    def _playback_state(self, state) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtMultimedia import QMediaPlayer

        if self.mode == "voiceover" and state == QMediaPlayer.PlaybackState.StoppedState:
            self.mode = ""
            self._set_state("idle")


class ReadAloudBar(QWidget):
    """Read aloud / Pause / Stop for the current step, with a line saying what is happening."""

    def __init__(self, speaker: Speaker, parent: QWidget | None = None):
        super().__init__(parent)
        self.speaker = speaker
        self.tr = speaker.tr
        self.step: Step | None = None
        self.language = "en"
        self.country = ""
        self.media_root: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.read_button = button("")
        self.read_button.clicked.connect(self.toggle)
        self.pause_button = button("")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.status = text_label("", "muted")
        self.status.setAccessibleName(self.tr._("Read-aloud status"))
        row.addWidget(self.read_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.status, 1)
        self.shortcut = QShortcut(QKeySequence(READ_ALOUD_SHORTCUT), self, self.toggle)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        speaker.state_changed.connect(self._state_changed)
        speaker.progress.connect(self._progress)
        speaker.failed.connect(self._failed)
        speaker.voiceover_failed.connect(self._read_text)
        self._previous = "idle"
        self._state_changed(speaker.state)

    def set_content(self, language: str, country: str, media_root: Path | None) -> None:
        self.language, self.country, self.media_root = language, country, media_root

    def set_step(self, step: Step) -> None:
        """A new step: stop reading the old one."""
        self.step = step
        if self.speaker.state != "idle":
            self.speaker.stop()
        self.status.setText("")

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the lesson, finishing it or quick-hide: the app must fall silent at once."""
        if self.speaker.state != "idle":
            self.speaker.stop()
            self.status.setText("")
        super().hideEvent(event)

    def voiceover(self) -> Path | None:
        if not (self.step and self.step.read_aloud and self.media_root):
            return None
        path = (self.media_root / self.step.read_aloud).resolve()
        inside = self.media_root.resolve() in path.parents
        return path if inside and path.is_file() else None

    def toggle(self) -> None:
        if not self.isVisible() or self.step is None:
            return
        if self.speaker.state != "idle":
            self.speaker.stop()
            self.status.setText(self.tr._("Stopped."))
            return
        recording = self.voiceover()
        if recording is not None:
            if self.speaker.play_file(recording):
                self.status.setText(self.tr._("Playing the recorded voice…"))
            return
        self._read_text()

    def _read_text(self) -> None:
        if self.step is not None and self.speaker.read(step_text(self.step, self.tr), self.language, self.country):
            self.status.setText(self.tr._("Reading…"))

    def toggle_pause(self) -> None:
        if self.speaker.state == "reading":
            self.speaker.pause()
        elif self.speaker.state == "paused":
            self.speaker.resume()

    def _state_changed(self, state: str) -> None:
        tr = self.tr
        reading = state != "idle"
        text = tr._("Stop reading") if reading else tr._("Read aloud")
        self.read_button.setText(text)
        self.read_button.setAccessibleName(text)
        self.read_button.setAccessibleDescription(
            tr._("Reads this step out loud. Shortcut: {keys}").format(
                keys=QKeySequence(READ_ALOUD_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        pause = tr._("Carry on reading") if state == "paused" else tr._("Pause")
        self.pause_button.setText(pause)
        self.pause_button.setAccessibleName(pause)
        self.pause_button.setVisible(reading)
        if state == "paused":
            self.status.setText(tr._("Paused."))
        elif state == "reading" and self._previous == "paused":
            self.status.setText(tr._("Reading…"))
        if state == "idle" and self._previous != "idle":
            self.status.setText(tr._("Finished reading."))  # replaced at once when the learner pressed Stop
        self._previous = state

    def _progress(self, n: int, total: int) -> None:
        self.status.setText(self.tr._("Reading… sentence {n} of {total}").format(n=n, total=total))

    def _failed(self, reason: str) -> None:
        self.status.setText(reason)
        announce(self.status, focus=False)


def content_language(pack: Pack | None, ui_language: str) -> str:
    """The language the lesson text is in: the UI language when the pack has it, else the pack's own."""
    if pack is None:
        return ui_language
    return ui_language if ui_language in pack.languages else pack.default_language
