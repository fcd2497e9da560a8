"""What every step widget shares: it is given a step and says when the learner may go on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from harbourlight.core.directory import HelpSelection
from harbourlight.core.models import CountryDirectory, Step
from harbourlight.i18n import Translator
from harbourlight.ui.widgets import text_label


@dataclass(frozen=True)
class StepContext:
    tr: Translator
    today: dt.date
    # (topics) -> the help to show for the learner's country
    help_for: Callable[[tuple[str, ...]], tuple[HelpSelection, CountryDirectory | None]]
    # The folder of the pack the current lesson came from; media paths in steps are relative to it.
    media_dir: Path | None = None

    def resolve_media(self, relative: str) -> Path | None:
        """The file a step's media path names, or None if it is missing or would leave the pack folder."""
        if not relative or self.media_dir is None:
            return None
        root = self.media_dir.resolve()
        candidate = (root / relative).resolve()
        if not candidate.is_relative_to(root) or not candidate.is_file():
            return None
        return candidate


class StepWidget(QWidget):
    ready_changed = Signal(bool)

    def __init__(self, step: Step, context: StepContext):
        super().__init__()
        self.step = step
        self.context = context
        self.tr = context.tr
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(14)
        if step.title:
            self.layout_.addWidget(text_label(step.title, "heading"))

    def is_ready(self) -> bool:
        """Whether Next may be pressed (a choice needs an answer first)."""
        return True

    def chosen_option(self) -> int | None:
        return None

    def focus_first(self) -> None:
        """Move keyboard focus into the new content so screen readers announce it."""
        self.setFocus()
