""" "Get help": the directory for the learner's country, reachable from every screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from harbourlight.core.directory import GLOBAL, select_help
from harbourlight.core.models import CountryDirectory
from harbourlight.i18n import Translator
from harbourlight.ui.country_picker import CountryPicker
from harbourlight.ui.help_panel import HelpPanel
from harbourlight.ui.widgets import button, text_label


class HelpDialog(QDialog):
    country_changed = Signal(str)

    def __init__(
        self,
        tr: Translator,
        directory: dict[str, CountryDirectory],
        country: str,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.directory = directory
        self.today = today
        self.country = country
        self.setWindowTitle(tr._("Get help"))
        self.setObjectName("page")
        self.resize(780, 760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        top = QHBoxLayout()
        top.addWidget(text_label(tr._("Get help"), "heading"), 1)
        country_label = text_label(tr._("Country:"))
        top.addWidget(country_label)
        self.country_combo = CountryPicker(tr, set(directory) - {GLOBAL}, country)
        self.country_combo.country_picked.connect(self._country_picked)
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
        row = QHBoxLayout()
        self.print_button = button(
            tr._("Print help card…"), "", tr._("Saves this country's helplines as a one-page PDF to print")
        )
        self.print_button.clicked.connect(self.print_card)
        row.addWidget(self.print_button)
        row.addStretch(1)
        close = button(tr._("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.show_country(country)

    def show_country(self, country: str) -> None:
        """Also used when the country changes elsewhere (settings), so the picker follows."""
        self.country = country
        self.country_combo.set_country(country)
        selection = select_help(self.directory, country)
        self.panel.show_selection(selection, self.directory.get(country))

    def _country_picked(self, code: str) -> None:
        if code != self.country:
            self.show_country(code)
            self.country_changed.emit(code)

    def print_card(self) -> None:
        from harbourlight.ui.help_card_pdf import HelpCardDialog

        dialog = HelpCardDialog(self.tr, self.directory, self.country, self.today, self)
        dialog.open()
