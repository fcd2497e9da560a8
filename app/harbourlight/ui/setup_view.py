"""First run (and later, Settings): choose an age group and a country. Nothing personal is asked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.vocabulary import AGE_BANDS, band_for_age
from harbourlight.i18n import Translator
from harbourlight.ui.country_picker import CountryPicker
from harbourlight.ui.labels import band_label
from harbourlight.ui.widgets import button, card, text_label


class SetupView(QScrollArea):
    done = Signal(str, str)  # band, country

    def __init__(
        self,
        tr: Translator,
        countries_with_help: set[str],
        band: str = "",
        country: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("page")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(16)
        outer.addWidget(text_label(tr._("Welcome to Harbourlight"), "heading"))
        outer.addWidget(
            text_label(
                tr._(
                    "Lessons about staying safe online, and where to get help. "
                    "We never ask your name, and nothing leaves this computer."
                ),
                "storyText",
            )
        )
        frame, inner = card()
        inner.addWidget(text_label(tr._("How old are you?"), "subheading"))
        grid = QGridLayout()
        self.band_group = QButtonGroup(self)
        self.band_buttons = {}
        for index, value in enumerate(AGE_BANDS):
            btn = button(band_label(tr, value), "option")
            btn.setCheckable(True)
            btn.setChecked(value == band)
            self.band_group.addButton(btn, index)
            self.band_buttons[value] = btn
            grid.addWidget(btn, index // 2, index % 2)
        inner.addLayout(grid)
        # Or type the age itself; it picks the age group (the age is not stored).
        age_row = QHBoxLayout()
        age_label = text_label(tr._("or age:"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(4, 17)  # 4 is shown blank: "not typed"
        self.age_spin.setSpecialValueText(tr._("—"))
        self.age_spin.setValue(4)
        self.age_spin.setAccessibleName(tr._("Or type your age"))
        self.age_spin.setMinimumWidth(self.age_spin.fontMetrics().horizontalAdvance("00") + 64)
        self.age_spin.setMinimumHeight(self.age_spin.fontMetrics().height() + 22)
        self.age_spin.valueChanged.connect(self._age_typed)
        age_label.setBuddy(self.age_spin)
        age_row.addWidget(age_label, 0, Qt.AlignmentFlag.AlignVCenter)
        age_row.addWidget(self.age_spin)
        age_row.addStretch(1)
        inner.addLayout(age_row)
        outer.addWidget(frame)

        frame, inner = card()
        country_label = text_label(tr._("Which country are you in?"), "subheading")
        inner.addWidget(country_label)
        inner.addWidget(text_label(tr._("So we can show the right helplines."), "muted"))
        self.country_combo = CountryPicker(tr, countries_with_help, country)  # type any part of a name to search
        country_label.setBuddy(self.country_combo)
        inner.addWidget(self.country_combo)
        outer.addWidget(frame)

        self.error = QLabel()
        self.error.setObjectName("badgeWarn")
        self.error.setVisible(False)
        outer.addWidget(self.error)
        self.continue_button = button(tr._("Continue"), "primary")
        self.continue_button.clicked.connect(self.submit)
        outer.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addStretch(1)

    def _age_typed(self, age: int) -> None:
        band = band_for_age(age)
        if band is not None:
            self.band_buttons[band].setChecked(True)

    def selected_band(self) -> str:
        checked = self.band_group.checkedId()
        return AGE_BANDS[checked] if checked >= 0 else ""

    def selected_country(self) -> str:
        data = self.country_combo.currentData()
        return data if isinstance(data, str) else ""

    def submit(self) -> None:
        band, country = self.selected_band(), self.selected_country()
        if not band or not country:
            self.error.setText(self.tr._("Please choose an age group and a country."))
            self.error.setVisible(True)
            return
        self.done.emit(band, country)
