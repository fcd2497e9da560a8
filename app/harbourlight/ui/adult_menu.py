"""Teachers' and parents' features, added to the main window's menus: presenter, parent guide, printables."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from harbourlight.core.vocabulary import AGE_BANDS
from harbourlight.i18n.languages import country_name
from harbourlight.services.class_progress import ClassProgressStore
from harbourlight.ui.labels import band_label

# The presenter, the parent guide and the printables are imported by the actions that open them: most starts
# never use them, and importing them (with their Qt classes) took about a tenth of a second of every start-up.
if TYPE_CHECKING:
    from harbourlight.core.directory import HelpSelection
    from harbourlight.core.models import CountryDirectory, Lesson, ParentPage
    from harbourlight.ui.main_window import MainWindow
    from harbourlight.ui.parent_view import ParentView
    from harbourlight.ui.presenter.teacher_console import PresenterWindow
    from harbourlight.ui.printing.print_dialog import PrintDialog

CLASS_PROGRESS_FILE = "class-progress.json"


class AdultFeatures:
    def __init__(self, window: MainWindow):
        self.window = window
        self.context = window.context
        self.tr = window.context.translator
        self.class_store = ClassProgressStore(self.context.paths.data_dir / CLASS_PROGRESS_FILE)
        self.presenter: PresenterWindow | None = None
        self.parent_view: ParentView | None = None
        self.print_dialog: PrintDialog | None = None
        tr = self.tr
        for menu, text, slot in (
            ("mode", tr._("Classroom presenter…"), self.open_presenter),
            ("mode", tr._("Parent guide…"), self.open_parent_guide),
            ("file", tr._("Print lesson plan…"), self.print_lesson_plan),
            ("file", tr._("Print handout…"), self.print_handout),
            ("file", tr._("Print parent guide…"), self.print_parent_guide),
        ):
            action = QAction(text, window)
            action.triggered.connect(slot)
            window.add_menu_action(menu, action)

    # --- shared -------------------------------------------------------------------------------------------
    def lessons(self) -> list[Lesson]:
        """Every lesson of every pack, youngest band first (stable within a band)."""
        found = [lesson for pack in self.context.library.packs for lesson in pack.lessons]
        rank = {band: index for index, band in enumerate(AGE_BANDS)}
        return sorted(found, key=lambda lesson: rank.get(lesson.band, len(rank)))

    def parent_pages(self) -> list[ParentPage]:
        return [page for pack in self.context.library.packs for page in pack.parent_pages]

    @property
    def directory(self) -> dict[str, CountryDirectory]:
        return self.context.library.directory

    def help_for(self, country: str, topics: tuple[str, ...]) -> tuple[HelpSelection, CountryDirectory | None]:
        from harbourlight.core.directory import select_help

        return select_help(self.directory, country, topics), self.directory.get(country)

    def countries(self) -> dict[str, str]:
        return {code: country_name(code, self.tr.language) for code in self.directory if code != "global"}

    # --- presenter ------------------------------------------------------------------------------------------
    def open_presenter(self) -> None:
        from harbourlight.ui.presenter.start_dialog import PresenterStartDialog

        if self.presenter is not None:  # a session hidden by quick hide comes back where it was
            self.presenter.present()
            return
        self.class_store.load()  # a damaged file is set aside; the dialog then starts with no classes
        dialog = PresenterStartDialog(
            self.tr, self.lessons(), self.class_store, self.context.settings.band, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_lesson() is None:
            return
        lesson = dialog.chosen_lesson()
        assert lesson is not None
        self.start_presenter(lesson, dialog.class_name)

    def start_presenter(self, lesson: Lesson, class_name: str = "") -> PresenterWindow:
        from harbourlight.ui.presenter.presenter_controller import PresenterController
        from harbourlight.ui.presenter.teacher_console import PresenterWindow
        from harbourlight.ui.steps import StepContext

        country = self.context.settings.country
        pack = self.context.library.pack_of(lesson)
        step_context = StepContext(
            self.tr,
            self.context.today,
            lambda topics: self.help_for(country, topics),
            Path(pack.path) if pack and pack.path else None,
        )
        controller = PresenterController(lesson)
        window = PresenterWindow(controller, step_context, self.class_store, class_name, self.window.quick_hide)
        window.closed.connect(self._presenter_closed)
        self.presenter = window
        window.present()
        return window

    def _presenter_closed(self) -> None:
        if self.presenter is not None:
            self.presenter.deleteLater()
        self.presenter = None

    # --- parent mode -----------------------------------------------------------------------------------------
    def open_parent_guide(self) -> ParentView:
        from harbourlight.ui.parent_view import ParentView

        if self.parent_view is None:
            self.parent_view = ParentView(
                self.tr,
                self.lessons(),
                self.parent_pages(),
                self.directory,
                self.context.settings.country,
                self.context.today,
            )
            self.parent_view.play_requested.connect(self.play_with_child)
        self.parent_view.show()
        self.parent_view.raise_()
        self.parent_view.activateWindow()
        return self.parent_view

    def play_with_child(self, lesson: Lesson) -> None:
        """Co-view: the lesson opens as a child would see it, with its content note first."""
        if self.window.is_hidden_by_quick_hide():
            self.window.unhide()
        self.window.show_advisory(lesson)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    # --- printing ----------------------------------------------------------------------------------------------
    def _lesson_items(self) -> list[tuple[str, str]]:
        return [(f"{band_label(self.tr, lesson.band)} · {lesson.title}", lesson.id) for lesson in self.lessons()]

    def _open_print_dialog(self, dialog: PrintDialog) -> None:
        band = self.context.settings.band
        first = next((i for i, lesson in enumerate(self.lessons()) if lesson.band == band), -1)
        if first >= 0 and dialog.item_combo.count() == len(self.lessons()):
            dialog.item_combo.setCurrentIndex(first)  # start at the lessons for the age group in use
        self.print_dialog = dialog
        dialog.open()

    def print_lesson_plan(self) -> None:
        from harbourlight.ui.printing.lesson_plan import lesson_plan
        from harbourlight.ui.printing.print_dialog import PrintDialog

        library = self.context.library

        def generate(lesson_id: str, paper: str, _country: str, path: Path) -> None:
            lesson = library.find_lesson(lesson_id)
            if lesson is not None:
                lesson_plan(lesson, self.tr, library.pack_of(lesson)).write_pdf(path, paper)

        self._open_print_dialog(
            PrintDialog(
                self.tr,
                self.tr._("Print lesson plan"),
                self._lesson_items(),
                generate,
                self.context.settings.country,
                None,
                lambda key: f"lesson-plan-{key}",
                self.window,
            )
        )

    def print_handout(self) -> None:
        from harbourlight.core.outline import help_topics as lesson_help_topics
        from harbourlight.ui.printing.handout import handout
        from harbourlight.ui.printing.print_dialog import PrintDialog

        library = self.context.library

        def generate(lesson_id: str, paper: str, country: str, path: Path) -> None:
            lesson = library.find_lesson(lesson_id)
            if lesson is not None:
                selection, directory = self.help_for(country, lesson_help_topics(lesson))
                handout(lesson, self.tr, selection, directory).write_pdf(path, paper)

        self._open_print_dialog(
            PrintDialog(
                self.tr,
                self.tr._("Print handout"),
                self._lesson_items(),
                generate,
                self.context.settings.country,
                self.countries(),
                lambda key: f"handout-{key}",
                self.window,
            )
        )

    def print_parent_guide(self) -> None:
        from harbourlight.core.guides import guide_topics, help_topics, topic_guide
        from harbourlight.ui.labels import topic_label
        from harbourlight.ui.printing.parent_guide import parent_guide
        from harbourlight.ui.printing.print_dialog import PrintDialog

        lessons, pages = self.lessons(), self.parent_pages()

        def generate(topic: str, paper: str, country: str, path: Path) -> None:
            guide = topic_guide(topic, lessons, pages)
            selection, directory = self.help_for(country, help_topics(guide))
            parent_guide(guide, self.tr, selection, directory).write_pdf(path, paper)

        items = [(topic_label(self.tr, topic), topic) for topic in guide_topics(lessons, pages)]
        self._open_print_dialog(
            PrintDialog(
                self.tr,
                self.tr._("Print parent guide"),
                items,
                generate,
                self.context.settings.country,
                self.countries(),
                lambda key: f"parent-guide-{key}",
                self.window,
            )
        )


def install_adult_features(window: MainWindow) -> AdultFeatures:
    return AdultFeatures(window)
