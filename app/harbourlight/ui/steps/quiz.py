"""A quiz: single or multiple answers, an explanation for every option, and no score that shames."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QRadioButton

from harbourlight.core.models import QuizStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import button, text_label


class QuizWidget(StepWidget):
    def __init__(self, step: QuizStep, context: StepContext):
        super().__init__(step, context)
        self.quiz = step
        self.layout_.addWidget(text_label(step.question, "prompt"))
        if step.multiple:
            self.layout_.addWidget(text_label(self.tr._("You can pick more than one."), "muted"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not step.multiple)
        self.answers: list[QAbstractButton] = []
        self.explanations = []
        for index, option in enumerate(step.options):
            answer: QAbstractButton = QCheckBox(option.text) if step.multiple else QRadioButton(option.text)
            answer.setObjectName("storyText")
            answer.setAccessibleName(option.text)
            self.group.addButton(answer, index)
            self.answers.append(answer)
            self.layout_.addWidget(answer)
            explanation = text_label("", "feedback")
            explanation.setVisible(False)
            self.explanations.append(explanation)
            self.layout_.addWidget(explanation)
        self.check = button(self.tr._("Check my answer"), "primary")
        self.check.setEnabled(False)
        self.group.buttonToggled.connect(lambda *_: self.check.setEnabled(any(a.isChecked() for a in self.answers)))
        self.check.clicked.connect(self.reveal)
        self.layout_.addWidget(self.check)
        self.layout_.addStretch(1)
        self._revealed = False

    def reveal(self) -> None:
        tr = self.tr
        for answer, option, explanation in zip(self.answers, self.quiz.options, self.explanations, strict=True):
            picked = answer.isChecked()
            if option.correct:
                verdict = tr._("Yes, this one is right.") if picked else tr._("This one is right too.")
            else:
                verdict = tr._("Not quite — and that's OK.") if picked else tr._("Not this one.")
            explanation.setText(f"{verdict} {option.explanation}")
            explanation.setVisible(picked or option.correct)
        self._revealed = True
        self.check.setEnabled(False)
        self.ready_changed.emit(True)

    def is_ready(self) -> bool:
        return self._revealed

    def focus_first(self) -> None:
        if self.answers:
            self.answers[0].setFocus()
