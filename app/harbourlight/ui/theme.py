"""Colours, type and the style sheet: calm, friendly and readable, with clear focus rings.

Contrast is part of the design, not a guess: tests/ui/test_accessibility.py checks every text/background pair
below (WCAG AAA, 7:1, for the high-contrast theme; AA, 4.5:1, for the others; 3:1 for the focus ring).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from harbourlight.services.settings import Settings


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
        focus="#b45309",
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
MIN_SCALE, MAX_SCALE, SCALE_STEP = 100, 200, 10  # text size in percent (settings and Ctrl +/−)

# The bundled reading font (SIL OFL; licence beside the files). Only regular and bold: the app never uses italics.
DYSLEXIA_FAMILY = "Atkinson Hyperlegible"
DYSLEXIA_FONT_FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")
DYSLEXIA_LETTER_SPACING = 106  # percent; wider letter and word spacing helps many readers with dyslexia
DYSLEXIA_WORD_SPACING = 2  # pixels added to each space
BASE_FAMILY_PROPERTY = "harbourlightBaseFamily"


def text_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """Every foreground/background pair the style sheet draws text with (name: (text, background))."""
    return {
        "text on window": (p.text, p.window),
        "text on surface": (p.text, p.surface),
        "muted on window": (p.muted, p.window),
        "muted on surface": (p.muted, p.surface),
        "top bar": (p.accent_text, p.accent),
        "primary button": (p.accent_text, p.accent),
        "get help": (p.help_text, p.help),
        "my message": (p.text, p.me_bubble),
        "speaker in my message": (p.muted, p.me_bubble),
        "their message": (p.text, p.them_bubble),
        "warning badge": (p.warn_text, p.warn_bg),
        "good": (p.good, p.surface),
    }


def focus_pairs(p: Palette) -> dict[str, tuple[str, str]]:
    """The focus ring against what it is drawn next to (non-text contrast)."""
    return {"focus on window": (p.focus, p.window), "focus on surface": (p.focus, p.surface)}


def style_sheet(p: Palette, scale: int = 100, reading_font: str = "") -> str:
    def pt(size: float) -> str:
        return f"{round(size * scale / 100)}pt"

    family = f'font-family: "{reading_font}";' if reading_font else ""
    return f"""
    QWidget {{ color: {p.text}; font-size: {pt(BASE_POINT_SIZE)}; font-style: normal; {family} }}
    QMainWindow, QDialog, #page {{ background: {p.window}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
    QMenuBar, QMenu {{ background: {p.surface}; color: {p.text}; }}
    QMenuBar::item:selected, QMenu::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    QMenu::item:disabled {{ color: {p.muted}; }}
    QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
    QComboBox QAbstractItemView {{ background: {p.surface}; color: {p.text};
                                   selection-background-color: {p.accent}; selection-color: {p.accent_text}; }}
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
    QPushButton:disabled {{ color: {p.muted}; border-color: {p.border}; border-style: dashed; }}
    QPushButton#primary {{ background: {p.accent}; color: {p.accent_text}; font-weight: 700; }}
    QPushButton#primary:disabled {{ background: {p.surface}; color: {p.muted}; }}
    QPushButton#option {{ text-align: left; padding: 14px 18px; font-size: {pt(15)}; }}
    QPushButton#option:checked {{ background: {p.accent}; color: {p.accent_text}; border-width: 3px; }}
    QPushButton #buttonText[checked="true"] {{ color: {p.accent_text}; font-weight: 600; }}
    QPushButton #buttonText {{ background: transparent; font-size: {pt(15)}; }}
    QPushButton#primary #buttonText {{ color: {p.accent_text}; }}
    QRadioButton #buttonText, QCheckBox #buttonText {{ background: transparent; font-size: {pt(16)}; }}
    QScrollBar:vertical {{ background: {p.window}; width: 16px; border: 1px solid {p.border}; }}
    QScrollBar:horizontal {{ background: {p.window}; height: 16px; border: 1px solid {p.border}; }}
    QScrollBar::handle {{ background: {p.muted}; border-radius: 6px; min-height: 32px; min-width: 32px; margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QPushButton#getHelp {{ background: {p.help}; color: {p.help_text}; border: 2px solid {p.help_text};
                           font-weight: 700; }}
    QPushButton#quickHide {{ background: transparent; color: {p.accent_text}; border: 2px solid {p.accent_text}; }}
    QCheckBox, QRadioButton {{ padding: 4px; border: 3px solid transparent; border-radius: 8px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: 22px; height: 22px; background: {p.surface};
        border: 2px solid {p.accent}; }}
    QCheckBox::indicator {{ border-radius: 5px; }}
    QRadioButton::indicator {{ border-radius: 13px; }}
    QCheckBox::indicator:checked {{ background: {p.accent}; }}
    QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {p.accent}, stop:0.5 {p.accent}, stop:0.58 {p.surface}, stop:1 {p.surface}); }}
    QCheckBox#quizAnswer, QRadioButton#quizAnswer {{ background: {p.surface}; border: 2px solid {p.border};
        border-radius: 10px; padding: 10px 14px; font-size: {pt(16)}; }}
    QCheckBox#quizAnswer:checked, QRadioButton#quizAnswer:checked {{ border-color: {p.accent}; }}
    QCheckBox#quizAnswer:focus, QRadioButton#quizAnswer:focus {{ border: 3px solid {p.focus}; }}
    QPushButton:focus, QComboBox:focus, QLineEdit:focus, QCheckBox:focus, QRadioButton:focus, QSlider:focus,
    QListWidget:focus, QTextEdit:focus, QPlainTextEdit:focus, QSpinBox:focus {{ outline: none;
        border: 3px solid {p.focus}; }}
    QComboBox {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 8px; padding: 6px 10px; }}
    QLineEdit, QPlainTextEdit {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: 8px;
                                padding: 6px; }}
    QProgressBar {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px; height: 10px;
                    text-align: center; }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 6px; }}
    """


def qt_palette(p: Palette) -> QPalette:
    """The same colours for the parts the style sheet does not reach (scroll bars, native dialogs)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.window,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.window,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.accent_text,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.PlaceholderText: p.muted,
        QPalette.ColorRole.Link: p.accent if p.accent != p.surface else p.text,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(p.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(p.muted))
    return palette


def register_fonts(fonts_dir: Path) -> str:
    """Load the bundled reading font; returns its family name, or "" when the files are missing."""
    family = ""
    for name in DYSLEXIA_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir / name))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    return family


def no_motion(app: QApplication) -> None:
    """No animated menus, combo boxes, tooltips or tool boxes: nothing slides, fades or flashes."""
    for effect in (
        Qt.UIEffect.UI_AnimateMenu,
        Qt.UIEffect.UI_FadeMenu,
        Qt.UIEffect.UI_AnimateCombo,
        Qt.UIEffect.UI_AnimateTooltip,
        Qt.UIEffect.UI_FadeTooltip,
        Qt.UIEffect.UI_AnimateToolBox,
    ):
        app.setEffectEnabled(effect, False)
    app.setCursorFlashTime(0)  # a steady text cursor


def apply_theme(
    app: QApplication, theme: str, scale: int, dyslexia_font: bool = False, fonts_dir: Path | None = None
) -> Palette:
    palette = PALETTES.get(theme, PALETTES["default"])
    scale = min(MAX_SCALE, max(MIN_SCALE, scale))
    reading_family = ""
    if dyslexia_font and fonts_dir is not None:
        reading_family = DYSLEXIA_FAMILY if DYSLEXIA_FAMILY in QFontDatabase.families() else register_fonts(fonts_dir)
    base_family = app.property(BASE_FAMILY_PROPERTY)
    if not base_family:  # remember the system's own family once, so turning the reading font off restores it
        base_family = app.font().family()
        app.setProperty(BASE_FAMILY_PROPERTY, base_family)
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * scale / 100))
    font.setItalic(False)
    if reading_family:
        font.setFamily(reading_family)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, DYSLEXIA_LETTER_SPACING)
        font.setWordSpacing(DYSLEXIA_WORD_SPACING)
    else:
        font.setFamily(str(base_family))
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100)
        font.setWordSpacing(0)
    app.setFont(font)
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette, scale, reading_family))
    no_motion(app)
    return palette


def reading_fonts_dir(content_dir: Path) -> Path:
    return content_dir / "fonts" / "atkinson-hyperlegible"


def apply_settings(app: QApplication, settings: Settings, content_dir: Path) -> Palette:
    """The learner's display settings (theme, text size, reading font), applied to the whole app at once."""
    return apply_theme(app, settings.theme, settings.text_scale, settings.dyslexia_font, reading_fonts_dir(content_dir))
