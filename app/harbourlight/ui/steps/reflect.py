"""A discussion prompt. The box is for thinking only: nothing typed is ever stored or sent."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from harbourlight.core.models import ReflectStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import card, text_label


class ReflectWidget(StepWidget):
    def __init__(self, step: ReflectStep, context: StepContext):
        super().__init__(step, context)
        self.layout_.addWidget(text_label(step.prompt, "prompt"))
        if step.hints:
            frame, inner = card()
            inner.addWidget(text_label(self.tr._("Things to think about"), "subheading"))
            for hint in step.hints:
                inner.addWidget(text_label(f"•  {hint}", "storyText"))
            self.layout_.addWidget(frame)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr._("You can type your thoughts here. They are not saved."))
        self.notes.setAccessibleName(self.tr._("Your thoughts (not saved)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(140)
        self.layout_.addWidget(self.notes)
        self.layout_.addWidget(
            text_label(self.tr._("Nothing you type here is kept. It disappears when you go on."), "muted")
        )
        self.layout_.addStretch(1)
