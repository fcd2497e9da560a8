"""A printable help card: one country's emergency number and helplines as a PDF with real (selectable) text."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption
from PySide6.QtWidgets import QButtonGroup, QDialog, QFileDialog, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from harbourlight import APP_NAME, __version__
from harbourlight.core.directory import GLOBAL, select_help
from harbourlight.core.models import CountryDirectory, HelplineEntry
from harbourlight.i18n import Translator
from harbourlight.i18n.languages import country_name, is_rtl
from harbourlight.services.atomic import atomic_write_bytes
from harbourlight.ui.country_picker import CountryPicker
from harbourlight.ui.help_panel import group_by_kind
from harbourlight.ui.labels import kind_label
from harbourlight.ui.widgets import button, text_label

PAPER_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
HEADING = "font-size:12.5pt; font-weight:700; margin:10px 0 0 0; color:#1d4e89"
LETTER_COUNTRIES = {"US", "CA", "MX", "PH", "CO", "CL", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "PR"}


def default_paper(country: str) -> str:
    return "Letter" if country in LETTER_COUNTRIES else "A4"


def _line(text: str, style: str = "") -> str:
    """One block per line, so each line takes its own direction (an Arabic label, a Latin name, a number)."""
    return f"<p style='margin:0; {style}'>{escape(text)}</p>"


def _entry_html(entry: HelplineEntry, tr: Translator) -> str:
    lines = [_line(entry.name, "margin-top:6px; font-weight:700")]
    if entry.phone:
        lines.append(_line(entry.phone, "font-size:15pt; font-weight:700"))
    if entry.sms:
        lines.append(_line(tr._("Text: {number}").format(number=entry.sms)))
    lines += [_line(url) for url in dict.fromkeys(u for u in (entry.chat_url, entry.url) if u)]
    facts = []
    if entry.hours:
        facts.append(tr._("Open: {hours}").format(hours=entry.hours))
    if entry.cost:
        facts.append(tr._("Cost: {cost}").format(cost=entry.cost))
    if facts:
        lines.append(_line("  ·  ".join(facts)))
    if entry.notes:
        lines.append(_line(entry.notes, "color:#444"))
    checked = entry.verification.last_verified
    when = tr._("Last checked {date}").format(date=checked.isoformat()) if checked else tr._("Never checked")
    if not entry.verification.is_verified:
        when += " — " + tr._("Unverified — check before relying on it")
    lines.append(_line(when, "color:#555; font-size:8pt"))
    return "".join(lines)


def help_card_html(directories: dict[str, CountryDirectory], country: str, tr: Translator, today: dt.date) -> str:
    """Every piece of pack text is escaped: the card shows it as plain text, like the app does."""
    name = country_name(country, tr.language)
    directory = directories.get(country)
    selection = select_help(directories, country)
    title = tr._("Where to get help: {country}").format(country=name)
    out = [f"<p style='font-size:18pt; font-weight:700; margin:0 0 4px 0'>{escape(title)}</p>"]
    out.append(f"<p>{escape(tr._('It is never your fault. You can always talk to an adult you trust.'))}</p>")
    if directory and directory.emergency:
        emergency = directory.emergency
        numbers = " / ".join((emergency.number, *emergency.also))
        out.append(
            "<table width='100%' cellpadding='8' style='background:#b3261e; color:#ffffff'><tr><td>"
            + _line(tr._("In danger right now? Call the police"), "font-size:13pt; font-weight:700")
            + _line(numbers, "font-size:22pt; font-weight:700")
            + (_line(emergency.notes) if emergency.notes else "")
            + "</td></tr></table>"
        )
    for kind, entries in group_by_kind(selection.entries):
        out.append(f"<p style='{HEADING}'>{escape(kind_label(tr, kind))}</p>")
        out.extend(_entry_html(entry, tr) for entry in entries)
    # A card is short: services for other countries only when this one has none; picture removal always helps.
    extra = [e for e in selection.global_entries if selection.fell_back_to_global or e.kind == "image-removal"]
    if extra:
        out.append(f"<p style='{HEADING}'>{escape(tr._('Services that work in many countries'))}</p>")
        out.extend(_entry_html(entry, tr) for entry in extra)
    checked = directory.directory_checked.isoformat() if directory and directory.directory_checked else tr._("never")
    footer = tr._(
        "This list was last checked on {date}. Printed on {today} by {app} {version}. "
        "Numbers can change: check them before relying on them."
    ).format(date=checked, today=today.isoformat(), app=APP_NAME, version=__version__)
    out.append(f"<p style='color:#555; font-size:8pt; margin-top:14px'>{escape(footer)}</p>")
    return "\n".join(out)


def help_card_pdf(
    directories: dict[str, CountryDirectory], country: str, tr: Translator, today: dt.date, paper: str = "A4"
) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(tr._("Where to get help: {country}").format(country=country_name(country, tr.language)))
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(
        QPageLayout(QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
    )
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    if is_rtl(tr.language):
        option = QTextOption()  # each paragraph keeps its own direction (numbers, Latin names), all aligned right
        option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        document.setDefaultTextOption(option)
    document.setHtml(help_card_html(directories, country, tr, today))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data().data())


def write_help_card(
    path: Path,
    directories: dict[str, CountryDirectory],
    country: str,
    tr: Translator,
    today: dt.date,
    paper: str = "A4",
) -> None:
    """All or nothing: a failed save never leaves half a PDF behind."""
    atomic_write_bytes(Path(path), help_card_pdf(directories, country, tr, today, paper))


class HelpCardDialog(QDialog):
    """Choose the country and paper size, then where to save the PDF."""

    def __init__(
        self,
        tr: Translator,
        directories: dict[str, CountryDirectory],
        country: str,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.tr = tr
        self.directories = directories
        self.today = today
        self.setWindowTitle(tr._("Print help card"))
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(text_label(tr._("Print a help card"), "heading"))
        layout.addWidget(
            text_label(tr._("The emergency number and helplines for one country, to print and keep."), "storyText")
        )
        country_label = text_label(tr._("Country:"), "subheading")
        layout.addWidget(country_label)
        self.country_combo = CountryPicker(tr, set(directories) - {GLOBAL}, country)
        country_label.setBuddy(self.country_combo)
        layout.addWidget(self.country_combo)
        layout.addWidget(text_label(tr._("Paper size:"), "subheading"))
        row = QHBoxLayout()
        self.paper_group = QButtonGroup(self)
        self.paper_buttons: dict[str, QRadioButton] = {}
        for key, label in (("A4", tr._("A4")), ("Letter", tr._("US Letter"))):
            radio = QRadioButton(label)
            radio.setChecked(key == default_paper(country))
            self.paper_group.addButton(radio)
            self.paper_buttons[key] = radio
            row.addWidget(radio)
        row.addStretch(1)
        layout.addLayout(row)
        self.country_combo.country_picked.connect(lambda code: self.paper_buttons[default_paper(code)].setChecked(True))
        self.status = text_label("", "muted", selectable=True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = button(tr._("Save PDF…"), "primary")
        self.save_button.clicked.connect(self.choose_file)
        close = button(tr._("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def paper(self) -> str:
        return next((key for key, radio in self.paper_buttons.items() if radio.isChecked()), "A4")

    def choose_file(self) -> None:
        country = self.country_combo.country()
        if not country:
            self.status.setText(self.tr._("Please choose a country."))
            return
        start = str(Path.home() / f"harbourlight-help-{country}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr._("Save help card"), start, self.tr._("PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        country = self.country_combo.country()
        try:
            write_help_card(path, self.directories, country, self.tr, self.today, self.paper())
        except OSError as exc:
            self.status.setText(self.tr._("The help card could not be saved: {reason}").format(reason=str(exc)))
            return False
        self.status.setText(self.tr._("Saved to {path}").format(path=str(path)))
        return True
