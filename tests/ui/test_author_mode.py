"""Author mode (live preview of a pack folder) and installing packs from the main window."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from harbourlight.packs import signing
from harbourlight.services.context import AppContext
from harbourlight.services.policy import Policy
from harbourlight.ui.main_window import MainWindow
from pack_archives import built, make_pack

LESSON_TITLE = "Good secrets and bad secrets"


class Answers(list):  # type: ignore[type-arg]
    answer = QMessageBox.StandardButton.Ok


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Answers:
    shown = Answers()

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return shown.answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def visible_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def make_window(context: AppContext, qtbot, policy: Policy | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    if policy is not None:
        context.policy = policy
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    return win


def test_author_mode_previews_and_reloads_on_save(set_up_context: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(set_up_context, qtbot)
    pack = make_pack(tmp_path / "pack")
    lesson = pack / "lessons" / "example-secrets.yaml"
    author = window.pack_actions.open_author_mode(pack)
    assert author is not None
    qtbot.addWidget(author)
    assert author.banner.isVisible() and "Not verified" in author.banner.text()
    assert author.lesson_list.count() == 1 and LESSON_TITLE in author.lesson_list.item(0).text()
    assert author.problem_heading.text() == "No problems found"
    assert "Sam's surprise" in visible_texts(author.preview)

    lesson.write_text(lesson.read_text("utf-8").replace("kind: summary", "kind: sumary"), "utf-8")
    qtbot.waitUntil(lambda: author.problem_list.count() == 1, timeout=5000)
    assert "lessons/example-secrets.yaml:32:11" in author.problem_list.item(0).text()
    assert "did you mean 'summary'" in author.problem_list.item(0).text()
    assert author.lesson_list.count() == 0
    assert author.banner.isVisible()

    lesson.write_text(
        lesson.read_text("utf-8").replace("kind: sumary", "kind: summary").replace(LESSON_TITLE, "Surprises"),
        "utf-8",
    )
    qtbot.waitUntil(lambda: author.lesson_list.count() == 1, timeout=5000)
    assert author.lesson_list.item(0).text().startswith("Surprises")
    assert author.problem_list.count() == 0
    assert author.banner.isVisible()


def test_a_problem_opens_in_the_editor_only_after_asking(
    set_up_context: AppContext, qtbot, tmp_path: Path, answered: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    pack = make_pack(tmp_path / "pack")
    lesson = pack / "lessons" / "example-secrets.yaml"
    lesson.write_text(lesson.read_text("utf-8").replace("duration_minutes: 8", "duration_minutes: many"), "utf-8")
    window = make_window(set_up_context, qtbot)
    author = window.pack_actions.open_author_mode(pack)
    qtbot.addWidget(author)
    item = author.problem_list.item(0)
    answered.answer = QMessageBox.StandardButton.Cancel
    author.open_problem(item)
    assert answered == ["Open example-secrets.yaml in your editor? The problem is on line 7."]
    assert opened == []
    answered.answer = QMessageBox.StandardButton.Open
    author.open_problem(item)
    assert [url.toLocalFile() for url in opened] == [str(lesson)]
    author.copy_location()
    assert QApplication.clipboard().text() == f"{lesson}:7:19"


def test_author_mode_is_refused_when_the_policy_switches_it_off(
    set_up_context: AppContext, qtbot, tmp_path: Path, answered: Answers
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(set_up_context, qtbot, Policy(allow_author_mode=False, allow_import=False))
    assert not window.pack_actions.author_action.isEnabled()
    assert not window.pack_actions.install_action.isEnabled()
    assert window.pack_actions.open_author_mode(make_pack(tmp_path / "pack")) is None
    assert answered == ["Author mode is switched off by your school's settings."]


def _trusting(key) -> Policy:  # type: ignore[no-untyped-def]
    from harbourlight.packs.trust import TrustedKey

    public = signing.public_of(key)
    return Policy(trusted_keys=(TrustedKey(public.key_id, "Test NGO", public),))


def test_install_from_the_menu_puts_the_lessons_in_the_library(
    set_up_context: AppContext, qtbot, tmp_path: Path, answered: Answers
) -> None:  # type: ignore[no-untyped-def]
    key = signing.generate()
    set_up_context.update_settings(band="8-10")
    window = make_window(set_up_context, qtbot, _trusting(key))
    assert LESSON_TITLE not in visible_texts(window.library_view)
    assert window.pack_actions.install(built(tmp_path, key))
    assert answered == ["“Test pack” 1.0.0 is installed. Its lessons are now in the library."]
    assert LESSON_TITLE in visible_texts(window.library_view)


def test_an_unsigned_pack_dropped_on_the_window_is_refused(
    set_up_context: AppContext, qtbot, tmp_path: Path, answered: Answers
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(set_up_context, qtbot)
    archive = built(tmp_path, None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(archive))])
    # Through the window's platform handle, as a file manager's drag arrives: enter, then drop.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Qt 6 keeps only the QPoint form of this one
        enter = QDragEnterEvent(
            QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    QApplication.sendEvent(window.windowHandle(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.windowHandle(), drop)
    assert len(answered) == 1 and "not signed by a publisher Harbourlight trusts" in answered[0]
    assert not (set_up_context.paths.user_packs_dir / "test-pack").exists()


def test_a_downgrade_asks_first(set_up_context: AppContext, qtbot, tmp_path: Path, answered: Answers) -> None:  # type: ignore[no-untyped-def]
    key = signing.generate()
    window = make_window(set_up_context, qtbot, _trusting(key))
    assert window.pack_actions.install(built(tmp_path, key, version="2.0.0"))
    older = built(tmp_path, key, version="1.0.0")
    answered.clear()
    answered.answer = QMessageBox.StandardButton.No
    assert not window.pack_actions.install(older)
    assert answered == ["A newer version of this pack is installed. Replace it with this older one?"]
    installed = set_up_context.paths.user_packs_dir / "test-pack" / "pack.yaml"
    assert "version: 2.0.0" in installed.read_text("utf-8")
    answered.answer = QMessageBox.StandardButton.Yes
    assert window.pack_actions.install(older)
    assert "version: 1.0.0" in installed.read_text("utf-8")


def test_a_locked_country_cannot_be_changed(context: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    context.policy = dataclasses.replace(context.policy, country="SE")
    context.update_settings(band="8-10")
    window = make_window(context, qtbot)
    window.show_setup()
    picker = window.pages.currentWidget().country_combo
    assert picker.currentData() == "SE"
    assert not picker.isEnabled()
