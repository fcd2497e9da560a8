"""A quiz: single or multiple answers, an explanation for every option, and no score that shames."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QHBoxLayout, QLabel

from harbourlight.core.models import QuizStep
from harbourlight.ui.steps.base import StepContext, StepWidget
from harbourlight.ui.widgets import button, text_label
from harbourlight.ui.wrap_button import WrapCheckBox, WrapRadioButton


class _WholeRow:
    """The whole width of an answer is clickable, not just the box and the words: a big target for small hands."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # type: ignore[attr-defined,no-any-return]


class AnswerCheckBox(_WholeRow, WrapCheckBox):  # the answer's text wraps at large text sizes
    pass


class AnswerRadioButton(_WholeRow, WrapRadioButton):
    pass


class QuizWidget(StepWidget):
    def __init__(self, step: QuizStep, context: StepContext):
        super().__init__(step, context)
        self.quiz = step
        tr = self.tr
        self.layout_.addWidget(text_label(step.question, "prompt"))
        self.layout_.addWidget(
            text_label(tr._("You can pick more than one.") if step.multiple else tr._("Pick one answer."), "muted")
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(not step.multiple)
        self.answers: list[QAbstractButton] = []
        self.explanations: list[QLabel] = []
        for index, option in enumerate(step.options):
            # Radio buttons and check boxes keep their roles for screen readers; their text is plain.
            answer: QAbstractButton = AnswerCheckBox() if step.multiple else AnswerRadioButton()
            answer.setText(option.text.replace("&", "&&"))
            answer.setObjectName("quizAnswer")
            answer.setAccessibleName(option.text)
            self.group.addButton(answer, index)
            self.answers.append(answer)
            self.layout_.addWidget(answer)
            explanation = text_label("", "feedback")
            explanation.setVisible(False)
            self.explanations.append(explanation)
            self.layout_.addWidget(explanation)
        self.summary = text_label("", "feedback")
        self.summary.setVisible(False)
        self.layout_.addWidget(self.summary)
        row = QHBoxLayout()
        self.check = button(tr._("Check my answer"), "primary")
        self.check.setEnabled(False)
        self.check.clicked.connect(self.reveal)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)
        self._revealed = False
        self.group.buttonToggled.connect(self._answers_changed)

    def picked(self) -> list[int]:
        return [index for index, answer in enumerate(self.answers) if answer.isChecked()]

    def _answers_changed(self, *_: object) -> None:
        if self._revealed:
            self.reveal()  # changing your mind after checking just updates the explanations
        else:
            self.check.setEnabled(bool(self.picked()))

    def reveal(self) -> None:
        tr = self.tr
        picked = set(self.picked())
        for index, (option, explanation) in enumerate(zip(self.quiz.options, self.explanations, strict=True)):
            if option.correct:
                marker = tr._("✓ You picked this — a right answer.") if index in picked else tr._("✓ A right answer")
            else:
                marker = tr._("You picked this one.")
            explanation.setText(f"{marker}\n{option.explanation}")
            explanation.setVisible(index in picked or option.correct)
        right = {i for i, option in enumerate(self.quiz.options) if option.correct}
        if self.quiz.multiple:
            found = len(picked & right)
            if found == len(right) and picked <= right:
                text = tr._("You found them all. Well done for thinking it through.")
            else:
                text = tr.ngettext(
                    "You found {found} of {n} right answer. Well done for thinking it through — the notes say why.",
                    "You found {found} of {n} right answers. Well done for thinking it through — the notes say why.",
                    len(right),
                ).format(found=found, n=len(right))
        elif picked & right:
            text = tr._("Yes — well done.")
        else:
            text = tr._("Good try. It's a tricky one — the notes say why.")
        self.summary.setText(text)
        self.summary.setVisible(True)
        self._revealed = True
        if self.check.hasFocus():  # keep the keyboard user's place when the button goes away
            self.answers[min(picked, default=0)].setFocus()
        self.check.setVisible(False)
        self.ready_changed.emit(True)

    def is_ready(self) -> bool:
        return self._revealed

    def focus_first(self) -> None:
        if self.answers:
            self.answers[0].setFocus()
