"""Author mode: preview a pack folder while it is being written, with its problems beside it.

The folder is read again whenever a file in it is saved (a file watcher, debounced so an editor's burst of
writes gives one reload). Problems are listed with file:line; activating one offers to open the file in the
system's editor. A banner that cannot be closed says the pack is not verified: it comes from a folder, not
from a signed archive, and learners only ever see signed, installed packs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from harbourlight import APP_NAME
from harbourlight.core.directory import select_help
from harbourlight.core.models import Lesson, Pack
from harbourlight.packs.archive import folder_problems
from harbourlight.packs.pack_loader import PackResult, load_pack
from harbourlight.packs.problems import Problem
from harbourlight.services.context import AppContext
from harbourlight.ui.labels import band_label
from harbourlight.ui.lesson_view import LessonView
from harbourlight.ui.steps import StepContext
from harbourlight.ui.widgets import button, text_label

RELOAD_DELAY_MS = 300
DATA_ROLE = Qt.ItemDataRole.UserRole


class AuthorWindow(QMainWindow):
    reloaded = Signal()

    def __init__(self, context: AppContext, folder: Path):
        super().__init__()
        self.context = context
        self.tr = context.translator
        self.folder = folder
        self.result: PackResult | None = None
        tr = self.tr
        self.setWindowTitle(tr._("{app} — Author mode — {folder}").format(app=APP_NAME, folder=folder.name))
        self.resize(1200, 820)

        central = QWidget()
        central.setObjectName("page")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        self.banner = text_label(
            tr._(
                "Not verified. You are previewing a pack folder: it has not been signed or checked by a trusted "
                "publisher. Learners only see packs that are signed and installed."
            ),
            "badgeWarn",
        )
        self.banner.setAccessibleName(tr._("Not verified"))
        outer.addWidget(self.banner)

        header = QHBoxLayout()
        self.status = text_label("", "subheading")
        header.addWidget(self.status, 1)
        self.reload_button = button(tr._("Reload"))
        self.reload_button.clicked.connect(self.reload)
        header.addWidget(self.reload_button)
        outer.addLayout(header)
        self.path_label = text_label(str(folder), "muted", selectable=True)
        outer.addWidget(self.path_label)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.lesson_list = QListWidget()
        self.lesson_list.setAccessibleName(tr._("Lessons"))
        self.lesson_list.currentItemChanged.connect(self._lesson_selected)
        top.addWidget(self.lesson_list)
        self.preview = LessonView(StepContext(tr, context.today, self._help_for))
        self.preview.finished.connect(lambda _lesson_id: self._replay())
        self.preview.left.connect(lambda _walk: self._replay())
        self.placeholder = text_label(
            tr._("Lessons without errors appear here. Fix the problems listed below."), "muted"
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.placeholder)
        self.preview_stack.addWidget(self.preview)
        top.addWidget(self.preview_stack)
        top.setStretchFactor(1, 3)
        top.setSizes([300, 900])
        split.addWidget(top)

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.problem_heading = text_label("", "subheading")
        row.addWidget(self.problem_heading, 1)
        self.copy_button = button(tr._("Copy location"))
        self.copy_button.clicked.connect(self.copy_location)
        row.addWidget(self.copy_button)
        self.open_button = button(tr._("Open in editor…"))
        self.open_button.clicked.connect(lambda: self.open_problem(self.problem_list.currentItem()))
        row.addWidget(self.open_button)
        panel_layout.addLayout(row)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(tr._("Problems"))
        self.problem_list.itemActivated.connect(self.open_problem)
        panel_layout.addWidget(self.problem_list)
        split.addWidget(panel)
        split.setSizes([560, 220])
        outer.addWidget(split, 1)
        self.setCentralWidget(central)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._schedule_reload)
        self.watcher.directoryChanged.connect(self._schedule_reload)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self.reload)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------------
    def _schedule_reload(self, _path: str = "") -> None:
        self.reload_timer.start()  # restarts: a burst of saves gives one reload

    def _watch(self) -> None:
        # Editors often save by writing a new file and renaming it over the old one, which ends the watch on
        # that file; so after every reload the whole set is watched afresh.
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = [self.folder] + [self.folder / sub for sub in ("lessons", "media", "helplines")]
        paths += sorted(self.folder.glob("*.yaml")) + sorted((self.folder / "lessons").glob("*.yaml"))
        existing = [str(p) for p in paths if p.exists()]
        if existing:
            self.watcher.addPaths(existing)

    def reload(self) -> None:
        selected = self._selected_lesson_id()
        self.result = load_pack(self.folder, self.context.today)
        self._watch()
        pack = self.result.pack
        self._fill_lessons(pack, selected)
        self._fill_problems(self.result.problems + folder_problems(self.folder))
        tr = self.tr
        if pack is None:
            self.status.setText(tr._("This folder is not a usable pack yet"))
        else:
            self.status.setText(
                tr.ngettext(
                    "“{title}” {version} · {count} lesson", "“{title}” {version} · {count} lessons", len(pack.lessons)
                ).format(title=pack.title, version=pack.version, count=len(pack.lessons))
            )
        self.reloaded.emit()

    def _fill_lessons(self, pack: Pack | None, selected: str) -> None:
        self.lesson_list.blockSignals(True)
        self.lesson_list.clear()
        lessons = pack.lessons if pack else ()
        current = None
        for lesson in lessons:
            item = QListWidgetItem(f"{lesson.title}\n{band_label(self.tr, lesson.band)}")
            item.setData(DATA_ROLE, lesson.id)
            self.lesson_list.addItem(item)
            if lesson.id == selected:
                current = item
        self.lesson_list.blockSignals(False)
        if lessons:
            self.lesson_list.setCurrentItem(current or self.lesson_list.item(0))
            self._lesson_selected(self.lesson_list.currentItem())
        else:
            self.preview_stack.setCurrentWidget(self.placeholder)

    def _fill_problems(self, problems: list[Problem]) -> None:
        tr = self.tr
        self.problem_list.clear()
        ordered = sorted(problems, key=lambda p: (not p.is_error, p.file, p.line, p.column))
        for problem in ordered:
            kind = tr._("Error") if problem.is_error else tr._("Warning")
            text = f"{kind}  {problem.location()}\n{problem.message}"
            if problem.hint:
                text += f" — {problem.hint}"
            item = QListWidgetItem(text)
            item.setData(DATA_ROLE, problem)
            item.setToolTip(tr._("Press Enter or double-click to open the file"))
            self.problem_list.addItem(item)
        errors = sum(p.is_error for p in problems)
        warnings = len(problems) - errors
        if not problems:
            self.problem_heading.setText(tr._("No problems found"))
        else:
            self.problem_heading.setText(
                tr.ngettext("{count} error", "{count} errors", errors).format(count=errors)
                + ", "
                + tr.ngettext("{count} warning", "{count} warnings", warnings).format(count=warnings)
            )
        has = bool(problems)
        self.copy_button.setEnabled(has)
        self.open_button.setEnabled(has)
        if has:
            self.problem_list.setCurrentRow(0)

    # --- preview ------------------------------------------------------------------------------------------
    def _selected_lesson_id(self) -> str:
        item = self.lesson_list.currentItem()
        return str(item.data(DATA_ROLE)) if item is not None else ""

    def lesson(self, lesson_id: str) -> Lesson | None:
        pack = self.result.pack if self.result else None
        return next((lesson for lesson in pack.lessons if lesson.id == lesson_id), None) if pack else None

    def _lesson_selected(self, item: QListWidgetItem | None) -> None:
        lesson = self.lesson(str(item.data(DATA_ROLE))) if item is not None else None
        if lesson is not None:
            self.preview.play(lesson, media_dir=self.folder)
            self.preview_stack.setCurrentWidget(self.preview)

    def _replay(self) -> None:
        self._lesson_selected(self.lesson_list.currentItem())

    def _help_for(self, topics: tuple[str, ...]):  # type: ignore[no-untyped-def]
        directory = self.context.library.directory
        country = self.context.settings.country or "GB"
        return select_help(directory, country, topics), directory.get(country)

    # --- problems -----------------------------------------------------------------------------------------
    def problem_path(self, problem: Problem) -> Path:
        path = Path(problem.file)
        return path if path.is_absolute() else self.folder / path

    def _current_problem(self) -> Problem | None:
        item = self.problem_list.currentItem()
        value = item.data(DATA_ROLE) if item is not None else None
        return value if isinstance(value, Problem) else None

    def copy_location(self) -> None:
        problem = self._current_problem()
        if problem is not None:
            location = str(self.problem_path(problem))
            if problem.line:
                location += f":{problem.line}" + (f":{problem.column}" if problem.column else "")
            QGuiApplication.clipboard().setText(location)

    def open_problem(self, item: QListWidgetItem | None) -> None:
        """Ask first: opening hands the file to whatever program the system uses for YAML."""
        value = item.data(DATA_ROLE) if item is not None else None
        if not isinstance(value, Problem):
            return
        path = self.problem_path(value)
        if not path.is_file():
            self.copy_location()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr._("Open in editor"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr._("Open {file} in your editor? The problem is on line {line}.").format(
                file=path.name, line=value.line or 1
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
