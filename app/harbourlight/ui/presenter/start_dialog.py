"""Before a class: pick the lesson and, if you like, a class name (e.g. "7B") to keep track of lessons done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QListWidget, QListWidgetItem, QWidget

from harbourlight.core.models import Lesson
from harbourlight.i18n import Translator
from harbourlight.services.class_progress import MAX_CLASS_NAME, ClassProgressStore, clean_class_name
from harbourlight.ui.labels import band_label
from harbourlight.ui.widgets import text_label


class PresenterStartDialog(QDialog):
    def __init__(
        self,
        tr: Translator,
        lessons: list[Lesson],
        class_store: ClassProgressStore,
        band: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.lessons = lessons
        self.class_store = class_store
        self.setWindowTitle(tr._("Classroom presenter"))
        self.resize(720, 620)
        form = QFormLayout(self)
        form.addRow(
            text_label(
                tr._(
                    "The lesson goes on the projector; your notes stay on this screen. "
                    "The class answers by a show of hands, and you record the class's answer."
                )
            )
        )
        self.class_combo = QComboBox()
        self.class_combo.setEditable(True)
        self.class_combo.addItem("")
        self.class_combo.addItems(class_store.class_names())
        self.class_combo.lineEdit().setMaxLength(MAX_CLASS_NAME)
        self.class_combo.lineEdit().setPlaceholderText(tr._("Optional, e.g. 7B"))
        self.class_combo.setAccessibleName(tr._("Class name"))
        self.class_combo.currentTextChanged.connect(lambda _text: self._fill())
        form.addRow(tr._("Class name"), self.class_combo)
        form.addRow(
            text_label(tr._("Only the class name and the lessons it has done are saved, never pupils' names."), "muted")
        )
        self.list = QListWidget()
        self.list.setAccessibleName(tr._("Lessons"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        form.addRow(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.addButton(tr._("Start presenting"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill(band)

    @property
    def class_name(self) -> str:
        return clean_class_name(self.class_combo.currentText())

    def _fill(self, band: str = "") -> None:
        tr = self.tr
        current = self.chosen_lesson()
        done = self.class_store.done(self.class_name)
        self.list.clear()
        for lesson in self.lessons:
            label = f"{band_label(tr, lesson.band)} · {lesson.title} · " + tr.ngettext(
                "{n} minute", "{n} minutes", lesson.duration_minutes
            ).format(n=lesson.duration_minutes)
            if lesson.id in done:
                label = "✓ " + label + " — " + tr._("done with this class")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, lesson.id)
            self.list.addItem(item)
            if (current and current.id == lesson.id) or (
                not current and band and lesson.band == band and self.list.currentRow() < 0
            ):
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def chosen_lesson(self) -> Lesson | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        if item is None:
            return None
        lesson_id = item.data(Qt.ItemDataRole.UserRole)
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)
