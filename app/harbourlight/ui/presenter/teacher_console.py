"""The teacher's console: current and next step, the class's answers, notes, a timer and the disclosure card.

With a second screen the projector view goes there, full screen, and the console stays on the laptop. With one
screen the console is a side panel next to the projector view; F6 hides it before the screen is shared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.models import ChoiceStep, QuizStep, SortStep, Step
from harbourlight.core.outline import plan_timing, step_lines
from harbourlight.i18n import Translator
from harbourlight.services.class_progress import ClassProgressStore
from harbourlight.ui.adult_guidance import DISCLOSURE_STEPS, step_kind_label, translated
from harbourlight.ui.presenter.presenter_controller import PRESENTER_KEYS, PresenterController, pick_projector_screen
from harbourlight.ui.presenter.projector_window import ProjectorView
from harbourlight.ui.printing.lesson_plan import source_line
from harbourlight.ui.steps import StepContext
from harbourlight.ui.widgets import button, card, plain_tooltip, text_label


def format_clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def timer_text(tr: Translator, elapsed_seconds: int, planned_minutes: int) -> str:
    planned = planned_minutes * 60
    text = tr._("{elapsed} of {planned} min").format(elapsed=format_clock(elapsed_seconds), planned=planned_minutes)
    if elapsed_seconds > planned:
        text += " — " + tr._("over by {time}").format(time=format_clock(elapsed_seconds - planned))
    return text


def _clear(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()  # deleteLater waits for the event loop; the old answer must vanish at once
            widget.deleteLater()
        elif item.layout() is not None:
            _clear(item.layout())  # type: ignore[arg-type]


class DisclosureCard(QFrame):
    """Always on screen in the console: what to do if a child discloses, for this lesson and in general.

    The heading never scrolls away; the guidance scrolls inside the card so the notes above keep their room.
    """

    MAX_BODY_HEIGHT = 190

    def __init__(self, tr: Translator, lesson_guidance: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emergency")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 8, 10)
        layout.setSpacing(6)
        layout.addWidget(text_label(tr._("If a child discloses"), "subheading"))
        body = QWidget()
        body.setObjectName("disclosureBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(6)
        self.lesson_guidance = text_label(lesson_guidance, selectable=True)
        self.lesson_guidance.setVisible(bool(lesson_guidance))
        inner.addWidget(self.lesson_guidance)
        inner.addWidget(text_label("\n".join(f"• {line}" for line in translated(tr, DISCLOSURE_STEPS))))
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(self.MAX_BODY_HEIGHT)
        scroll.setWidget(body)
        scroll.setAccessibleName(tr._("If a child discloses"))
        layout.addWidget(scroll)


class TeacherConsole(QWidget):
    """The console's controls and notes; it never shows on the projector."""

    hide_requested = Signal()
    end_requested = Signal()
    console_toggle_requested = Signal()
    scroll_requested = Signal(int)  # -1 up, 1 down: long steps in big type need scrolling on the projector

    def __init__(
        self,
        controller: PresenterController,
        tr: Translator,
        class_name: str = "",
        single_screen: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.controller = controller
        self.tr = tr
        self.class_name = class_name
        lesson = controller.lesson
        self.timing = {timed.step.id: timed for timed in plan_timing(lesson)}
        self.answer_buttons: list[QPushButton] = []  # the class's answer on a choice or quiz step
        self.reveal_button: QPushButton | None = None
        self.setObjectName("page")
        self.setMinimumWidth(420)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        title = lesson.title if not class_name else f"{lesson.title}  ·  {class_name}"
        outer.addWidget(text_label(title, "subheading"))
        status = QHBoxLayout()
        self.position = text_label("", "muted")
        self.timer_label = text_label("", "muted")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        status.addWidget(self.position, 1)
        status.addWidget(self.timer_label)
        outer.addLayout(status)

        nav = QHBoxLayout()
        self.previous_button = button(tr._("Previous"), accessible_description=tr._("Shortcut: Page Up"))
        self.next_button = button(tr._("Next"), "primary", tr._("Shortcut: Page Down"))
        self.blank_button = button(tr._("Blank screen"), accessible_description=tr._("Shortcut: B"))
        self.blank_button.setCheckable(True)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.blank_button)
        outer.addLayout(nav)
        segment = QHBoxLayout()
        self.skip_button = button(tr._("Skip this segment"))
        self.soften_button = button(tr._("Soften this segment"))
        self.soften_button.setCheckable(True)
        segment.addWidget(self.skip_button)
        segment.addWidget(self.soften_button)
        segment.addStretch(1)
        self.scroll_up_button = button("▲", accessible_description=tr._("Scroll the projector up. Shortcut: Up"))
        self.scroll_up_button.setAccessibleName(tr._("Scroll the projector up"))
        self.scroll_down_button = button("▼", accessible_description=tr._("Scroll the projector down. Shortcut: Down"))
        self.scroll_down_button.setAccessibleName(tr._("Scroll the projector down"))
        segment.addWidget(self.scroll_up_button)
        segment.addWidget(self.scroll_down_button)
        outer.addLayout(segment)
        # The gentler version, in full, so the teacher knows what the class would see before choosing it.
        self.soften_text = text_label("", "muted", selectable=True)
        self.soften_text.setVisible(False)
        outer.addWidget(self.soften_text)

        # Everything below scrolls, except the disclosure card, which is always visible.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        now_frame, now = card()
        now.addWidget(text_label(tr._("On the projector now"), "muted"))
        self.now_title = text_label("", "subheading")
        self.now_text = text_label("", selectable=True)
        self.planned = text_label("", "muted")
        now.addWidget(self.now_title)
        now.addWidget(self.now_text)
        now.addWidget(self.planned)
        self.class_answer = QVBoxLayout()
        now.addLayout(self.class_answer)
        self.body_layout.addWidget(now_frame)

        next_frame, next_layout = card()
        next_layout.addWidget(text_label(tr._("Next up"), "muted"))
        self.next_text = text_label("", selectable=True)
        next_layout.addWidget(self.next_text)
        self.body_layout.addWidget(next_frame)

        notes = lesson.facilitator
        for heading, lines in (
            (tr._("Preparation"), (notes.preparation,) if notes.preparation else ()),
            (tr._("Ground rules"), tuple(f"• {rule}" for rule in notes.ground_rules)),
            (tr._("Discussion guide"), tuple(f"• {q}" for q in notes.discussion)),
            (tr._("Learning objectives"), tuple(f"• {goal}" for goal in lesson.learning_goals)),
            (tr._("Sources"), tuple(f"• {source_line(s)}" for s in notes.sources)),
        ):
            if lines:
                frame, inner = card()
                inner.addWidget(text_label(heading, "subheading"))
                inner.addWidget(text_label("\n".join(lines), selectable=True))
                self.body_layout.addWidget(frame)
        self.body_layout.addStretch(1)

        self.disclosure = DisclosureCard(tr, notes.disclosure)
        outer.addWidget(self.disclosure)

        bottom = QHBoxLayout()
        self.console_button = button(tr._("Hide notes (F6)"))
        self.console_button.setVisible(single_screen)
        self.hide_button = button(tr._("Hide"), accessible_description=tr._("Hides Harbourlight straight away"))
        self.end_button = button(tr._("End session"))
        self.finished_label = text_label("", "muted")
        bottom.addWidget(self.finished_label, 1)
        bottom.addWidget(self.console_button)
        bottom.addWidget(self.hide_button)
        bottom.addWidget(self.end_button)
        outer.addLayout(bottom)

        self.previous_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        self.blank_button.clicked.connect(controller.toggle_blank)
        self.skip_button.clicked.connect(controller.skip)
        self.soften_button.clicked.connect(controller.toggle_soften)
        self.console_button.clicked.connect(self.console_toggle_requested)
        self.scroll_up_button.clicked.connect(lambda: self.scroll_requested.emit(-1))
        self.scroll_down_button.clicked.connect(lambda: self.scroll_requested.emit(1))
        self.hide_button.clicked.connect(self.hide_requested)
        self.end_button.clicked.connect(self.end_requested)
        controller.changed.connect(self.refresh)

        self.clock = QElapsedTimer()
        self.clock.start()
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.update_timer)
        self.ticker.start()
        self.update_timer()
        self._shown_path: tuple[str, ...] = ()
        self.refresh()

    def update_timer(self) -> None:
        elapsed = int(self.clock.elapsed() // 1000)
        self.timer_label.setText(timer_text(self.tr, elapsed, self.controller.lesson.duration_minutes))

    def _outline(self, step: Step) -> str:
        return "\n".join(step_lines(step)) or step_kind_label(self.tr, step.kind)

    def refresh(self) -> None:
        tr = self.tr
        controller = self.controller
        step = controller.step
        walk = controller.walk
        self.position.setText(
            tr._("Step {n} of about {total}").format(n=walk.position, total=walk.expected_length)
            + "  ·  "
            + step_kind_label(tr, step.kind)
        )
        self.now_title.setText(step.title or step_kind_label(tr, step.kind))
        self.now_text.setText("\n".join(step_lines(step)[1 if step.title else 0 :]))
        timed = self.timing.get(step.id)
        self.planned.setText(
            tr._("Planned for this step: about {n} min").format(n=max(timed.minutes, 1)) if timed else ""
        )
        following = controller.next_step()
        if following is not None:
            self.next_text.setText(self._outline(following))
        elif isinstance(step, ChoiceStep):
            self.next_text.setText(tr._("Depends on the class's choice."))
        else:
            self.next_text.setText(tr._("This is the last step."))
        self.blank_button.setChecked(controller.blanked)
        self.previous_button.setEnabled(walk.can_go_back)
        self.next_button.setEnabled(controller.can_advance)
        self.next_button.setText(tr._("Finish") if walk.is_last else tr._("Next"))
        self.skip_button.setEnabled(not walk.is_last)
        self.soften_button.setVisible(bool(step.soften))
        self.soften_button.setChecked(controller.is_softened)
        self.soften_text.setText(f"“{step.soften}”" if step.soften else "")
        self.soften_text.setVisible(bool(step.soften))
        if step.soften:
            plain_tooltip(self.soften_button, step.soften)
        if walk.path != self._shown_path:
            self._shown_path = walk.path
            self._build_answers(step)
        self._update_answers(step)

    def _build_answers(self, step: Step) -> None:
        """Buttons for the class's answer (after a show of hands); the projector then shows the feedback."""
        tr = self.tr
        _clear(self.class_answer)
        self.answer_buttons = []
        self.reveal_button = None
        options: tuple[str, ...] = ()
        if isinstance(step, ChoiceStep):
            self.class_answer.addWidget(text_label(tr._("The class chose (after a show of hands):"), "muted"))
            options = tuple(option.text for option in step.options)
            pick: Callable[[int], None] = self.controller.choose
        elif isinstance(step, QuizStep):
            self.class_answer.addWidget(text_label(tr._("The class's answer (after a show of hands):"), "muted"))
            right = ", ".join(chr(ord("A") + i) for i, option in enumerate(step.options) if option.correct)
            self.class_answer.addWidget(text_label(tr._("Right: {letters}").format(letters=right), "muted"))
            options = tuple(option.text for option in step.options)
            pick = self.controller.toggle_pick
        if options:
            row = QHBoxLayout()
            for index, text in enumerate(options):
                # Letters only: the options are listed above, and long text can't wrap inside a button.
                btn = button(chr(ord("A") + index), "option")
                btn.setAccessibleName(text)
                plain_tooltip(btn, text)
                btn.setCheckable(True)
                btn.clicked.connect(lambda _=False, i=index: pick(i))
                self.answer_buttons.append(btn)
                row.addWidget(btn)
            row.addStretch(1)
            self.class_answer.addLayout(row)
        if isinstance(step, QuizStep | SortStep):
            self.reveal_button = button(tr._("Show the answers"), "primary")
            self.reveal_button.clicked.connect(self.controller.reveal)
            self.class_answer.addWidget(self.reveal_button)

    def _update_answers(self, step: Step) -> None:
        controller = self.controller
        for index, btn in enumerate(self.answer_buttons):
            chosen = controller.chosen == index if isinstance(step, ChoiceStep) else index in controller.picks
            btn.setChecked(chosen)
            btn.setEnabled(not controller.revealed)
        if self.reveal_button is not None:
            self.reveal_button.setEnabled(not controller.revealed)

    def show_finished(self, stored: bool) -> None:
        tr = self.tr
        if stored:
            text = tr._("Lesson finished. Marked as done for {name}.").format(name=self.class_name)
        else:
            text = tr._("Lesson finished.")
        self.finished_label.setText(text)


class PresenterWindow(QWidget):
    """The console's window. On one screen it also holds the projector view, beside the console panel."""

    closed = Signal()

    def __init__(
        self,
        controller: PresenterController,
        step_context: StepContext,
        class_store: ClassProgressStore | None = None,
        class_name: str = "",
        quick_hide: Callable[[], None] | None = None,
        screens: Sequence[QScreen] | None = None,
        primary: QScreen | None = None,
    ):
        super().__init__()
        tr = step_context.tr
        self.controller = controller
        self.class_store = class_store
        self.class_name = class_name
        self._quick_hide = quick_hide
        self.setObjectName("page")
        self.setWindowTitle(tr._("Classroom presenter — {title}").format(title=controller.lesson.title))
        all_screens = list(screens) if screens is not None else list(QGuiApplication.screens())
        primary_screen = primary if primary is not None else QGuiApplication.primaryScreen()
        self.projector_screen = pick_projector_screen(all_screens, primary_screen)
        self.single_screen = self.projector_screen is None

        self.projector = ProjectorView(controller, step_context)
        self.console = TeacherConsole(controller, tr, class_name, self.single_screen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        if self.single_screen:
            self.splitter.addWidget(self.projector)
        self.splitter.addWidget(self.console)
        self.splitter.setStretchFactor(self.splitter.count() - 1, 2)
        self.splitter.setStretchFactor(0, 3)
        layout.addWidget(self.splitter)
        self.console.console_toggle_requested.connect(self.toggle_console)
        self.console.hide_requested.connect(self.quick_hide)
        self.console.end_requested.connect(self.close)
        self.console.scroll_requested.connect(self.projector.scroll_by)
        controller.finished.connect(self._finished)
        self._install_keys(self)
        self._projector_keys: list[QShortcut] = [] if self.single_screen else self._install_keys(self.projector)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenRemoved.connect(self.screen_removed)

    def screen_removed(self, screen: object) -> None:
        """The projector was unplugged: bring the projector view back beside the console, on this screen."""
        if self.single_screen or screen is not self.projector_screen:
            return
        self.projector_screen = None
        self.single_screen = True
        for shortcut in self._projector_keys:  # the console window's own keys now cover the projector too
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._projector_keys = []
        self.projector.showNormal()
        self.splitter.insertWidget(0, self.projector)
        self.splitter.setStretchFactor(0, 3)
        self.projector.show()
        self.console.console_button.setVisible(True)
        if self.width() < 1200:
            self.resize(1400, 860)

    def _install_keys(self, window: QWidget) -> list[QShortcut]:
        actions: dict[str, Callable[[], None]] = {
            "next": self.controller.next,
            "previous": self.controller.previous,
            "blank": self.controller.toggle_blank,
            "console": self.toggle_console,
            "scroll-down": lambda: self.projector.scroll_by(1),
            "scroll-up": lambda: self.projector.scroll_by(-1),
        }
        made = []
        for action, keys in PRESENTER_KEYS.items():
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(actions[action])
                made.append(shortcut)
        return made

    def present(self) -> None:
        """Show the windows: the projector full screen on the second screen if there is one."""
        if self.projector_screen is not None:
            self.projector.setScreen(self.projector_screen)
            self.projector.setGeometry(self.projector_screen.geometry())
            self.projector.showFullScreen()
            self.resize(900, 800)
        else:
            self.resize(1400, 860)
        self.show()
        self.raise_()
        self.activateWindow()

    def toggle_console(self) -> None:
        """On one screen, hide or show the notes so only the projector view is shared."""
        if not self.single_screen:
            return
        visible = not self.console.isVisible()
        self.console.setVisible(visible)
        if not visible:
            self.projector.setFocus()

    def quick_hide(self) -> None:
        self.controller.set_blank(True)
        if not self.single_screen:
            self.projector.hide()
        self.hide()
        if self._quick_hide is not None:
            self._quick_hide()

    def _finished(self, lesson_id: str) -> None:
        stored = False
        if self.class_store is not None and self.class_name:
            try:
                self.class_store.mark_done(self.class_name, lesson_id)
                stored = True
            except OSError:
                stored = False
        self.console.show_finished(stored)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.console.ticker.stop()
        if not self.single_screen:
            self.projector.close()
            self.projector.deleteLater()  # a top-level window of its own; nothing else owns it
        self.closed.emit()
        super().closeEvent(event)
