"""A searchable country list: CLDR names in the UI language, countries with a helpline directory first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from harbourlight.i18n import Translator
from harbourlight.i18n.languages import all_countries


class CountryPicker(QComboBox):
    """Type any part of a name to find it ("weg" finds Norwegen); `country_picked` carries the ISO code."""

    country_picked = Signal(str)

    def __init__(self, tr: Translator, with_directory: set[str], current: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.tr = tr
        self.setAccessibleName(tr._("Country"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        names = all_countries(tr.language)
        listed = sorted((c for c in with_directory if c in names), key=lambda c: names[c].casefold())
        others = sorted((c for c in names if c not in with_directory), key=lambda c: names[c].casefold())
        for code in listed:
            self.addItem(names[code], code)
        if others:
            self.insertSeparator(self.count())
            for code in others:
                self.addItem(names[code], code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        completer.activated[str].connect(self._completed)  # type: ignore[index]
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr._("Type to search"))
        line.setAccessibleName(tr._("Country"))  # the text box has the focus, so it needs the name too
        line.setAccessibleDescription(tr._("Type to search"))
        self.set_country(current)
        self.currentIndexChanged.connect(self._index_changed)

    def country(self) -> str:
        data = self.currentData()
        return data if isinstance(data, str) else ""

    def set_country(self, code: str) -> None:
        """Select without announcing it (the caller already knows)."""
        self.blockSignals(True)
        self.setCurrentIndex(self.findData(code) if code else -1)
        self.blockSignals(False)

    def choose_by_name(self, name: str) -> bool:
        """Pick the country whose name matches exactly (case-insensitive), as when typed and confirmed."""
        for index in range(self.count()):
            if self.itemText(index).casefold() == name.strip().casefold() and isinstance(self.itemData(index), str):
                self.setCurrentIndex(index)
                return True
        return False

    def _completed(self, name: str) -> None:
        self.choose_by_name(name)

    def _index_changed(self, _index: int) -> None:
        code = self.country()
        if code:
            self.country_picked.emit(code)
