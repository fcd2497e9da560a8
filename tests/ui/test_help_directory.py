"""Get help as a child or a parent sees it: country picker, grouped services, badges, reports, the printed card."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from harbourlight.core.directory import select_help
from harbourlight.core.models import CountryDirectory
from harbourlight.i18n import Translator
from harbourlight.packs.helplines import load_directory
from harbourlight.ui.help_card_pdf import HelpCardDialog, write_help_card
from harbourlight.ui.help_dialog import HelpDialog
from harbourlight.ui.help_panel import HelpContent
from harbourlight.ui.wrong_number_dialog import WrongNumberDialog

TODAY = dt.date(2026, 11, 23)
CONTENT = Path(__file__).resolve().parents[2] / "content"
LOCALES = CONTENT.parent / "locales"


@pytest.fixture(scope="module")
def directory() -> dict[str, CountryDirectory]:
    """Only the helpline directory (fast), for the tests that need no main window."""
    return dict(load_directory(CONTENT / "helplines").countries)


@pytest.fixture
def tr() -> Translator:
    return Translator(LOCALES, "en")


def help_dialog(directory, language: str, country: str, qtbot) -> HelpDialog:  # type: ignore[no-untyped-def]
    dialog = HelpDialog(Translator(LOCALES, language), directory, country, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(
    ("language", "typed", "norway", "heading_country"),
    [("de", "weg", "Norwegen", "Norwegen"), ("fr", "vège", "Norvège", "Norvège")],
)
def test_country_picker_searches_cldr_names_in_the_ui_language(  # type: ignore[no-untyped-def]
    directory, qtbot, language, typed, norway, heading_country
) -> None:
    dialog = help_dialog(directory, language, "GB", qtbot)
    picker = dialog.country_combo
    names = [picker.itemText(i) for i in range(picker.count())]
    assert norway in names and "Norway" not in names
    # Typing part of the name offers the country (the completer matches anywhere in the name).
    completer = picker.completer()
    completer.setCompletionPrefix(typed)
    matches = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert norway in matches
    with qtbot.waitSignal(dialog.country_changed) as changed:
        assert picker.choose_by_name(norway)
    assert changed.args == ["NO"]
    text = dialog.panel.visible_text()
    assert heading_country in text and "116 111" in text and "Kors på halsen" in text


def test_switching_country_changes_get_help_everywhere(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_help()
    dialog = window.help_dialog
    before = dialog.panel.visible_text()
    assert "Childline" in before and "999" in before
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("NO"))
    after = dialog.panel.visible_text()
    assert "Help in Norway" in after and "Childline" not in after
    assert window.context.settings.country == "NO"
    assert "Norway" in window.where_label.text()
    selection, directory = window._help_for(("grooming",))  # what a lesson's help step shows next
    assert selection.country == "NO" and directory is not None and directory.country == "NO"
    # …and a change made elsewhere moves the picker too.
    dialog.show_country("SE")
    assert dialog.country_combo.currentData() == "SE" and "Help in Sweden" in dialog.panel.visible_text()


def test_services_are_grouped_by_kind_most_relevant_first(directory, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = help_dialog(directory, "en", "GB", qtbot)
    text = dialog.panel.visible_text()
    headings = [
        "In danger right now? Call the police",
        "Helpline for children and young people",
        "Report abuse images or grooming",
        "Get pictures taken down",
        "Police",
        "Help for parents and carers",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Last checked 2026-11-22" in text and "Source: " in text
    assert "wiki" not in text and "Source seen" not in text  # research notes stay out of the child's view


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "We don't have a service for this in Saudi Arabia yet."),
        ("ar", "ليست لدينا خدمة لهذا في المملكة العربية السعودية بعد."),
    ],
)
def test_a_country_without_entries_names_itself_before_the_global_services(  # type: ignore[no-untyped-def]
    directory, language: str, expected: str, qtbot
) -> None:
    dialog = help_dialog(directory, language, "SA", qtbot)  # no directory file for Saudi Arabia
    text = dialog.panel.visible_text()
    assert expected in text
    assert "{" not in text and "}" not in text  # no placeholder left unformatted


def test_unverified_entries_show_the_badge(directory, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = help_dialog(directory, "en", "IE", qtbot)
    QApplication.processEvents()
    unverified = [c for c in dialog.panel.cards if not c.entry.verification.is_verified]
    verified = [c for c in dialog.panel.cards if c.entry.verification.is_verified]
    assert unverified and verified
    for card in unverified:
        assert card.badge is not None and card.badge.isVisible()
        assert card.badge.text() == "Unverified — check before relying on it"
    assert all(card.badge is None for card in verified)


def test_old_directory_shows_a_staleness_warning(directory, tr, qtbot) -> None:  # type: ignore[no-untyped-def]
    content = HelpContent(tr, dt.date(2028, 6, 1))
    qtbot.addWidget(content)
    content.show_selection(select_help(directory, "GB"), directory["GB"])
    assert content.stale_warning is not None
    assert "has not been checked for over 12 months" in content.stale_warning.text()
    assert "not checked for over 12 months" in content.cards[0].checked_label.text()
    fresh = HelpContent(tr, TODAY)
    qtbot.addWidget(fresh)
    fresh.show_selection(select_help(directory, "GB"), directory["GB"])
    assert fresh.stale_warning is None


def test_an_entry_from_a_pack_says_where_it_comes_from(directory, tr, qtbot) -> None:  # type: ignore[no-untyped-def]
    gb = directory["GB"]
    added = dataclasses.replace(gb.entries[0], id="gb-school", origin="school-pack/helplines/GB.yaml")
    with_pack = {**directory, "GB": dataclasses.replace(gb, entries=(*gb.entries, added))}
    content = HelpContent(tr, TODAY)
    qtbot.addWidget(content)
    content.show_selection(select_help(with_pack, "GB"), with_pack["GB"])
    assert content.visible_text().count("From the lesson pack “school-pack”") == 1


def test_links_open_only_after_a_click_and_a_yes(directory, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    monkeypatch.setattr(
        "harbourlight.ui.links.QDesktopServices.openUrl", lambda url: opened.append(url.toString()) or True
    )
    dialog = help_dialog(directory, "en", "GB", qtbot)
    assert opened == []  # showing the directory opens nothing
    card = next(c for c in dialog.panel.cards if c.entry.id == "gb-iwf-report")
    [open_button] = card.link_buttons
    assert card.report_button.text() == "This information is wrong"  # a web-only service has no number
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == []  # answered No
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://www.iwf.org.uk/report"]


def test_this_number_is_wrong_makes_a_report_to_copy_or_save(directory, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = help_dialog(directory, "en", "GB", qtbot)
    card = next(c for c in dialog.panel.cards if c.entry.id == "gb-childline")
    qtbot.mouseClick(card.report_button, Qt.MouseButton.LeftButton)
    report = dialog.panel.content.report_dialog
    assert isinstance(report, WrongNumberDialog) and report.isVisible()
    qtbot.keyClicks(report.comment, "Nobody answered")
    shown = report.preview.toPlainText()
    for expected in (
        "Entry: gb-childline",
        "Country: United Kingdom (GB)",
        "Phone: 0800 1111",
        "Last checked: 2026-11-22",
        "Report date: 2026-11-23",
        "Nobody answered",
    ):
        assert expected in shown
    qtbot.mouseClick(report.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == shown
    target = tmp_path / "report.txt"
    assert report.save_to(target)
    assert target.read_text(encoding="utf-8") == shown
    assert "Saved to" in report.status.text()
    # the emergency banner has its own report
    qtbot.mouseClick(dialog.panel.content.emergency.report_button, Qt.MouseButton.LeftButton)
    assert "Phone: 999 / 112" in dialog.panel.content.report_dialog.preview.toPlainText()


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.mark.parametrize(("country", "paper", "width"), [("GB", "A4", 595), ("US", "Letter", 612)])
def test_help_card_pdf_has_the_numbers_and_dates(  # type: ignore[no-untyped-def]
    directory, tr, qtbot, tmp_path: Path, country, paper, width
) -> None:
    target = tmp_path / f"card-{country}.pdf"
    write_help_card(target, directory, country, tr, TODAY, paper)
    reader = pypdf.PdfReader(str(target))
    assert round(float(reader.pages[0].mediabox.width)) == width
    text = _pdf_text(target)
    shown = directory[country]
    assert shown.emergency is not None and shown.emergency.number in text
    for entry in shown.entries:
        assert entry.name.split(" (")[0] in text
        if entry.phone:
            assert entry.phone in text
    assert "last checked on 2026-11-22" in text and "Printed on 2026-11-23" in text


def test_print_help_card_from_the_menu_and_the_get_help_window(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    [action] = [a for a in window.menus["file"].actions() if a.text() == "Print help card…"]
    action.trigger()
    card_dialog = window.findChild(HelpCardDialog)
    assert card_dialog is not None and card_dialog.country_combo.country() == "GB"
    assert card_dialog.paper() == "A4"
    card_dialog.country_combo.setCurrentIndex(card_dialog.country_combo.findData("US"))
    assert card_dialog.paper() == "Letter"
    target = tmp_path / "us.pdf"
    assert card_dialog.save_to(target)
    assert "1-800-843-5678" in _pdf_text(target)
    window.open_help()
    qtbot.mouseClick(window.help_dialog.print_button, Qt.MouseButton.LeftButton)
    assert window.help_dialog.findChild(HelpCardDialog) is not None


def test_first_run_country_defaults_from_the_system_locale(context, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.ui.main_window import MainWindow
    from harbourlight.ui.setup_view import SetupView

    for name in ("LANGUAGE", "LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    win = MainWindow(context)
    qtbot.addWidget(win)
    setup = win.pages.currentWidget()
    assert isinstance(setup, SetupView)
    assert setup.selected_country() == "NO"
    assert context.settings.country == ""  # only a suggestion until the learner confirms


def test_long_addresses_wrap_but_copy_clean(directory, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = help_dialog(directory, "en", "GB", qtbot)
    card = next(c for c in dialog.panel.cards if c.entry.id == "gb-report-remove")
    assert "\u200b" in card.checked_label.text()  # wrap points, so 200 % text does not push the list sideways
    clipboard = QApplication.clipboard()
    clipboard.setText(card.checked_label.text())  # what selecting the label and pressing Ctrl+C does
    QApplication.processEvents()
    assert "\u200b" not in clipboard.text() and "https://www.iwf.org.uk/what-we-do/" in clipboard.text()
    phone = next(c for c in dialog.panel.cards if c.entry.phone)
    shown = next(label.text() for label in phone.findChildren(QLabel) if phone.entry.phone in label.text())
    assert shown != phone.entry.phone  # isolated, so it reads left to right inside Arabic text
    clipboard.setText(shown)
    QApplication.processEvents()
    assert clipboard.text() == phone.entry.phone  # a dialler gets the number itself


def test_get_help_in_norwegian_shows_translated_notes_and_hours(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from babel.messages.pofile import read_po, write_po

    from harbourlight.packs.helpline_translations import update_catalogs
    from harbourlight.services.library import load_library

    folder = tmp_path / "helplines"  # a copy, with a fresh nb.po in which one entry is translated
    shutil.copytree(CONTENT / "helplines", folder, ignore=shutil.ignore_patterns("locales"))
    [po] = update_catalogs(folder, ["nb"])
    with po.open("rb") as handle:
        catalog = read_po(handle)
    translated = {"NO/no-kors-pa-halsen/notes": "Under 18 år, anonymt.", "NO/no-kors-pa-halsen/hours": "Hver dag"}
    for message in catalog:
        message.string = translated.get(str(message.context), message.string)
    with po.open("wb") as handle:
        write_po(handle, catalog)
    directory = load_library([], folder, TODAY, language="nb").directory
    dialog = help_dialog(directory, "nb", "NO", qtbot)
    shown = dialog.panel.visible_text()
    assert "Under 18 år, anonymt." in shown and "Hver dag" in shown
    assert "Under 18, anonymous" not in shown
    assert "Kors på halsen (Norwegian Red Cross)" in shown  # names stay as they are
    card = tmp_path / "card.pdf"
    write_help_card(card, directory, "NO", Translator(LOCALES, "nb"), TODAY, "A4")
    assert "Under 18 år, anonymt." in _pdf_text(card)
