"""Printed lesson plans, handouts and parent guides: real PDFs, read back with pypdf and rendered to PNG."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from harbourlight.core.directory import select_help
from harbourlight.core.guides import help_topics, topic_guide
from harbourlight.core.outline import help_topics as lesson_help_topics
from harbourlight.services.context import AppContext
from harbourlight.ui.printing.document import Printout, default_page_size
from harbourlight.ui.printing.handout import handout
from harbourlight.ui.printing.lesson_plan import lesson_plan
from harbourlight.ui.printing.parent_guide import parent_guide

MM_PER_POINT = 25.4 / 72


def pdf_text(path: Path) -> str:
    """All text of a PDF with runs of whitespace made single spaces (pypdf separates words with tabs)."""
    reader = PdfReader(path)
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)).strip()


def page_size_mm(path: Path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width) * MM_PER_POINT), round(float(box.height) * MM_PER_POINT)


def test_lesson_plan_has_title_goals_timing_notes_and_dated_sources(context: AppContext, tmp_path: Path) -> None:
    lesson = context.library.find_lesson("b1113-sextortion")
    assert lesson is not None
    path = tmp_path / "plan.pdf"
    lesson_plan(lesson, context.translator, context.library.pack_of(lesson)).write_pdf(path, "A4")
    text = pdf_text(path)
    assert "Lesson plan: If someone threatens to share your pictures" in text
    assert "Learning objectives" in text
    assert "Know it is never your fault, even if you sent a picture." in text
    assert "0–2 min" in text and "Class choice" in text
    assert "B → That is the best plan." in text  # the feedback the projector shows for each option
    assert "We talk about Dev and Sofia, not about anyone in the room." in text
    assert "Why do people who threaten set short deadlines?" in text
    assert "If a learner discloses" in text and "Don't promise to keep it secret" in text
    assert "Global Threat Assessment 2021, WeProtect Global Alliance, 2021" in text
    assert "Best taught with a trusted adult or teacher present." in text
    assert page_size_mm(path) == (210, 297)


def test_page_size_follows_the_choice(context: AppContext, tmp_path: Path) -> None:
    lesson = context.library.find_lesson("b57-telling-is-brave")
    assert lesson is not None
    path = tmp_path / "plan.pdf"
    lesson_plan(lesson, context.translator).write_pdf(path, "Letter")
    assert page_size_mm(path) == (216, 279)
    assert default_page_size("US") == "Letter" and default_page_size("NO") == "A4"


def test_handout_has_key_messages_trusted_adults_and_dated_helplines(context: AppContext, tmp_path: Path) -> None:
    library = context.library
    lesson = library.find_lesson("b1113-sextortion")
    assert lesson is not None
    selection = select_help(library.directory, "GB", lesson_help_topics(lesson))
    directory = library.directory["GB"]
    path = tmp_path / "handout.pdf"
    handout(lesson, context.translator, selection, directory).write_pdf(path, "A4")
    text = pdf_text(path)
    assert text.startswith("If someone threatens to share your pictures")
    assert "Don't pay. Don't send more. Stop replying." in text
    assert "a teacher, school nurse or counsellor" in text
    assert "Help in United Kingdom" in text and "0800 1111" in text
    assert directory.directory_checked is not None
    assert f"This list was last checked on {directory.directory_checked.isoformat()}." in text
    # facilitator notes are for adults only
    assert lesson.facilitator.disclosure[:40] not in text


def test_parent_guide_for_a_topic(context: AppContext, tmp_path: Path) -> None:
    library = context.library
    lessons = [lesson for pack in library.packs for lesson in pack.lessons]
    guide = topic_guide("sextortion", lessons)
    selection = select_help(library.directory, "NO", help_topics(guide))
    path = tmp_path / "guide.pdf"
    parent_guide(guide, context.translator, selection, library.directory.get("NO")).write_pdf(path, "Letter")
    text = pdf_text(path)
    assert "A guide for parents and carers: Threats and blackmail" in text
    assert "What children are taught: Ages 11–13" in text
    assert "If someone was threatening you online, what would you need from me?" in text
    assert "Warning signs" in text and "Asking for money or gift cards" in text
    assert "Don't blame them" in text
    assert "Help in Norway" in text
    assert page_size_mm(path) == (216, 279)


def test_pack_text_is_printed_as_text_never_as_markup(context: AppContext, tmp_path: Path) -> None:
    lesson = context.library.find_lesson("b57-telling-is-brave")
    assert lesson is not None
    hostile = replace(lesson, title='<img src="x.png"><b>Bold</b> & co', learning_goals=("<a href='x'>link</a>",))
    path = tmp_path / "plan.pdf"
    lesson_plan(hostile, context.translator).write_pdf(path)
    text = pdf_text(path)
    assert '<img src="x.png"><b>Bold</b> & co' in text
    assert "<a href='x'>link</a>" in text


def test_right_to_left_languages_lay_out_right_to_left(qapp) -> None:  # type: ignore[no-untyped-def]
    arabic = Printout("خطة الدرس", "ar")
    arabic.paragraph("تحدث إلى شخص بالغ تثق به")
    doc = arabic.document()
    block = doc.firstBlock()
    directions = set()
    while block.isValid():
        directions.add(block.layout().textOption().textDirection() if block.layout() else None)
        directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    assert Qt.LayoutDirection.RightToLeft in directions
    assert Qt.LayoutDirection.LeftToRight not in directions
    # English pack text in an Arabic printout is isolated, so its full stop stays at the end of the sentence
    assert "\u2068تحدث إلى شخص بالغ تثق به\u2069" in arabic.html()
    english = Printout("Lesson plan", "en").document()
    assert english.firstBlock().blockFormat().layoutDirection() != Qt.LayoutDirection.RightToLeft


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (tools/setup.sh) renders the page")
def test_first_page_renders_with_ink_on_it(context: AppContext, tmp_path: Path) -> None:
    lesson = context.library.find_lesson("b810-red-flags")
    assert lesson is not None
    path = tmp_path / "plan.pdf"
    lesson_plan(lesson, context.translator).write_pdf(path)
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert (image.width(), image.height()) == (331, 468)  # A4 at 40 dpi
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # the title and text are really drawn, not a blank page


def test_file_menu_saves_a_handout_as_pdf(window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "my handout"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    action = next(a for a in window.menus["file"].actions() if a.text() == "Print handout…")
    action.trigger()
    dialog = window.adult_features.print_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("b1113-sextortion"))
    assert dialog.paper_combo.currentData() == "A4"  # the country is GB
    assert dialog.country_combo is not None
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("US"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "my handout.pdf"
    assert dialog.saved_to == saved
    text = pdf_text(saved)
    assert "If someone threatens to share your pictures" in text
    assert "Help in United States" in text
    assert page_size_mm(saved) == (216, 279)


@pytest.mark.parametrize(
    ("menu_text", "item", "expected"),
    [
        ("Print lesson plan…", "b1113-sextortion", "Lesson plan: If someone threatens to share your pictures"),
        ("Print parent guide…", "sextortion", "A guide for parents and carers: Threats and blackmail"),
    ],
)
def test_file_menu_saves_a_lesson_plan_and_a_parent_guide_as_pdf(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, monkeypatch, menu_text: str, item: str, expected: str
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "printout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    next(a for a in window.menus["file"].actions() if a.text() == menu_text).trigger()
    dialog = window.adult_features.print_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData(item))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_to == target
    assert expected in pdf_text(target)
