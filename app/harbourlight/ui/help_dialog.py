""" "Get help": the directory for the learner's country, reachable from every screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from harbourlight.core.directory import select_help
from harbourlight.core.models import CountryDirectory
from harbourlight.i18n import Translator
from harbourlight.ui.help_panel import HelpPanel
from harbourlight.ui.setup_view import fill_country_combo
from harbourlight.ui.widgets import button, text_label


class HelpDialog(QDialog):
    country_changed = Signal(str)

    def __init__(
        self,
        tr: Translator,
        directory: dict[str, CountryDirectory],
        country: str,
        today,  # type: ignore[no-untyped-def]
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.directory = directory
        self.setWindowTitle(tr._("Get help"))
        self.setObjectName("page")
        self.resize(760, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        top.addWidget(text_label(tr._("Get help"), "heading"), 1)
        country_label = text_label(tr._("Country:"))
        top.addWidget(country_label)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(tr._("Country"))
        fill_country_combo(self.country_combo, tr, set(directory) - {"global"}, country)
        self.country_combo.currentIndexChanged.connect(self._country_picked)
        country_label.setBuddy(self.country_combo)
        top.addWidget(self.country_combo)
        layout.addLayout(top)
        layout.addWidget(
            text_label(
                tr._(
                    "It is never your fault. Talking to someone can help, and you can do it without giving your name."
                ),
                "storyText",
            )
        )
        self.panel = HelpPanel(tr, today)
        layout.addWidget(self.panel, 1)
        close = button(tr._("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.show_country(country)

    def show_country(self, country: str) -> None:
        selection = select_help(self.directory, country)
        self.panel.show_selection(selection, self.directory.get(country))

    def _country_picked(self) -> None:
        code = self.country_combo.currentData()
        if isinstance(code, str):
            self.show_country(code)
            self.country_changed.emit(code)
