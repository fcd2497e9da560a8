"""Colours, type and the style sheet: calm, friendly and readable, with clear focus rings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Palette:
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    help: str
    help_text: str
    border: str
    focus: str
    me_bubble: str
    them_bubble: str
    good: str
    warn_bg: str
    warn_text: str


PALETTES = {
    "default": Palette(
        window="#f4f1ea",
        surface="#ffffff",
        text="#1f2a37",
        muted="#4b5563",
        accent="#1d4e89",
        accent_text="#ffffff",
        help="#b3261e",
        help_text="#ffffff",
        border="#d6d0c4",
        focus="#f59e0b",
        me_bubble="#d8e8fb",
        them_bubble="#ffffff",
        good="#166534",
        warn_bg="#fff4d6",
        warn_text="#6b4500",
    ),
    "high-contrast": Palette(
        window="#000000",
        surface="#000000",
        text="#ffffff",
        muted="#ffffff",
        accent="#ffff00",
        accent_text="#000000",
        help="#ffff00",
        help_text="#000000",
        border="#ffffff",
        focus="#00ffff",
        me_bubble="#000000",
        them_bubble="#000000",
        good="#ffffff",
        warn_bg="#000000",
        warn_text="#ffff00",
    ),
    "dark": Palette(
        window="#171c24",
        surface="#222a35",
        text="#e8edf3",
        muted="#b8c2cf",
        accent="#7fb2f0",
        accent_text="#0b1520",
        help="#f28b82",
        help_text="#1b0a09",
        border="#3a4555",
        focus="#fbbf24",
        me_bubble="#27435f",
        them_bubble="#2d3642",
        good="#86efac",
        warn_bg="#3a2f10",
        warn_text="#fde68a",
    ),
}

BASE_POINT_SIZE = 13


def style_sheet(p: Palette, scale: int = 100) -> str:
    def pt(size: float) -> str:
        return f"{round(size * scale / 100)}pt"

    return f"""
    QWidget {{ color: {p.text}; font-size: {pt(BASE_POINT_SIZE)}; }}
    QMainWindow, QDialog, #page {{ background: {p.window}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
    #topBar {{ background: {p.accent}; }}
    #topBar QLabel {{ color: {p.accent_text}; }}
    #appTitle {{ font-size: {pt(18)}; font-weight: 700; }}
    #card {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 14px; }}
    #heading {{ font-size: {pt(22)}; font-weight: 700; }}
    #subheading {{ font-size: {pt(16)}; font-weight: 600; }}
    #muted {{ color: {p.muted}; }}
    #storyText, #prompt {{ font-size: {pt(16)}; }}
    #speaker {{ font-weight: 700; color: {p.muted}; }}
    #bubbleMe {{ background: {p.me_bubble}; border: 1px solid {p.border}; border-radius: 16px; }}
    #bubbleThem {{ background: {p.them_bubble}; border: 1px solid {p.border}; border-radius: 16px; }}
    #chatFrame {{ background: {p.window}; border: 2px solid {p.border}; border-radius: 18px; }}
    #feedback {{ background: {p.surface}; border-left: 6px solid {p.accent}; border-radius: 8px; padding: 12px;
                 font-size: {pt(15)}; }}
    #badgeWarn {{ background: {p.warn_bg}; color: {p.warn_text}; border-radius: 8px; padding: 4px 8px;
                  font-weight: 600; }}
    #phone {{ font-size: {pt(24)}; font-weight: 700; }}
    #emergency {{ background: {p.help}; border-radius: 14px; }}
    #emergency QLabel {{ color: {p.help_text}; }}
    QPushButton {{ background: {p.surface}; border: 2px solid {p.accent}; border-radius: 10px;
                   padding: 10px 18px; color: {p.text}; }}
    QPushButton:hover {{ background: {p.me_bubble}; }}
    QPushButton:disabled {{ color: {p.muted}; border-color: {p.border}; }}
    QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; font-weight: 700; }}
    QPushButton#option {{ text-align: left; padding: 14px 18px; font-size: {pt(15)}; }}
    QPushButton#option:checked {{ background: {p.me_bubble}; border-width: 3px; }}
    QPushButton#getHelp {{ background: {p.help}; color: {p.help_text}; border: 2px solid {p.help_text};
                           font-weight: 700; }}
    QPushButton#quickHide {{ background: transparent; color: {p.accent_text}; border: 2px solid {p.accent_text}; }}
    QPushButton:focus, QComboBox:focus, QLineEdit:focus, QCheckBox:focus, QRadioButton:focus,
    QListWidget:focus, QTextEdit:focus, QPlainTextEdit:focus {{ outline: none; border: 3px solid {p.focus}; }}
    QComboBox {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 8px; padding: 6px 10px; }}
    QLineEdit, QPlainTextEdit {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 8px;
                                padding: 6px; }}
    QProgressBar {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px; height: 10px;
                    text-align: center; }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
    """


def apply_theme(app: QApplication, theme: str, scale: int) -> Palette:
    palette = PALETTES.get(theme, PALETTES["default"])
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * scale / 100))
    app.setFont(font)
    app.setStyleSheet(style_sheet(palette, scale))
    return palette
