"""Printable documents: HTML built only from escaped plain text, laid out by QTextDocument, written by QPdfWriter.

Pack and directory text is always passed through html.escape, so nothing in a pack can add markup, links
or images to a printout. The PDF keeps real text (selectable and searchable).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from harbourlight import APP_NAME
from harbourlight.i18n.languages import is_rtl
from harbourlight.services.atomic import atomic_write_bytes

PAGE_SIZES: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
# Countries that print on US Letter; everyone else gets A4 by default.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV"})
MARGIN_MM = 18.0
BASE_POINT_SIZE = 10.5


def default_page_size(country: str) -> str:
    return "Letter" if country in LETTER_COUNTRIES else "A4"


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate: each line keeps its own direction


def _text(value: str) -> str:
    """Escape, keep the author's line breaks, and isolate each line.

    A pack written in English printed with an Arabic UI (or the reverse) keeps its full stops and brackets
    at the right end of the sentence, while the block still follows the document's direction.
    """
    return "<br>".join(f"{FSI}{html.escape(line)}{PDI}" for line in value.strip().splitlines())


class Printout:
    """Collects a document from plain-text pieces; every piece is escaped on the way in."""

    def __init__(self, title: str, language: str, point_size: float = BASE_POINT_SIZE):
        self.title = title
        self.point_size = point_size
        self.rtl = is_rtl(language)
        self.direction = "rtl" if self.rtl else "ltr"
        self._parts: list[str] = [f'<h1 dir="{self.direction}">{_text(title)}</h1>']

    def _block(self, tag: str, text: str, style: str = "") -> None:
        attr = f' style="{style}"' if style else ""
        self._parts.append(f'<{tag} dir="{self.direction}"{attr}>{_text(text)}</{tag}>')

    def heading(self, text: str) -> None:
        self._block("h2", text)

    def subheading(self, text: str) -> None:
        self._block("h3", text)

    def paragraph(self, text: str) -> None:
        if text.strip():
            self._block("p", text)

    def note(self, text: str) -> None:
        if text.strip():
            self._block("p", text, "color:#4b5563;")

    def callout(self, text: str) -> None:
        """A boxed line that must not be missed (e.g. "best with a trusted adult")."""
        self._parts.append(
            f'<table width="100%" cellpadding="6" style="background-color:#fff4d6;"><tr>'
            f'<td dir="{self.direction}"><b>{_text(text)}</b></td></tr></table>'
        )

    def bullets(self, items: Iterable[str], numbered: bool = False) -> None:
        entries = [item for item in items if item.strip()]
        if not entries:
            return
        tag = "ol" if numbered else "ul"
        body = "".join(f'<li dir="{self.direction}">{_text(item)}</li>' for item in entries)
        self._parts.append(f'<{tag} dir="{self.direction}">{body}</{tag}>')

    def table(self, header: tuple[str, ...], rows: Iterable[tuple[str, ...]], widths: tuple[int, ...] = ()) -> None:
        """A ruled table; `widths` are column widths in percent."""
        align = "right" if self.rtl else "left"
        sizes = [f' width="{w}%"' for w in widths] + [""] * (len(header) - len(widths))
        head = "".join(
            f'<th dir="{self.direction}" align="{align}"{size}>{_text(h)}</th>'
            for h, size in zip(header, sizes, strict=True)
        )
        body = "".join(
            "<tr>" + "".join(f'<td dir="{self.direction}" valign="top">{_text(cell)}</td>' for cell in row) + "</tr>"
            for row in rows
        )
        # 99%: the outer border is drawn outside the width and would be clipped at the page margin
        self._parts.append(
            '<table width="99%" cellspacing="0" cellpadding="5" border="1" style="border-color:#d6d0c4;">'
            f'<tr style="background-color:#eef2f7;">{head}</tr>{body}</table>'
        )

    def html(self) -> str:
        return (
            f'<html><head><meta charset="utf-8"></head><body dir="{self.direction}">'
            + "".join(self._parts)
            + "</body></html>"
        )

    def document(self) -> QTextDocument:
        doc = QTextDocument()
        font = QFont(QGuiApplication.font())
        font.setPointSizeF(self.point_size)
        doc.setDefaultFont(font)
        option = QTextOption(doc.defaultTextOption())
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight)
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet("h1 { font-size: 20pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }")
        doc.setHtml(self.html())
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        return doc

    def pdf_bytes(self, page_size: str = "A4") -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.title)
        writer.setCreator(APP_NAME)
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.document().print_(writer)
        del writer  # the PDF is finished when the writer goes away
        buffer.close()
        data: QByteArray = buffer.data()
        return bytes(data.data())

    def write_pdf(self, path: Path, page_size: str = "A4") -> None:
        """Render first, then replace the file in one step: a failed export never leaves half a PDF."""
        atomic_write_bytes(path, self.pdf_bytes(page_size))
