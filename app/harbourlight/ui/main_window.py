"""The main window: a top bar with Get help and Hide on every screen, and the current view below it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from harbourlight import APP_NAME
from harbourlight.i18n.locale_country import country_from_locale
from harbourlight.services.context import AppContext
from harbourlight.services.progress import Progress
from harbourlight.ui.adult_menu import install_adult_features
from harbourlight.ui.display_menu import DisplayActions
from harbourlight.ui.labels import band_label
from harbourlight.ui.library_view import LibraryView
from harbourlight.ui.neutral_screen import NeutralScreen
from harbourlight.ui.pack_actions import install_pack_actions
from harbourlight.ui.support import install_support_actions
from harbourlight.ui.theme import apply_settings as apply_display_settings
from harbourlight.ui.widgets import button, text_label

# Dialogs and pages the lesson list does not need are imported when first opened (faster start-up); the lesson
# view (with the step widgets and read-aloud) is built when first wanted, at the latest right after the first paint.
if TYPE_CHECKING:
    from harbourlight.core.lesson_summary import LessonSummary
    from harbourlight.core.models import CountryDirectory, Lesson
    from harbourlight.core.walk import LessonWalk
    from harbourlight.ui.help_dialog import HelpDialog
    from harbourlight.ui.lesson_view import LessonView
    from harbourlight.ui.read_aloud import Speaker
    from harbourlight.ui.settings_dialog import SettingsChoice, SettingsDialog

DOUBLE_ESCAPE_MS = 800


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.tr = context.translator
        self.help_dialog: HelpDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._escape_timer = QElapsedTimer()
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 780)

        # Two layers: the app itself, and the neutral screen quick-hide swaps in.
        self.layers = QStackedWidget()
        self.setCentralWidget(self.layers)
        self.app_layer = QWidget()
        app_layout = QVBoxLayout(self.app_layer)
        app_layout.setContentsMargins(0, 0, 0, 0)
        app_layout.setSpacing(0)
        app_layout.addWidget(self._build_top_bar())
        self.pages = QStackedWidget()
        self.pages.setObjectName("page")
        app_layout.addWidget(self.pages, 1)
        self.layers.addWidget(self.app_layer)
        self.neutral = NeutralScreen(self.tr)
        self.neutral.resume_requested.connect(self.unhide)
        self.layers.addWidget(self.neutral)

        self._lesson_view: LessonView | None = None
        self.library_view = LibraryView(self.tr)
        self.library_view.lesson_chosen.connect(self.show_advisory)
        self.pages.addWidget(self.library_view)
        self._build_actions()
        self.adult_features = install_adult_features(self)  # Mode: presenter, parent guide; File: printables
        self.display_actions = DisplayActions(self, context)  # View: text size, colours, reading font; shortcuts
        self.display_actions.install(self)
        self.pack_actions = install_pack_actions(self)  # File: Install pack…; Mode: Author mode…; drop a .hlpack
        self.support_action = install_support_actions(self)  # Help: copy diagnostic info

        if context.settings.is_set_up:
            self.show_library()
        else:
            self.show_setup()

    # --- chrome -------------------------------------------------------------------------------------------
    def _build_top_bar(self) -> QFrame:
        tr = self.tr
        bar = QFrame()
        bar.setObjectName("topBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        row.setSpacing(12)
        # Name above age group and country: at large text sizes the bar stays two lines, not four.
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(text_label(APP_NAME, "appTitle"))
        self.where_label = text_label("")
        titles.addWidget(self.where_label)
        row.addLayout(titles, 1)
        self.settings_button = button(tr._("Change age or country"), "quickHide")
        self.settings_button.clicked.connect(self.show_setup)
        row.addWidget(self.settings_button)
        self.hide_button = button(
            tr._("Hide"), "quickHide", tr._("Hides this screen straight away. Shortcut: press Esc twice.")
        )
        self.hide_button.clicked.connect(self.quick_hide)
        row.addWidget(self.hide_button)
        self.help_button = button(tr._("Get help"), "getHelp", tr._("Helplines and people who can help. Shortcut: F1."))
        self.help_button.clicked.connect(self.open_help)
        row.addWidget(self.help_button)
        return bar

    def _build_actions(self) -> None:
        """The menu bar: grown-ups' features live here, never as buttons on the child's screen."""
        tr = self.tr
        bar = self.menuBar()
        self.menus = {
            "file": bar.addMenu(tr._("&File")),
            "view": bar.addMenu(tr._("&View")),
            "mode": bar.addMenu(tr._("&Mode")),
            "help": bar.addMenu(tr._("&Help")),
        }
        help_action = QAction(tr._("Get help"), self)
        help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_action.triggered.connect(self.open_help)
        self.add_menu_action("help", help_action)
        settings = QAction(tr._("Change age or country…"), self)
        settings.triggered.connect(self.show_setup)
        self.add_menu_action("file", settings)
        preferences = QAction(tr._("Settings…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_settings)
        self.add_menu_action("file", preferences)
        forget = QAction(tr._("Forget my progress…"), self)
        forget.triggered.connect(self.forget_progress)
        self.add_menu_action("file", forget)
        print_card = QAction(tr._("Print help card…"), self)
        print_card.triggered.connect(self.print_help_card)
        self.add_menu_action("file", print_card)
        quit_action = QAction(tr._("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.add_menu_action("file", quit_action)
        about = QAction(tr._("About Harbourlight"), self)
        about.triggered.connect(self.show_about)
        self.add_menu_action("help", about)

    def add_menu_action(self, menu: str, action: QAction) -> None:
        """Features add themselves to a menu ("file", "view", "mode", "help") through this one place."""
        self.menus[menu].addAction(action)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden by quick-hide

    def _update_where(self) -> None:
        settings = self.context.settings
        if settings.is_set_up:
            self.where_label.setText(
                f"{band_label(self.tr, settings.band)}  ·  {self.context.country_name(settings.country)}"
            )
        else:
            self.where_label.setText("")

    # --- pages --------------------------------------------------------------------------------------------
    @property
    def lesson_view(self) -> LessonView:
        """The page that plays lessons, with its read-aloud speaker; made on first use."""
        if self._lesson_view is None:
            from harbourlight.ui.lesson_view import LessonView
            from harbourlight.ui.read_aloud import Speaker
            from harbourlight.ui.steps import StepContext

            speaker = Speaker(self.tr, self.context.speech_engine, self)
            view = LessonView(StepContext(self.tr, self.context.today, self._help_for), self.pages, speaker)
            view.finished.connect(self._lesson_finished)
            view.left.connect(self._lesson_left)
            self.pages.addWidget(view)
            self._lesson_view = view
        return self._lesson_view

    @property
    def speaker(self) -> Speaker:
        return self.lesson_view.read_aloud.speaker

    def in_lesson(self) -> bool:
        return self._lesson_view is not None and self.pages.currentWidget() is self._lesson_view

    def _set_page(self, widget: QWidget) -> None:
        if self.pages.indexOf(widget) < 0:
            self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)
        for index in reversed(range(self.pages.count())):
            other = self.pages.widget(index)
            if other not in (widget, self.library_view, self._lesson_view):
                self.pages.removeWidget(other)
                other.deleteLater()

    def show_setup(self) -> None:
        from harbourlight.ui.setup_view import SetupView

        settings = self.context.settings
        countries = set(self.context.library.directory) - {"global"}
        view = SetupView(self.tr, countries, settings.band, settings.country or self.guessed_country())
        view.done.connect(self._setup_done)
        view.country_combo.setEnabled(not self.context.policy.country)  # the school policy fixes the country
        self._set_page(view)
        self._update_where()

    def _setup_done(self, band: str, country: str) -> None:
        self.context.update_settings(band=band, country=country)
        if self.help_dialog:
            self.help_dialog.show_country(country)
        self.show_library()

    def show_library(self) -> None:
        context = self.context
        band = context.settings.band
        notices = [self._friendly_notice(n) for n in context.notices]
        context.notices.clear()
        progress = self.progress()
        self.library_view.show_lessons(
            band,
            context.lessons_for_band(band),
            set(progress.done),
            notices,
            set(progress.paused),
            context.settings.nickname,
        )
        self._set_page(self.library_view)
        self._update_where()

    def show_advisory(self, chosen: Lesson | LessonSummary) -> None:
        """The lesson's content note, then the lesson (from the library: the list may show only its summary)."""
        from harbourlight.ui.advisory_view import AdvisoryView

        lesson = self.context.library.find_lesson(chosen.id)
        if lesson is None:  # its pack changed or went since the list was made
            self.show_library()
            return
        paused = self.progress().paused.get(lesson.id, ())
        view = AdvisoryView(lesson, self.tr, resuming=bool(paused))
        view.accepted.connect(lambda chosen: self.start_lesson(chosen, paused))
        view.declined.connect(self.show_library)
        self._set_page(view)
        view.accept_button.setFocus()

    def start_lesson(self, lesson: Lesson, path: tuple[str, ...] = ()) -> None:
        from harbourlight.ui.read_aloud import content_language

        self._set_page(self.lesson_view)
        pack = self.context.library.pack_of(lesson)
        self.lesson_view.read_aloud.set_content(
            content_language(pack, self.tr.language), self.context.settings.country, Path(pack.path) if pack else None
        )
        self.lesson_view.play(lesson, path, Path(pack.path) if pack and pack.path else None)

    def _lesson_finished(self, lesson_id: str) -> None:
        store, nickname = self.context.progress_store, self.context.settings.nickname
        self._save_progress(lambda: store.put(store.get(nickname).finish(lesson_id), nickname))
        self.show_library()

    def _lesson_left(self, walk: LessonWalk | None) -> None:
        if walk is not None and walk.can_go_back:
            store, nickname = self.context.progress_store, self.context.settings.nickname
            self._save_progress(lambda: store.put(store.get(nickname).pause(walk.lesson.id, walk.path), nickname))
        self.show_library()

    def progress(self) -> Progress:
        """The finished and paused lessons of whoever is learning (the optional nickname)."""
        return self.context.progress_store.get(self.context.settings.nickname)

    def _friendly_notice(self, notice: str) -> str:
        """The start-up notice about a damaged progress file, in words a child can follow."""
        store = self.context.progress_store
        if notice and notice == store.notice and store.set_aside_as is not None:
            if self.context.settings_store.notice:  # the settings were damaged too: don't claim they were kept
                text = self.tr._(
                    "Your list of finished lessons could not be read, so it starts empty this time. "
                    "(The old file was kept as {name}.)"
                )
            else:
                text = self.tr._(
                    "Your list of finished lessons could not be read, so it starts empty this time. "
                    "Your other settings are kept. (The old file was kept as {name}.)"
                )
            return text.format(name=store.set_aside_as.name)
        return notice

    def forget_progress(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr._("Forget my progress"),
            self.tr._(
                "Forget which lessons were finished or paused on this computer, for every nickname? "
                "This cannot be undone."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.context.progress_store.forget()
        except OSError as exc:
            self.context.notices.append(
                self.tr._("Progress could not be deleted: {reason}").format(reason=exc.strerror or str(exc))
            )
        self.context.update_settings(nickname="")
        if not self.in_lesson() and self.context.settings.is_set_up:
            self.show_library()

    def open_settings(self) -> None:
        from harbourlight.ui.settings_dialog import SettingsDialog

        context = self.context
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = SettingsDialog(
            self.tr,
            context.settings,
            set(context.library.directory) - {"global"},
            context.progress_store.nicknames(),
            self,
        )
        dialog = self.settings_dialog
        dialog.accepted.connect(lambda: self.apply_settings(dialog.choice()))
        dialog.open()  # window-modal, without a nested event loop

    def apply_settings(self, choice: SettingsChoice) -> None:
        before = self.context.settings
        after = self.context.update_settings(
            band=choice.band,
            country=choice.country or before.country,
            language=choice.language,
            text_scale=choice.text_scale,
            theme=choice.theme,
            nickname=choice.nickname,
        )
        app = QApplication.instance()
        if isinstance(app, QApplication) and (after.theme, after.text_scale) != (before.theme, before.text_scale):
            apply_display_settings(app, after, self.context.paths.content_dir)
        if after.language != before.language:
            self.tr.set_language(after.language)
            hook = getattr(self, "retranslate_requested", None)  # runtime re-translation lives in its own feature
            if callable(hook):
                hook()
        if self.help_dialog is not None and after.country != before.country:
            self.help_dialog.show_country(after.country)
        if not self.in_lesson() and after.is_set_up:
            self.show_library()  # band, country or nickname change what the library shows
        self._update_where()

    def _save_progress(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except OSError as exc:
            self.context.notices.append(
                self.tr._("Progress could not be saved: {reason}").format(reason=exc.strerror or str(exc))
            )

    # --- help ---------------------------------------------------------------------------------------------
    def _help_for(self, topics: tuple[str, ...]):  # type: ignore[no-untyped-def]
        from harbourlight.core.directory import select_help

        directory: dict[str, CountryDirectory] = self.context.library.directory
        country = self.context.settings.country
        return select_help(directory, country, topics), directory.get(country)

    def open_help(self) -> None:
        if self.layers.currentWidget() is self.neutral:
            return
        if self.help_dialog is None:
            from harbourlight.ui.help_dialog import HelpDialog

            self.help_dialog = HelpDialog(
                self.tr,
                self.context.library.directory,
                self.context.settings.country or self.guessed_country(),
                self.context.today,
                self,
            )
            self.help_dialog.country_changed.connect(self._help_country_changed)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def guessed_country(self) -> str:
        """Until the learner picks one: the system locale's country (nb_NO → Norway), else none."""
        return country_from_locale(os.environ)

    def print_help_card(self) -> None:
        from harbourlight.ui.help_card_pdf import HelpCardDialog

        country = self.context.settings.country or self.guessed_country()
        HelpCardDialog(self.tr, self.context.library.directory, country, self.context.today, self).open()

    def _help_country_changed(self, country: str) -> None:
        self.context.update_settings(country=country)
        self._update_where()

    def show_about(self) -> None:
        from harbourlight.ui.about_dialog import about_box

        about_box(self, self.tr, self.context.library.packs).exec()

    # --- quick hide ---------------------------------------------------------------------------------------
    def quick_hide(self) -> None:
        """Swap in the neutral screen at once, close Get help, and minimise."""
        if self.help_dialog is not None:
            self.help_dialog.hide()
        if self.settings_dialog is not None:
            self.settings_dialog.reject()
        self.layers.setCurrentWidget(self.neutral)
        self.menuBar().setVisible(False)
        self.setWindowTitle(self.tr._("Notes"))
        self.showMinimized()

    def is_hidden_by_quick_hide(self) -> bool:
        return self.layers.currentWidget() is self.neutral

    def unhide(self) -> None:
        self.layers.setCurrentWidget(self.app_layer)
        self.menuBar().setVisible(True)
        self.setWindowTitle(APP_NAME)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self._escape_timer.isValid() and self._escape_timer.elapsed() < DOUBLE_ESCAPE_MS:
                self._escape_timer.invalidate()
                self.quick_hide()
                return
            self._escape_timer.start()
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.help_dialog is not None:
            self.help_dialog.close()
        super().closeEvent(event)
