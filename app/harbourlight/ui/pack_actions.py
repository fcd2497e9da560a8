"""Installing packs from the main window (File ▸ Install pack…, or dropping a .hlpack on the window) and
opening Author mode (Mode ▸ Author mode…). Both are grown-ups' features and follow the school policy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction

from harbourlight.i18n import Translator

# The dialog and drag-and-drop classes are imported where used: PySide6 builds each class (and its enums) on first
# use, and the lesson list never needs them (~5 ms of every start).
if TYPE_CHECKING:
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QMessageBox

    from harbourlight.ui.author_window import AuthorWindow
    from harbourlight.ui.main_window import MainWindow

PACK_SUFFIX = ".hlpack"


def refusal_text(tr: Translator, code: str) -> str:
    """A short explanation for people; the installer's own message goes in the details."""
    if code in ("unsigned", "unknown-key"):
        return tr._(
            "This pack is not signed by a publisher Harbourlight trusts, so it was not installed. "
            "Ask the publisher for a signed pack, or ask your school's IT team to add the publisher's key."
        )
    if code == "bad-signature":
        return tr._("This pack was changed after it was signed, so it was not installed.")
    if code == "tampered":
        return tr._("Files in this pack were changed after it was made, so it was not installed.")
    if code == "damaged":
        return tr._("This file is damaged or incomplete. Copy or download it again.")
    if code in ("import-disabled", "not-allowed"):
        return tr._("Your school's settings do not allow installing this pack.")
    if code == "invalid":
        return tr._("This pack has mistakes in its lessons, so it was not installed.")
    if code == "disk":
        return tr._("The pack could not be saved on this computer.")
    return tr._("This file is not a safe Harbourlight pack, so it was not installed.")


class PackActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.tr = window.context.translator
        self.author_window: AuthorWindow | None = None
        policy = self.context.policy
        tr = self.tr
        self.install_action = QAction(tr._("Install pack…"), window)
        self.install_action.triggered.connect(self.choose_and_install)
        self.author_action = QAction(tr._("Author mode…"), window)
        self.author_action.triggered.connect(self.open_author_mode)
        for action, allowed in (
            (self.install_action, policy.allow_import),
            (self.author_action, policy.allow_author_mode),
        ):
            action.setEnabled(allowed)
            if not allowed:
                action.setToolTip(tr._("Switched off by your school's settings"))
        window.add_menu_action("file", self.install_action)
        window.add_menu_action("mode", self.author_action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- install ------------------------------------------------------------------------------------------
    def choose_and_install(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr._("Install pack"), str(Path.home()), self.tr._("Harbourlight packs (*.hlpack)")
        )
        if name:
            self.install(Path(name))

    def install(self, archive: Path) -> bool:
        """Install with every check; asks before a downgrade; tells the user what happened."""
        from PySide6.QtWidgets import QMessageBox

        from harbourlight.services.installer import InstallError, install_pack, shipped_trust  # on first use

        tr = self.tr
        context = self.context
        if not context.policy.allow_import:
            self._inform(QMessageBox.Icon.Warning, refusal_text(tr, "import-disabled"), "")
            return False
        trust = context.policy.trust(shipped_trust(context.paths))
        allow_downgrade = False
        while True:
            try:
                done = install_pack(
                    archive,
                    context.paths.user_packs_dir,
                    trust,
                    context.policy,
                    allow_downgrade=allow_downgrade,
                    today=context.today,
                )
                break
            except InstallError as exc:
                if exc.code == "downgrade" and not allow_downgrade and self._confirm_downgrade(exc.message):
                    allow_downgrade = True
                    continue
                if exc.code != "downgrade":
                    self._inform(QMessageBox.Icon.Warning, refusal_text(tr, exc.code), exc.message)
                return False
        context.reload_library()
        if context.settings.is_set_up:
            self.window.show_library()
        self._inform(
            QMessageBox.Icon.Information,
            tr._("“{title}” {version} is installed. Its lessons are now in the library.").format(
                title=done.title, version=done.version
            ),
            done.verdict.message(),
        )
        return True

    def _confirm_downgrade(self, details: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr._("Install pack"))
        box.setText(self.tr._("A newer version of this pack is installed. Replace it with this older one?"))
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _inform(self, icon: QMessageBox.Icon, text: str, details: str, title: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setIcon(icon)
        box.setWindowTitle(title or self.tr._("Install pack"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if details:
            box.setDetailedText(details)
        box.exec()

    # --- drag and drop ------------------------------------------------------------------------------------
    @staticmethod
    def _dropped_pack(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if path.suffix.lower() == PACK_SUFFIX else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and self.context.policy.allow_import:
            if event.type() == QEvent.Type.DragEnter:
                entering = cast("QDragEnterEvent", event)
                if self._dropped_pack(entering) is not None:
                    entering.acceptProposedAction()
                    return True
            if event.type() == QEvent.Type.Drop:
                dropped = cast("QDropEvent", event)
                path = self._dropped_pack(dropped)
                if path is not None and not self.window.is_hidden_by_quick_hide():
                    dropped.acceptProposedAction()
                    self.install(path)
                    return True
        return super().eventFilter(watched, event)

    # --- author mode --------------------------------------------------------------------------------------
    def open_author_mode(self, folder: Path | None = None) -> AuthorWindow | None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        tr = self.tr
        if not self.context.policy.allow_author_mode:
            self._inform(
                QMessageBox.Icon.Warning,
                tr._("Author mode is switched off by your school's settings."),
                "",
                tr._("Author mode"),
            )
            return None
        if folder is None:
            name = QFileDialog.getExistingDirectory(self.window, tr._("Open a pack folder"), str(Path.home()))
            if not name:
                return None
            folder = Path(name)
        from harbourlight.ui.author_window import AuthorWindow

        if self.author_window is not None:
            self.author_window.close()
        self.author_window = AuthorWindow(self.context, folder)
        self.author_window.show()
        return self.author_window


def install_pack_actions(window: MainWindow) -> PackActions:
    return PackActions(window)
