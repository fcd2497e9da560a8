"""Settings: age group (or age), country, language, text size, theme and an optional nickname.

The dialog only collects choices; the main window saves them and redraws what they change.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from harbourlight.core.vocabulary import AGE_BANDS, band_for_age
from harbourlight.i18n import N_, Translator
from harbourlight.i18n.languages import UI_LANGUAGES
from harbourlight.services.progress import MAX_NICKNAME
from harbourlight.services.settings import THEMES, Settings, clean_nickname
from harbourlight.ui.country_picker import CountryPicker
from harbourlight.ui.labels import band_label
from harbourlight.ui.widgets import button, card, text_label

THEME_LABELS = {
    "default": N_("Calm (light)"),
    "high-contrast": N_("High contrast"),
    "dark": N_("Dark"),
}
TEXT_SCALE_STEP = 10
MIN_TEXT_SCALE, MAX_TEXT_SCALE = 100, 200


@dataclass(frozen=True)
class SettingsChoice:
    band: str
    country: str
    language: str
    text_scale: int
    theme: str
    nickname: str


class SettingsDialog(QDialog):
    def __init__(
        self,
        tr: Translator,
        settings: Settings,
        countries_with_help: set[str],
        nicknames: list[str] = (),  # type: ignore[assignment]
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.setWindowTitle(tr._("Settings"))
        self.setObjectName("page")
        self.setModal(True)
        self.resize(640, 600)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(14)
        outer.addWidget(text_label(tr._("Settings"), "heading"))

        frame, inner = card()
        form = QFormLayout()
        form.setSpacing(12)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.band_combo = QComboBox()
        for band in AGE_BANDS:
            self.band_combo.addItem(band_label(tr, band), band)
        self.band_combo.setCurrentIndex(max(0, self.band_combo.findData(settings.band)))
        self.band_combo.setAccessibleName(tr._("Age group"))
        self.age_spin = QSpinBox()
        self.age_spin.setRange(4, 17)  # 4 is shown blank: "not typed"
        self.age_spin.setSpecialValueText(tr._("—"))
        self.age_spin.setValue(4)
        self.age_spin.setMinimumWidth(self.age_spin.fontMetrics().horizontalAdvance("00") + 64)
        self.age_spin.setMinimumHeight(self.age_spin.fontMetrics().height() + 22)
        self.age_spin.setAccessibleName(tr._("Or type your age"))
        self.age_spin.valueChanged.connect(self._age_typed)
        band_row = QHBoxLayout()
        band_row.addWidget(self.band_combo, 1)
        age_label = text_label(tr._("or age:"))
        age_label.setBuddy(self.age_spin)
        band_row.addWidget(age_label, 0, Qt.AlignmentFlag.AlignVCenter)
        band_row.addWidget(self.age_spin)
        self._add_row(form, tr._("Age group"), band_row, self.band_combo)

        self.country_combo = CountryPicker(tr, countries_with_help, settings.country)  # type any part of a name
        self._add_row(form, tr._("Country"), self.country_combo)

        self.language_combo = QComboBox()
        for language in UI_LANGUAGES:
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        self.language_combo.setAccessibleName(tr._("Language"))
        self._add_row(form, tr._("Language"), self.language_combo)

        # Two big buttons rather than a thin slider: easier to hit, and each press is one clear step.
        self.text_scale = settings.text_scale
        self.smaller_button = button(tr._("A−"), "", tr._("Smaller text"))
        self.smaller_button.setAccessibleName(tr._("Smaller text"))
        self.smaller_button.clicked.connect(lambda: self._set_scale(self.text_scale - TEXT_SCALE_STEP))
        self.bigger_button = button(tr._("A+"), "", tr._("Bigger text"))
        self.bigger_button.setAccessibleName(tr._("Bigger text"))
        self.bigger_button.clicked.connect(lambda: self._set_scale(self.text_scale + TEXT_SCALE_STEP))
        self.size_value = text_label("")
        self.size_value.setMinimumWidth(72)
        self.size_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size_row = QHBoxLayout()
        size_row.addWidget(self.smaller_button)
        size_row.addWidget(self.size_value)
        size_row.addWidget(self.bigger_button)
        size_row.addStretch(1)
        self._add_row(form, tr._("Text size"), size_row, self.smaller_button)
        self._set_scale(settings.text_scale)

        self.theme_combo = QComboBox()
        for theme in THEMES:
            self.theme_combo.addItem(tr._(THEME_LABELS.get(theme, theme)), theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.theme_combo.setAccessibleName(tr._("Colours"))
        self._add_row(form, tr._("Colours"), self.theme_combo)
        inner.addLayout(form)
        outer.addWidget(frame)

        frame, inner = card()
        nickname_label = text_label(tr._("Who is learning? (optional nickname)"), "subheading")
        inner.addWidget(nickname_label)
        inner.addWidget(
            text_label(
                tr._(
                    "Only if several people share this computer: a made-up name keeps your finished lessons "
                    "apart. Please don't use your real name. Leave it empty to skip."
                ),
                "muted",
            )
        )
        self.nickname_combo = QComboBox()
        self.nickname_combo.setEditable(True)
        self.nickname_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.nickname_combo.addItem("")
        for name in nicknames:
            self.nickname_combo.addItem(name)
        self.nickname_combo.setCurrentText(settings.nickname)
        line = self.nickname_combo.lineEdit()
        assert isinstance(line, QLineEdit)
        line.setMaxLength(MAX_NICKNAME)
        line.setPlaceholderText(tr._("For example: Blue Otter"))
        self.nickname_combo.setAccessibleName(tr._("Nickname (optional)"))
        line.setAccessibleName(tr._("Nickname (optional)"))
        nickname_label.setBuddy(self.nickname_combo)
        inner.addWidget(self.nickname_combo)
        outer.addWidget(frame)
        outer.addStretch(1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = button(tr._("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(tr._("Save"), "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        for combo in self.findChildren(QComboBox):
            if combo.lineEdit() is not None:  # the typing part of an editable list is announced like the list
                combo.lineEdit().setAccessibleName(combo.accessibleName())
            # Room for descenders at every text size; the style sheet's padding alone clips them.
            combo.setMinimumHeight(combo.fontMetrics().height() + 22)
        self.band_combo.setFocus()

    def _add_row(
        self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, buddy: QWidget | None = None
    ) -> None:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName("formLabel")
        # QFormLayout top-aligns labels; give each the height of its (tall, padded) field and centre it.
        label.setMinimumHeight(label.fontMetrics().height() + 22)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        form.addRow(label, field)

    def _age_typed(self, age: int) -> None:
        band = band_for_age(age)
        if band is not None:
            self.band_combo.setCurrentIndex(self.band_combo.findData(band))

    def _set_scale(self, percent: int) -> None:
        self.text_scale = min(MAX_TEXT_SCALE, max(MIN_TEXT_SCALE, percent))
        self.size_value.setText(self.tr._("{percent}%").format(percent=self.text_scale))
        self.smaller_button.setEnabled(self.text_scale > MIN_TEXT_SCALE)
        self.bigger_button.setEnabled(self.text_scale < MAX_TEXT_SCALE)
        for btn in (self.smaller_button, self.bigger_button):
            btn.setAccessibleDescription(self.tr._("Text size is {percent}%").format(percent=self.text_scale))

    def choice(self) -> SettingsChoice:
        country = self.country_combo.currentData()
        return SettingsChoice(
            band=str(self.band_combo.currentData()),
            country=country if isinstance(country, str) else "",
            language=str(self.language_combo.currentData()),
            text_scale=self.text_scale,
            theme=str(self.theme_combo.currentData()),
            nickname=clean_nickname(self.nickname_combo.currentText()),
        )
