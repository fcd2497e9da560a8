"""Plays one lesson: the current step, a position indicator, and Back / Next / Leave."""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.graph import successors
from harbourlight.core.models import ChoiceStep, HelpStep, Lesson
from harbourlight.core.walk import LessonWalk
from harbourlight.ui.accessibility import announce_value
from harbourlight.ui.direction import layout_direction
from harbourlight.ui.read_aloud import ReadAloudBar, Speaker, step_text
from harbourlight.ui.steps import StepContext, StepWidget, widget_for_step
from harbourlight.ui.widgets import button, text_label


@dataclass
class PreparedStep:
    """A step's widget built ahead of time, in its holder: already inside the scroll area (moving a styled widget
    tree to a new parent styles it all over again) but hidden, so that nothing draws it, Tab skips it and it is
    reported invisible to assistive technology until it replaces the current step."""

    lesson: Lesson
    step_id: str
    context: StepContext
    freshness: tuple[object, ...]  # what the widget was built from that can change underneath it
    holder: QWidget
    widget: StepWidget


class LessonView(QWidget):
    finished = Signal(str)  # lesson id, when the last step is passed
    left = Signal(object)  # the LessonWalk at the moment the learner left (to resume later)

    def __init__(self, context: StepContext, parent: QWidget | None = None, speaker: Speaker | None = None):
        super().__init__(parent)
        self.base_context = context
        self.context = context  # the base context plus the current lesson's pack folder
        self.tr = context.tr
        self.walk: LessonWalk | None = None
        self.step_widget: StepWidget | None = None
        # The step the walk would most likely go to next, built while the learner reads the current one (at most one).
        self.prepared: PreparedStep | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(12)
        self.lesson_title = text_label("", "subheading")
        outer.addWidget(self.lesson_title)
        self.position = text_label("", "muted")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        outer.addWidget(self.progress)
        # Read aloud / Pause for every step (hidden when the window has no speech service), and where we are.
        tools = QHBoxLayout()
        # Parented at once: shown while parentless, the bar would be a window of its own for a moment, which takes
        # the keyboard focus from the main window when the lesson page is made after the window is up.
        self.read_aloud = ReadAloudBar(speaker or Speaker(context.tr, "none", self), self)
        self.read_aloud.setVisible(speaker is not None)
        tools.addWidget(self.read_aloud, 1)
        tools.addWidget(self.position)
        outer.addLayout(tools)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the step's own controls
        outer.addWidget(self.scroll, 1)

        nav = QHBoxLayout()
        self.leave_button = button("", accessible_description="")
        self.leave_button.clicked.connect(self.leave)
        self.restart_button = button("")
        self.restart_button.clicked.connect(self.restart)
        self.back_button = button("")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = button("", "primary")
        self.next_button.clicked.connect(self.go_next)
        nav.addWidget(self.leave_button)
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        tr = self.tr
        for btn, text, description in (
            (self.leave_button, tr._("Leave lesson"), tr._("Go back to the list of lessons; you can carry on later")),
            (self.restart_button, tr._("Start again"), tr._("Go back to the first step of this lesson")),
            (self.back_button, tr._("Back"), tr._("Go to the previous step")),
        ):
            btn.setText(text)
            btn.setAccessibleName(text)
            btn.setAccessibleDescription(description)
        if self.walk:
            self._update_nav()
        self.discard_prepared()  # it was built in the old language
        self._prepare_after_paint()

    def play(self, lesson: Lesson, path: tuple[str, ...] = (), media_dir: Path | None = None) -> None:
        self.discard_prepared()
        self.context = replace(self.base_context, media_dir=media_dir)
        self.walk = LessonWalk.resume(lesson, path) if path else LessonWalk.start(lesson)
        self.lesson_title.setText(lesson.title)
        # The lesson reads in its own language's direction; the buttons around it follow the UI.
        direction = layout_direction(lesson.language or self.tr.language)
        self.lesson_title.setLayoutDirection(direction)
        self.scroll.setLayoutDirection(direction)
        self._show_step()

    def _show_step(self) -> None:
        assert self.walk is not None
        step = self.walk.current
        prepared = self._take_prepared()
        if prepared is not None:
            holder, self.step_widget = prepared.holder, prepared.widget
        else:
            self.step_widget = widget_for_step(step, self.context)
            holder = self._holder_for(self.step_widget)
        self.step_widget.ready_changed.connect(self._step_ready_changed)
        self.scroll.setWidget(holder)  # deletes the previous step's holder
        self.read_aloud.set_step(step)
        self._update_nav()
        self._order_tabs()
        # Focus moves into the new step, so a screen reader announces it; a step with no controls is read out
        # from its name and description.
        self.step_widget.setAccessibleName(step.title or self.position.text())
        self.step_widget.setAccessibleDescription(" ".join(step_text(step, self.tr)))
        self.step_widget.focus_first()
        self._prepare_after_paint()

    def _step_ready_changed(self, _ready: bool) -> None:
        self._update_nav()
        if self.walk is not None and isinstance(self.walk.current, ChoiceStep):
            self._prepare_after_paint()  # the branch taken may have changed: prepare that one instead

    @staticmethod
    def _holder_for(widget: StepWidget, parent: QWidget | None = None) -> QWidget:
        holder = QWidget(parent)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addWidget(widget)
        return holder

    def _prepare_after_paint(self) -> None:
        """Once the step is painted, the learner reads it: build the next one meanwhile."""
        if self.walk is not None and self.step_widget is not None:
            self.step_widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.step_widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has been handed over, when the event loop next has nothing to do.
            QTimer.singleShot(0, functools.partial(self._prepare_next_after, watched))
        return False

    def _prepare_next_after(self, painted: QObject) -> None:
        if painted is self.step_widget:  # not when Next was pressed meanwhile: the new step is painted first
            self._prepare_next()

    # --- the next step, built ahead ----------------------------------------------------------------------------
    def _likely_next_id(self) -> str | None:
        """Where Next would go from here: the one way on, or for a choice the option picked (else the first)."""
        assert self.walk is not None and self.step_widget is not None
        step = self.walk.current
        if self.walk.is_last:
            return None
        if isinstance(step, ChoiceStep):
            chosen = self.step_widget.chosen_option()
            options = step.options
            return options[chosen if chosen is not None and chosen < len(options) else 0].next if options else None
        following = successors(self.walk.lesson, step)
        return following[0] if following else None

    def _freshness(self, step_id: str) -> tuple[object, ...]:
        assert self.walk is not None
        step = next(s for s in self.walk.lesson.steps if s.id == step_id)
        # Get help's numbers follow the learner's country, which settings can change while a step is open.
        helplines = self.context.help_for(step.topics) if isinstance(step, HelpStep) else None
        return (self.tr.language, self.scroll.layoutDirection(), helplines)

    def _prepare_next(self) -> None:
        """Build the step Next would most likely show, hidden, unless it is built already."""
        if self.walk is None or self.step_widget is None or not self.isVisible():
            return
        step_id = self._likely_next_id()
        prepared = self.prepared
        if prepared is not None and prepared.lesson is self.walk.lesson and prepared.step_id == step_id:
            return
        self.discard_prepared()
        if step_id is None:
            return
        step = next((s for s in self.walk.lesson.steps if s.id == step_id), None)
        if step is None:
            return
        widget = widget_for_step(step, self.context)
        holder = self._holder_for(widget, self.scroll.viewport())
        holder.hide()
        layout = holder.layout()
        assert layout is not None
        # Styled and laid out at the size the scroll area will give it, so that showing it costs little more than
        # painting it.
        holder.ensurePolished()
        viewport = self.scroll.viewport()
        width = viewport.width()
        height = holder.heightForWidth(width) if holder.hasHeightForWidth() else holder.sizeHint().height()
        holder.resize(width, max(height, viewport.height()))
        layout.activate()
        self.prepared = PreparedStep(self.walk.lesson, step_id, self.context, self._freshness(step_id), holder, widget)

    def _take_prepared(self) -> PreparedStep | None:
        """The prepared step if it is the one the walk has reached and still what it would be built as now."""
        prepared, self.prepared = self.prepared, None
        if prepared is None:
            return None
        walk = self.walk
        if (
            walk is not None
            and prepared.lesson is walk.lesson
            and prepared.step_id == walk.current.id
            and prepared.context is self.context
            and prepared.freshness == self._freshness(prepared.step_id)
        ):
            return prepared
        prepared.holder.deleteLater()
        return None

    def discard_prepared(self) -> None:
        prepared, self.prepared = self.prepared, None
        if prepared is not None:
            prepared.holder.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        # A theme or text size change restyles what is shown; the prepared step is simply built again later.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.discard_prepared()
            self._prepare_after_paint()
        super().changeEvent(event)

    def _order_tabs(self) -> None:
        """New step widgets join the end of the focus chain; put them before the nav buttons again."""
        assert self.step_widget is not None
        focusable = [
            w
            for w in self.step_widget.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(self.step_widget)
        ]
        reading = [self.read_aloud.read_button, self.read_aloud.pause_button]
        chain = [*reading, *focusable, self.leave_button, self.restart_button, self.back_button, self.next_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter (when no button has focus) or Right goes on; Left goes back. Keys a control uses never get here."""
        key = event.key()
        focused = QApplication.focusWidget()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()  # Enter on a focused button presses it, as Space does
            elif not isinstance(focused, QPlainTextEdit):
                self.go_next()
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            forward = (key == Qt.Key.Key_Right) == (self.layoutDirection() == Qt.LayoutDirection.LeftToRight)
            self.go_next() if forward else self.go_back()
            return
        super().keyPressEvent(event)

    def _update_nav(self) -> None:
        assert self.walk is not None and self.step_widget is not None
        walk = self.walk
        total = walk.expected_length
        self.position.setText(self.tr._("Step {n} of about {total}").format(n=walk.position, total=total))
        # QProgressBar.setValue repaints the window at once, before the new step is laid out; with updates off,
        # the bar is painted with the new step instead (that synchronous repaint cost 2–13 ms per turn).
        self.progress.setUpdatesEnabled(False)
        self.progress.setMaximum(total)
        self.progress.setValue(walk.position)
        self.progress.setUpdatesEnabled(True)
        self.progress.setAccessibleName(self.position.text())
        announce_value(self.progress, walk.position)
        self.back_button.setEnabled(walk.can_go_back)
        text = self.tr._("Finish") if walk.is_last else self.tr._("Next")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        self.next_button.setEnabled(self.step_widget.is_ready())

    def go_next(self) -> None:
        if self.walk is None or self.step_widget is None or not self.step_widget.is_ready():
            return
        if self.walk.is_last:
            lesson_id = self.walk.lesson.id
            self.walk = None
            self.discard_prepared()
            self.finished.emit(lesson_id)
            return
        self.walk = self.walk.advance(self.step_widget.chosen_option())
        self._show_step()

    def go_back(self) -> None:
        if self.walk and self.walk.can_go_back:
            self.discard_prepared()
            self.walk = self.walk.back()
            self._show_step()

    def restart(self) -> None:
        if self.walk:
            self.discard_prepared()
            self.walk = self.walk.restart()
            self._show_step()

    def leave(self) -> None:
        walk, self.walk = self.walk, None
        self.discard_prepared()
        self.left.emit(walk)
