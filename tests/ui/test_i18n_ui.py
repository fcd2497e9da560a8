"""Languages in the running UI: real catalogs, switching without restart, right-to-left, the pseudo-locale."""

from __future__ import annotations

import dataclasses
import re

from play_helpers import finish_help_lists
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QMenu, QWidget

from harbourlight import APP_NAME
from harbourlight.i18n.catalogs import PSEUDO_LOCALE
from harbourlight.i18n.languages import UI_LANGUAGES
from harbourlight.services.context import AppContext
from harbourlight.services.settings import SettingsStore
from harbourlight.ui.app import WindowHost, change_language, prepare_app
from harbourlight.ui.main_window import MainWindow
from harbourlight.ui.qt_translations import TRANSLATOR_NAME
from harbourlight.ui.steps import StepContext, widget_for_step

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
LESSON = "b1113-new-friend-secrets"


def language_menu(window: MainWindow) -> QMenu:
    """View → Language as it is when opened: its items are made when it first opens."""
    menu = next(a.menu() for a in window.menus["view"].actions() if isinstance(a.menu(), QMenu))
    menu.aboutToShow.emit()
    return menu


def window_in(context: AppContext, language: str, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    context.translator.set_language(language)
    prepare_app(context)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    return win


def test_norwegian_catalog_shows_in_the_window(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = window_in(set_up_context, "nb", qtbot)
    assert win.help_button.text() == "Få hjelp"
    assert win.hide_button.text() == "Skjul"
    assert win.menus["file"].title() == "&Fil"
    assert "11–13 år" in win.where_label.text() and "Storbritannia" in win.where_label.text()  # CLDR name in nb


def test_qt_dialog_buttons_follow_the_language_with_or_without_a_qtbase_catalog(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
    for language, cancel, yes in (("nb", "Avbryt", "&Ja"), ("de", "Abbrechen", "&Ja"), ("el", "Ακύρωση", "&Ναι")):
        set_up_context.translator.set_language(language)
        prepare_app(set_up_context)
        box = QDialogButtonBox(buttons)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel, language
        assert box.button(QDialogButtonBox.StandardButton.Yes).text() == yes, language


def test_language_changes_at_run_time_and_is_remembered(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    host = WindowHost(set_up_context, app)
    first = host.window
    qtbot.addWidget(first)
    first.show()
    assert first.help_button.text() == "Get help"
    menu = language_menu(first)
    norwegian = next(a for a in menu.actions() if a.text() == "Norsk bokmål")
    norwegian.trigger()
    second = host.window
    qtbot.addWidget(second)
    assert second is not first and second.isVisible() and not first.isVisible()
    assert second.help_button.text() == "Få hjelp"
    assert second.pages.currentWidget() is second.library_view
    assert SettingsStore(set_up_context.paths.settings_file).load().language == "nb"
    assert app.layoutDirection() == LTR

    change_language(set_up_context, "ar")  # what the settings dialog's language choice ends in
    third = host.window
    qtbot.addWidget(third)
    assert third.help_button.text() == "اطلب المساعدة"
    assert app.layoutDirection() == RTL and third.layoutDirection() == RTL
    change_language(set_up_context, "en")
    qtbot.addWidget(host.window)
    assert app.layoutDirection() == LTR and host.window.help_button.text() == "Get help"
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):  # the replaced ones are deleted later
        QApplication.sendPostedEvents(translator, QEvent.Type.DeferredDelete.value)
    # Each switch replaced the Qt-string translators instead of piling them up (ours, and qtbase's where loaded).
    assert 1 <= len(app.findChildren(QTranslator, TRANSLATOR_NAME)) <= 2


def test_every_ui_language_is_in_the_language_menu(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    host = WindowHost(set_up_context, QApplication.instance())
    qtbot.addWidget(host.window)
    menu = language_menu(host.window)
    assert [a.text() for a in menu.actions()] == [lang.native_name for lang in UI_LANGUAGES]
    assert "العربية" in [a.text() for a in menu.actions()]


def test_the_language_menu_opens_from_the_keyboard_with_every_language(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    host = WindowHost(set_up_context, QApplication.instance())
    window = host.window
    qtbot.addWidget(window)
    window.show()
    view = window.menus["view"]
    view.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(view.isVisible)
    submenu = next(a.menu() for a in view.actions() if isinstance(a.menu(), QMenu))
    for _ in view.actions():
        if view.activeAction() is submenu.menuAction():
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.activeAction() is submenu.menuAction()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(submenu.isVisible)
    assert [a.text() for a in submenu.actions()] == [lang.native_name for lang in UI_LANGUAGES]
    assert submenu.activeAction() is submenu.actions()[0] and submenu.actions()[0].isChecked()
    view.hide()


def test_arabic_mirrors_the_window_and_lesson_view_but_english_content_stays_ltr(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = window_in(set_up_context, "ar", qtbot)
    assert win.layoutDirection() == RTL
    lesson = set_up_context.library.find_lesson(LESSON)
    win.start_lesson(lesson)
    view = win.lesson_view
    assert view.layoutDirection() == RTL  # buttons and progress mirror with the UI
    assert view.back_button.mapTo(win, view.back_button.rect().topLeft()).x() > (
        view.next_button.mapTo(win, view.next_button.rect().topLeft()).x()
    )  # Back sits to the right of Next in a right-to-left UI
    assert view.scroll.layoutDirection() == LTR  # the lesson itself is English
    win.start_lesson(dataclasses.replace(lesson, language="ar"))
    assert view.scroll.layoutDirection() == RTL and view.lesson_title.layoutDirection() == RTL


def test_arabic_content_in_an_english_ui_reads_right_to_left(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    win = window_in(set_up_context, "en", qtbot)
    lesson = set_up_context.library.find_lesson(LESSON)
    win.start_lesson(dataclasses.replace(lesson, language="ar"))
    assert win.layoutDirection() == LTR and win.lesson_view.scroll.layoutDirection() == RTL


# --- pseudo-locale: no English left in the main flows -----------------------------------------------------
def _strings(value: object) -> set[str]:
    """Every string inside a domain object (lesson, helpline entry, …): content, not UI text."""
    found: set[str] = set()
    if isinstance(value, str):
        found.add(value)
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            found |= _strings(getattr(value, f.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            found |= _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            found |= _strings(item)
    return found


def _shown_texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return [t for t in texts if t.strip()]


def _untranslated(texts: list[str], content: set[str]) -> list[str]:
    """Texts with English left once pseudo-translated parts and content (lessons, helplines) are taken out."""
    left = []
    pieces = sorted((c for c in content if len(c) > 1), key=len, reverse=True)
    for text in texts:
        rest = re.sub(r"\[[^\[\]]*·\]", "", text)  # pseudo-translated: [Ĝéţ ĥéļþ ····]
        rest = rest.replace("\u200b", "")  # invisible wrap points inside web addresses are not text
        for piece in pieces:
            if piece in rest:
                rest = rest.replace(piece, "")
        if re.search(r"[A-Za-z]{2,}", rest):
            left.append(text)
    return left


def test_pseudo_locale_leaves_no_english_in_the_main_flows(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context = set_up_context
    win = window_in(context, PSEUDO_LOCALE, qtbot)
    lessons = context.library.lessons_for_band("11-13")
    languages = {lang.native_name for lang in UI_LANGUAGES}  # each language in its own name, by design
    content = _strings(lessons) | _strings(context.library.directory) | {APP_NAME, "United Kingdom"} | languages
    seen: dict[str, list[str]] = {}

    win.show_setup()
    seen["setup"] = _shown_texts(win.pages.currentWidget())
    win.show_library()
    seen["library"] = [*_shown_texts(win.library_view), win.help_button.text(), win.hide_button.text()]
    seen["menus"] = [menu.title() for menu in win.menus.values()] + [
        a.text() for menu in win.menus.values() for a in menu.actions() if a.text()
    ]
    win.show_advisory(context.library.find_lesson(LESSON))
    seen["advisory"] = _shown_texts(win.pages.currentWidget())
    win.start_lesson(context.library.find_lesson(LESSON))
    seen["lesson"] = _shown_texts(win.lesson_view)
    step_context = StepContext(context.translator, context.today, win._help_for)
    kinds_done = set()
    for lesson in lessons:
        for step in lesson.steps:
            if step.kind in kinds_done:
                continue
            kinds_done.add(step.kind)
            widget = widget_for_step(step, step_context)
            qtbot.addWidget(widget)
            widget.show()
            finish_help_lists(widget)
            seen[f"step {step.kind}"] = _shown_texts(widget)
    win.open_help()
    finish_help_lists(win.help_dialog)
    seen["get help"] = _shown_texts(win.help_dialog)
    win.open_settings()
    seen["settings"] = [*_shown_texts(win.settings_dialog), win.settings_dialog.windowTitle()]
    win.settings_dialog.reject()

    assert {"story", "choice", "quiz", "help"} <= kinds_done
    problems = {screen: _untranslated(texts, content) for screen, texts in seen.items()}
    assert all(texts for texts in seen.values()), "every screen shows some text"
    assert not any(problems.values()), problems


def test_lessons_come_in_the_chosen_language_where_the_pack_translates_them(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    context = set_up_context
    context.update_settings(band="5-7")
    host = WindowHost(context, QApplication.instance())
    qtbot.addWidget(host.window)
    change_language(context, "nb")
    qtbot.addWidget(host.window)
    titles = [card.lesson.title for card in host.window.library_view.cards]
    assert "Å fortelle er modig" in titles
    assert any(t.isascii() for t in titles)  # lessons without a translation stay in English

    change_language(context, "ar")
    win = host.window
    qtbot.addWidget(win)
    card = next(c for c in win.library_view.cards if c.lesson.id == "b57-telling-is-brave")
    assert card.lesson.title == "الإخبار شجاعة"
    lesson = context.library.find_lesson(card.lesson.id)
    assert lesson is not None and lesson.title == card.lesson.title
    win.start_lesson(lesson)
    assert win.lesson_view.scroll.layoutDirection() == RTL
    assert win.lesson_view.lesson_title.text() == "الإخبار شجاعة"


def test_a_school_policy_limits_the_language_menu_and_wins_over_a_choice(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.services.policy import Policy

    context = set_up_context
    context.policy = Policy(languages=("nb", "en"))
    host = WindowHost(context, QApplication.instance())
    qtbot.addWidget(host.window)
    menu = language_menu(host.window)
    assert [a.text() for a in menu.actions()] == ["English", "Norsk bokmål"]
    change_language(context, "ar")
    qtbot.addWidget(host.window)
    assert context.settings.language == "nb" and context.translator.language == "nb"
    assert host.window.help_button.text() == "Få hjelp"


def test_teachers_see_in_about_that_a_translation_is_a_draft(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.ui.about_dialog import about_text

    host = WindowHost(set_up_context, QApplication.instance())
    qtbot.addWidget(host.window)
    change_language(set_up_context, "nb")
    qtbot.addWidget(host.window)
    text = about_text(set_up_context.translator, set_up_context.library.packs)
    assert "Oversettelse til norsk bokmål: et utkast som ikke er gjennomgått ennå." in text
    change_language(set_up_context, "en")
    qtbot.addWidget(host.window)
    assert "Translation into" not in about_text(set_up_context.translator, set_up_context.library.packs)


def test_choosing_a_language_in_settings_switches_without_restart(set_up_context, qtbot) -> None:  # type: ignore[no-untyped-def]
    from harbourlight.ui.settings_dialog import SettingsChoice

    host = WindowHost(set_up_context, QApplication.instance())
    first = host.window
    qtbot.addWidget(first)
    settings = set_up_context.settings
    values = {f.name: getattr(settings, f.name) for f in dataclasses.fields(SettingsChoice)}
    first.apply_settings(SettingsChoice(**{**values, "language": "fi"}))
    qtbot.addWidget(host.window)
    assert host.window is not first and host.window.help_button.text() == "Hae apua"
    assert SettingsStore(set_up_context.paths.settings_file).load().language == "fi"
