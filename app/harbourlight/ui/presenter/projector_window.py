"""What the class sees: the current step only, in large type. No notes, no buttons, no navigation.

It reuses the learner's step widgets so the class sees the same lesson a child would play alone, but the
widgets only mirror the teacher's choices: they take no clicks, and controls meant for one learner are hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.models import ChoiceStep, QuizStep, SortStep
from harbourlight.i18n import Translator
from harbourlight.ui.presenter.presenter_controller import PresenterController
from harbourlight.ui.steps import StepContext, widget_for_step
from harbourlight.ui.steps.sort import SortWidget
from harbourlight.ui.widgets import card, text_label

# Type for the back of a classroom: the app's own style sheet keeps colours, this only makes text bigger.
PROJECTOR_STYLE = """
QWidget { font-size: 24pt; }
#heading { font-size: 40pt; }
#subheading { font-size: 30pt; }
#storyText, #prompt, #feedback, QPushButton#option { font-size: 28pt; }
#speaker, #muted { font-size: 22pt; }
#phone { font-size: 36pt; }
#projectorBlank { background: #000000; }
"""


CHOSEN_STYLE = "QFrame#card { border: 4px solid palette(highlight); }"


def _letter(index: int) -> str:
    return chr(ord("A") + index)


def _question_column(widget: QWidget, title: str, question: str) -> QVBoxLayout:
    """A question step's column on the projector: its title (if any), then the question."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    if title:
        layout.addWidget(text_label(title, "heading"))
    layout.addWidget(text_label(question, "prompt"))
    return layout


def _lettered_card(index: int, text: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card holding an option or answer as "A.  text"."""
    frame, inner = card()
    label = text_label(f"{_letter(index)}.  {text}", "storyText")
    inner.addWidget(label)
    return frame, inner, label


class ProjectorChoice(QWidget):
    """A choice as the class sees it: the options lettered A–D (buttons can't wrap text this big), then the
    feedback for the option the teacher recorded."""

    def __init__(self, step: ChoiceStep, tr: Translator):
        super().__init__()
        self.tr = tr
        self.step = step
        self.chosen: int | None = None
        layout = _question_column(self, step.title, step.prompt)
        self.options: list[QLabel] = []
        self.frames: list[QFrame] = []
        for index, option in enumerate(step.options):
            frame, _inner, label = _lettered_card(index, option.text)
            self.options.append(label)
            self.frames.append(frame)
            layout.addWidget(frame)
        self.feedback = text_label("", "feedback")
        self.feedback.setVisible(False)
        layout.addWidget(self.feedback)
        layout.addStretch(1)

    def choose(self, index: int) -> None:
        self.chosen = index
        for i, (label, option) in enumerate(zip(self.options, self.step.options, strict=True)):
            mark = "✓  " if i == index else ""
            label.setText(f"{mark}{_letter(i)}.  {option.text}")
            self.frames[i].setStyleSheet(CHOSEN_STYLE if i == index else "")
        self.feedback.setText(self.step.options[index].feedback)
        self.feedback.setVisible(True)


class ProjectorQuiz(QWidget):
    """A quiz question with lettered answers; after "Show the answers", the right ones and every explanation."""

    def __init__(self, step: QuizStep, tr: Translator):
        super().__init__()
        self.tr = tr
        self.step = step
        self.revealed = False
        layout = _question_column(self, step.title, step.question)
        if step.multiple:
            layout.addWidget(text_label(tr._("There may be more than one right answer."), "muted"))
        self.options: list[QLabel] = []
        self.explanations: list[QLabel] = []
        for index, option in enumerate(step.options):
            frame, inner, label = _lettered_card(index, option.text)
            explanation = text_label("", "feedback")
            explanation.setVisible(False)
            inner.addWidget(explanation)
            self.options.append(label)
            self.explanations.append(explanation)
            layout.addWidget(frame)
        layout.addStretch(1)

    def show_state(self, picks: set[int], revealed: bool) -> None:
        tr = self.tr
        for index, (label, option) in enumerate(zip(self.options, self.step.options, strict=True)):
            marks = []
            if index in picks:
                marks.append(tr._("the class's answer"))
            if revealed and option.correct:
                marks.append(tr._("right"))
            suffix = f"  ({', '.join(marks)})" if marks else ""
            prefix = "✓  " if revealed and option.correct else ""
            label.setText(f"{prefix}{_letter(index)}.  {option.text}{suffix}")
            self.explanations[index].setText(option.explanation)
            self.explanations[index].setVisible(revealed)
        self.revealed = revealed


class ProjectorView(QWidget):
    """The projector's content. Top-level on a second screen, or the main part of the single-screen window."""

    def __init__(
        self,
        controller: PresenterController,
        step_context: StepContext,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.controller = controller
        self.step_context = step_context
        self.step_widget: QWidget | None = None
        self._shown_path: tuple[str, ...] = ()
        self.setObjectName("page")
        self.setStyleSheet(PROJECTOR_STYLE)
        self.setWindowTitle(controller.lesson.title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack.addWidget(self.scroll)

        self.soft_page = QWidget()
        soft = QVBoxLayout(self.soft_page)
        soft.setContentsMargins(64, 48, 64, 48)
        self.soft_title = text_label("", "heading")
        self.soft_text = text_label("", "storyText")
        soft.addWidget(self.soft_title)
        soft.addWidget(self.soft_text)
        soft.addStretch(1)
        self.stack.addWidget(self.soft_page)

        self.blank_page = QWidget()
        self.blank_page.setObjectName("projectorBlank")
        self.blank_page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.stack.addWidget(self.blank_page)

        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        controller = self.controller
        if controller.blanked:
            self.stack.setCurrentWidget(self.blank_page)
            return
        if controller.is_softened:
            step = controller.step
            self.soft_title.setText(step.title or controller.lesson.title)
            self.soft_text.setText(step.soften)
            self.stack.setCurrentWidget(self.soft_page)
            return
        if controller.walk.path != self._shown_path or self.step_widget is None:
            self._build_step()
        self._mirror()
        self.stack.setCurrentWidget(self.scroll)

    def _build_step(self) -> None:
        self._shown_path = self.controller.walk.path
        step = self.controller.step
        widget: QWidget
        if isinstance(step, ChoiceStep):
            widget = ProjectorChoice(step, self.step_context.tr)
        elif isinstance(step, QuizStep):
            widget = ProjectorQuiz(step, self.step_context.tr)
        else:
            widget = widget_for_step(step, self.step_context)
        for control in widget.findChildren(QPlainTextEdit):
            control.setVisible(False)  # a class doesn't type into the projector
        for control in widget.findChildren(QAbstractButton):
            control.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the presenter, not to the widgets
            if isinstance(control, QPushButton) and control.objectName() not in ("option",):
                control.setVisible(False)  # copy buttons and the like are for one learner at a screen
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(64, 40, 64, 40)
        layout.addWidget(widget)
        self.scroll.setWidget(holder)
        self.step_widget = widget

    def _mirror(self) -> None:
        """Show on the projector what the teacher has recorded for the class."""
        controller = self.controller
        widget = self.step_widget
        step = controller.step
        if isinstance(widget, ProjectorChoice):
            if controller.chosen is not None and widget.chosen != controller.chosen:
                widget.choose(controller.chosen)
        elif isinstance(widget, ProjectorQuiz):
            widget.show_state(controller.picks, controller.revealed)
        elif isinstance(step, SortStep) and isinstance(widget, SortWidget):
            unplaced = [i for i in range(len(step.items)) if i not in widget.placed]
            for index in unplaced if controller.revealed else ():
                widget.place(index, step.items[index].group)

    def scroll_by(self, direction: int) -> None:
        """Scroll the current step by most of a screen (-1 up, 1 down)."""
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.value() + direction * max(bar.pageStep() * 3 // 4, 1))

    def visible_text(self) -> str:
        """Every piece of text a class could read on the projector right now."""
        page = self.stack.currentWidget()
        texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(self)]
        texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(self)]
        return "\n".join(t for t in texts if t)
