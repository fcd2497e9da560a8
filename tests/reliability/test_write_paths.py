"""Static guards over the app's source: state is written only through services/atomic.py, pack text never reaches
a rich-text sink, and nothing in the app can reach the network.

These read the source as text (no imports), so they also run where PySide6 is not installed.
"""

from __future__ import annotations

import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app" / "harbourlight"

# Where the app writes while running: state (settings, progress, class progress), installed packs, caches, the
# files a user saves. Authoring tools (packs/ archive building, signing keys, scaffolding; i18n catalogs) write
# what an author asked for and are outside this rule.
RUNTIME_DIRS = ("services", "ui")
DIRECT_WRITE = re.compile(
    r"\.write_text\(|\.write_bytes\(|\bopen\([^)]*['\"][wax]b?\+?['\"]|os\.open\(|\.open\(['\"][wax]|os\.rename\("
)
# installer.py writes only inside its private staging folder, then moves the finished pack in by renaming
# folders (a directory rename is atomic on one file system); see services/installer.py _swap_in.
WRITE_ALLOWED = {"services/atomic.py", "services/installer.py"}

RICH_TEXT = re.compile(
    r"TextFormat\.(RichText|AutoText|MarkdownText)|setHtml\(|QTextBrowser|setMarkdown\(|\.setToolTip\("
)
# Printable documents build HTML from html.escape()d text only (ui/printing/document.py, ui/help_card_pdf.py).
RICH_ALLOWED = {"ui/printing/document.py", "ui/help_card_pdf.py"}
# Tooltips guess rich text from content: only our own translated strings, or text escaped by plain_tooltip().
SAFE_TOOLTIP = re.compile(
    r"\.setToolTip\((self\.)?tr\._\(|\.setToolTip\(\"\"\)|\.setToolTip\(QtGui\.Qt\.convertFromPlainText\("
)

NETWORK = re.compile(
    r"\bimport (socket|ssl|http|urllib\.request|requests)\b|from (socket|ssl|http|urllib\.request|requests)\b"
    r"|from urllib import request|QtNetwork"
)


def sources(under: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    found = []
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP).as_posix()
        if not under or rel.startswith(tuple(f"{d}/" for d in under)):
            found.append((rel, path.read_text("utf-8")))
    return found


def offending_lines(pattern: re.Pattern[str], allowed: set[str], under: tuple[str, ...] = ()) -> list[str]:
    out = []
    for rel, text in sources(under):
        if rel in allowed:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("#"):
                out.append(f"{rel}:{number}: {line.strip()}")
    return out


def test_runtime_writes_go_through_the_atomic_helper() -> None:
    assert offending_lines(DIRECT_WRITE, WRITE_ALLOWED, RUNTIME_DIRS) == []


def test_the_guard_would_see_a_direct_write() -> None:
    assert DIRECT_WRITE.search('path.write_text(json.dumps(data), "utf-8")')
    assert DIRECT_WRITE.search('with open(path, "w") as handle:')
    assert not DIRECT_WRITE.search('with open(path, "rb") as handle:')


def test_no_rich_text_sink_outside_the_escaping_printers() -> None:
    found = [line for line in offending_lines(RICH_TEXT, RICH_ALLOWED, ("ui",)) if not SAFE_TOOLTIP.search(line)]
    assert found == []


def test_no_network_module_is_imported_anywhere_in_the_app() -> None:
    assert offending_lines(NETWORK, set()) == []


# Opening anything outside the app: web pages only in ui/links.py (https, after a click and a yes), and in
# Author mode a pack file in the author's editor (a local file, after a confirmation).
OPEN_URL = re.compile(r"openUrl\(")
OPEN_URL_ALLOWED = {"ui/links.py", "ui/author_window.py"}


def test_urls_are_opened_only_by_the_two_confirming_places() -> None:
    assert offending_lines(OPEN_URL, OPEN_URL_ALLOWED) == []
    links = (APP / "ui" / "links.py").read_text("utf-8")
    assert links.index("QMessageBox.question") < links.index("openUrl(")  # asks before it opens
