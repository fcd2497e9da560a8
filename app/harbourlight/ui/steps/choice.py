"""A "what would you do?" moment: pick an option, read its feedback, go on down that branch."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup

from harbourlight.core.models import ChoiceStep
from harbourlight.ui.accessibility import announce
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import text_label
from harbourlight.ui.wrap_button import WrapButton


class ChoiceWidget(StepWidget):
    def __init__(self, step: ChoiceStep, context: StepContext):
        super().__init__(step, context)
        self.choice_step = step
        self.layout_.addWidget(text_label(step.prompt, "prompt"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.option_buttons = []
        for index, option in enumerate(step.options):
            btn = WrapButton(option.text)  # long answers wrap at large text sizes
            btn.setCheckable(True)
            self.group.addButton(btn, index)
            self.option_buttons.append(btn)
            self.layout_.addWidget(btn)
        self.feedback = text_label("", "feedback")
        self.feedback.setVisible(False)
        self.layout_.addWidget(self.feedback)
        self.layout_.addStretch(1)
        self._chosen: int | None = None
        self.group.idClicked.connect(self.choose)

    def choose(self, index: int) -> None:
        self._chosen = index
        self.option_buttons[index].setChecked(True)
        self.feedback.setText(self.choice_step.options[index].feedback)
        self.feedback.setVisible(True)
        # Focus stays on the answer; the feedback is announced and also becomes the answer's description.
        self.option_buttons[index].setAccessibleDescription(self.feedback.text())
        announce(self.feedback, focus=False)
        self.ready_changed.emit(True)

    def is_ready(self) -> bool:
        return self._chosen is not None

    def chosen_option(self) -> int | None:
        return self._chosen

    def focus_first(self) -> None:
        if self.option_buttons:
            self.option_buttons[0].setFocus()
