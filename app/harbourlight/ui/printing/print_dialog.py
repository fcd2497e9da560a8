"""One small dialog for every printable: what to print, paper size, country for helplines, then Save as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QMessageBox, QWidget

from harbourlight.i18n import Translator
from harbourlight.ui.printing.document import PAGE_SIZES, default_page_size
from harbourlight.ui.widgets import text_label

# (item key, page size, country, path) -> writes the PDF
Generator = Callable[[str, str, str, Path], None]


class PrintDialog(QDialog):
    def __init__(
        self,
        tr: Translator,
        title: str,
        items: list[tuple[str, str]],  # (label, key)
        generator: Generator,
        country: str,
        countries: dict[str, str] | None = None,  # code → name; None when the printout has no helplines
        suggested_name: Callable[[str], str] = lambda key: key,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.generator = generator
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.setWindowTitle(title)
        self.resize(620, 240)
        form = QFormLayout(self)
        self.item_combo = QComboBox()
        for label, key in items:
            self.item_combo.addItem(label, key)
        self.item_combo.setAccessibleName(title)
        form.addRow(tr._("Print"), self.item_combo)
        self.paper_combo = QComboBox()
        for size in PAGE_SIZES:
            self.paper_combo.addItem(tr._("A4") if size == "A4" else tr._("US Letter"), size)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(default_page_size(country)))
        self.paper_combo.setAccessibleName(tr._("Paper size"))
        form.addRow(tr._("Paper size"), self.paper_combo)
        self.country_combo: QComboBox | None = None
        self.country = country
        if countries:
            self.country_combo = QComboBox()
            for code, name in sorted(countries.items(), key=lambda kv: kv[1].casefold()):
                self.country_combo.addItem(name, code)
            found = self.country_combo.findData(country)
            self.country_combo.setCurrentIndex(max(found, 0))
            self.country_combo.setAccessibleName(tr._("Helplines for"))
            form.addRow(tr._("Helplines for"), self.country_combo)
        form.addRow(text_label(tr._("The PDF has real text, so it can be searched, copied and read aloud."), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(tr._("Save as PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def selection(self) -> tuple[str, str, str]:
        country = self.country_combo.currentData() if self.country_combo else self.country
        return self.item_combo.currentData(), self.paper_combo.currentData(), country

    def save(self) -> None:
        key, paper, country = self.selection()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr._("Save as PDF"), str(Path.home() / f"{self.suggested_name(key)}.pdf"), "PDF (*.pdf)"
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            self.generator(key, paper, country, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr._("Could not save"),
                self.tr._("The PDF could not be saved: {reason}").format(reason=exc.strerror or str(exc)),
            )
            return
        self.saved_to = path
        self.accept()
