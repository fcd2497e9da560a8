"""Practise a reporting route on simulated screens drawn from the step's data (no account, no network)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from harbourlight.core.models import RehearseStep
from harbourlight.ui.accessibility import announce
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import button, text_label


class RehearseWidget(StepWidget):
    def __init__(self, step: RehearseStep, context: StepContext):
        super().__init__(step, context)
        self.rehearse = step
        if step.intro:
            self.layout_.addWidget(text_label(step.intro, "prompt"))
        self.layout_.addWidget(text_label(self.tr._("Practice only: nothing is sent anywhere."), "muted"))
        self.screen = QFrame()
        self.screen.setObjectName("chatFrame")
        inner = QVBoxLayout(self.screen)
        inner.setContentsMargins(24, 20, 24, 20)
        self.counter = text_label("", "muted")
        self.screen_title = text_label("", "subheading")
        self.screen_text = text_label("", "storyText")
        self.action = button("", "primary")
        self.action.clicked.connect(self.next_screen)
        inner.addWidget(self.counter)
        inner.addWidget(self.screen_title)
        inner.addWidget(self.screen_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.action)
        inner.addLayout(row)
        self.layout_.addWidget(self.screen)
        self.done = text_label(
            self.tr._("Well done — you know the steps. You can practise again any time."), "feedback"
        )
        self.done.setVisible(False)
        self.layout_.addWidget(self.done)
        self.layout_.addStretch(1)
        self.index = 0
        self._show()

    def _show(self) -> None:
        screen = self.rehearse.screens[self.index]
        self.counter.setText(
            self.tr._("Screen {n} of {total}").format(n=self.index + 1, total=len(self.rehearse.screens))
        )
        self.screen_title.setText(screen.title)
        self.screen_text.setText(screen.text)
        self.action.setText(screen.action.replace("&", "&&"))
        self.action.setAccessibleName(screen.action)
        # Focus stays on the button, so what the pretend screen says travels with it for screen readers.
        self.action.setAccessibleDescription(f"{self.counter.text()}. {screen.title}. {screen.text}")

    def next_screen(self) -> None:
        if self.index + 1 < len(self.rehearse.screens):
            self.index += 1
            self._show()
            return
        self.done.setVisible(True)
        self.action.setEnabled(False)
        announce(self.done)  # the button just pressed is disabled; focus and the screen reader go to the result
        self.ready_changed.emit(True)

    def is_ready(self) -> bool:
        return self.done.isVisibleTo(self)

    def focus_first(self) -> None:
        self.action.setFocus()
