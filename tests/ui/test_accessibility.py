"""Screen readers, contrast, focus rings and the reading font, checked on the real screens."""

from __future__ import annotations

import pytest
from play_helpers import finish_help_lists
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from harbourlight.core.models import StoryPanel, StoryStep
from harbourlight.core.walk import LessonWalk
from harbourlight.services.context import AppContext
from harbourlight.services.settings import THEMES
from harbourlight.ui.accessibility import accessible_name, unnamed_controls
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.settings_dialog import SettingsDialog
from harbourlight.ui.steps import StepContext, widget_for_step
from harbourlight.ui.theme import (
    DYSLEXIA_FAMILY,
    PALETTES,
    apply_settings,
    apply_theme,
    focus_pairs,
    style_sheet,
    text_pairs,
)

STEP_KINDS = {"story", "choice", "quiz", "sort", "reflect", "rehearse", "help", "summary"}


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two sRGB colours."""

    def luminance(colour: str) -> float:
        c = QColor(colour)
        channels = [v / 255 for v in (c.red(), c.green(), c.blue())]
        linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_examples() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
def test_every_text_colour_pair_is_readable(theme: str) -> None:
    palette = PALETTES[theme]
    needed = 7.0 if theme == "high-contrast" else 4.5  # WCAG AAA for high contrast, AA otherwise
    weak = {
        name: round(contrast(fg, bg), 2) for name, (fg, bg) in text_pairs(palette).items() if contrast(fg, bg) < needed
    }
    assert not weak, f"{theme}: below {needed}:1 — {weak}"


@pytest.mark.parametrize("theme", THEMES)
def test_focus_ring_stands_out_from_what_is_around_it(theme: str) -> None:
    palette = PALETTES[theme]
    weak = {name: round(contrast(fg, bg), 2) for name, (fg, bg) in focus_pairs(palette).items() if contrast(fg, bg) < 3}
    assert not weak, f"{theme}: focus ring below 3:1 — {weak}"


@pytest.mark.parametrize("theme", THEMES)
def test_focused_button_really_draws_the_focus_ring(theme: str, context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    apply_theme(app, theme, 100)
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(style_sheet(PALETTES[theme]))
    first, second = QPushButton("One", holder), QPushButton("Two", holder)
    second.move(0, 80)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()

    def ring_pixels(button: QPushButton) -> int:
        image: QImage = button.grab().toImage()
        ring = QColor(PALETTES[theme].focus).rgb()
        return sum(image.pixel(x, 1) == ring for x in range(image.width()))

    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert ring_pixels(first) > first.width() // 2
    assert ring_pixels(second) == 0
    apply_theme(app, "default", 100)


def test_setup_screen_controls_are_named(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(context)  # not set up yet: the first-run screen
    qtbot.addWidget(window)
    window.show()
    assert not unnamed_controls(window), [str(u) for u in unnamed_controls(window)]


def test_library_advisory_help_and_dialog_controls_are_named(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.library_view.cards
    assert not unnamed_controls(window), "library: " + ", ".join(map(str, unnamed_controls(window)))
    window.show_advisory(window.library_view.cards[0].lesson)
    assert not unnamed_controls(window), "advisory: " + ", ".join(map(str, unnamed_controls(window)))
    window.open_help()
    assert window.help_dialog is not None
    finish_help_lists(window.help_dialog)
    assert not unnamed_controls(window.help_dialog), "help: " + ", ".join(
        map(str, unnamed_controls(window.help_dialog))
    )
    window.display_actions.show_shortcuts()
    dialog = window.display_actions.dialog
    assert dialog is not None and dialog.rows
    assert not unnamed_controls(dialog)
    settings = SettingsDialog(window.tr, window.context.settings, {"GB", "NO"}, [], window)
    settings.show()
    assert not unnamed_controls(settings), "settings: " + ", ".join(map(str, unnamed_controls(settings)))
    for opened in (settings, dialog, window.help_dialog):  # leave no window behind to catch later shortcuts
        opened.close()


def test_every_step_kind_in_the_lesson_player_has_named_controls(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    library = window.context.library
    for lesson in library.lessons_for_band("11-13"):
        if seen >= STEP_KINDS:
            break
        window.start_lesson(lesson)
        view = window.lesson_view
        for step in lesson.steps:
            if step.kind in seen:
                continue
            # Show each kind through the real player so its chrome (Read aloud, Next, …) is checked too.
            view.walk = LessonWalk(lesson, (step.id,))
            view._show_step()
            finish_help_lists(window)
            assert not unnamed_controls(window), f"{lesson.id}/{step.id}: " + ", ".join(
                map(str, unnamed_controls(window))
            )
            assert view.step_widget is not None and accessible_name(view.step_widget)
            seen.add(step.kind)
    assert seen == STEP_KINDS


def test_an_unnamed_control_is_caught(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    icon_only = QPushButton(holder)
    icon_only.setToolTip("only a tooltip")  # a tooltip is a description, never a name
    named = QPushButton("Next", holder)
    holder.show()
    assert [u.widget for u in unnamed_controls(holder)] == [icon_only]
    assert accessible_name(named) == "Next"


def test_pictures_are_named_with_their_alt_text(context: AppContext, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    picture = tmp_path / "media" / "phone.png"
    picture.parent.mkdir()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    image.save(str(picture))
    step = StoryStep(
        id="s",
        kind="story",
        panels=(StoryPanel(text="Mia's phone buzzes.", picture="media/phone.png", alt="A phone."),),
    )
    step_context = StepContext(context.translator, context.today, lambda topics: (None, None), media_dir=tmp_path)
    widget = widget_for_step(step, step_context)
    qtbot.addWidget(widget)
    names = [accessible_name(child) for child in widget.findChildren(QWidget)]
    assert "A phone." in names


def test_step_change_moves_focus_into_the_new_step(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    lesson = window.context.library.find_lesson("b1113-exposed-accounts")
    assert lesson is not None
    window.start_lesson(lesson)
    view = window.lesson_view
    first = view.step_widget
    view.go_next()
    assert view.step_widget is not first
    focused = QApplication.focusWidget()
    assert focused is view.step_widget or view.step_widget.isAncestorOf(focused)


def test_reading_font_is_bundled_spaced_and_never_italic(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    font_dir = context.paths.content_dir / "fonts" / "atkinson-hyperlegible"
    assert (font_dir / "OFL.txt").is_file()  # the licence travels with the font
    settings = context.update_settings(dyslexia_font=True)
    apply_settings(app, settings, context.paths.content_dir)
    font = app.font()
    assert font.family() == DYSLEXIA_FAMILY
    assert font.letterSpacingType() == QFont.SpacingType.PercentageSpacing and font.letterSpacing() > 100
    assert font.wordSpacing() > 0
    assert not font.italic()
    assert "font-style: normal" in app.styleSheet()
    settings = context.update_settings(dyslexia_font=False)
    apply_settings(app, settings, context.paths.content_dir)
    assert app.font().family() != DYSLEXIA_FAMILY
    assert app.font().letterSpacing() in (0, 100)


def test_view_menu_switches_and_saves_the_theme(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = window.display_actions
    actions.theme_actions["high-contrast"].trigger()
    assert window.context.settings.theme == "high-contrast"
    assert window.context.settings_store.load().theme == "high-contrast"
    assert PALETTES["high-contrast"].focus in QApplication.instance().styleSheet()
    actions.reading_font.trigger()
    assert window.context.settings_store.load().dyslexia_font is True
    actions.theme_actions["default"].trigger()
    actions.reading_font.trigger()
    assert window.context.settings_store.load().theme == "default"


def test_shortcuts_screen_lists_the_keys_from_the_help_menu(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    help_menu = window.menus["help"]
    assert "Keyboard shortcuts" in [a.text() for a in help_menu.actions()]
    window.display_actions.shortcuts.trigger()
    dialog = window.display_actions.dialog
    text = "\n".join(f"{keys} {meaning}" for keys, meaning in dialog.rows)
    for expected in ("F1", "Ctrl+R", "Ctrl++", "Ctrl+-", "Ctrl+0", "Hide the app at once"):
        assert expected in text


def test_feedback_reaches_screen_readers(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    lesson = window.context.library.find_lesson("b1113-exposed-accounts")
    assert lesson is not None
    window.start_lesson(lesson)
    view = window.lesson_view
    by_kind = {step.kind: step for step in lesson.steps}
    for kind in ("choice", "sort", "rehearse"):
        view.walk = LessonWalk(lesson, (by_kind[kind].id,))
        view._show_step()
        widget = view.step_widget
        if kind == "choice":
            widget.choose(0)
            # the chosen answer keeps focus and now describes the feedback
            assert widget.option_buttons[0].accessibleDescription() == widget.feedback.text() != ""
        elif kind == "sort":
            widget.group_buttons[0][0].click()
            assert widget.group_buttons[0][0].accessibleDescription() == widget.results[0].text() != ""
        else:
            assert by_kind[kind].screens[0].text in widget.action.accessibleDescription()
            for _ in by_kind[kind].screens:
                widget.action.click()
            assert QApplication.focusWidget() is widget.done  # the pressed button is gone; focus moves to the result


def test_screen_readers_hear_the_numbers_in_get_help(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window.open_help()
    dialog = window.help_dialog
    assert dialog is not None
    finish_help_lists(dialog)
    phones = [label for label in dialog.findChildren(QLabel) if label.objectName() == "phone"]
    assert phones
    for label in phones:
        digits = "".join(ch for ch in label.text() if ch.isdigit())
        assert digits and digits in "".join(ch for ch in accessible_name(label) if ch.isdigit()), accessible_name(label)
    copies = [b for b in dialog.findChildren(QPushButton) if b.text() == "Copy number" and b.isVisibleTo(dialog)]
    assert len({accessible_name(b) for b in copies}) == len(copies)  # each says which service it copies
    dialog.close()
