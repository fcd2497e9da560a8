"""The one table of UI languages; names and direction come from CLDR (Babel), not hand-written lists.

Babel is imported on first use, not with this module: the table is needed at start-up, Babel (~18 ms to import,
~20 ms more for a language's CLDR data) is not (decision 0019).
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


@dataclass(frozen=True)
class Language:
    """A UI language: its gettext code and the font family its script needs."""

    code: str  # gettext code: en, nb, ar, …
    font_family: str = "Noto Sans"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a menu item starts: "Norsk bokmål", "Suomi", "العربية"."""
        name = _own_name(self.code) or self.code
        return name[:1].upper() + name[1:]

    @property
    def english_name(self) -> str:
        return self.name_in("en")

    @property
    def direction(self) -> str:
        return "rtl" if self.is_rtl else "ltr"

    def name_in(self, display_language: str) -> str:
        # Parse the display language safely too: an unknown code (or the pseudo-locale) falls back to English.
        return _locale(self.code).get_display_name(_locale(display_language)) or self.code

    @property
    def is_rtl(self) -> bool:
        return is_rtl(self.code)


UI_LANGUAGES: tuple[Language, ...] = (
    Language("en"),
    Language("nb"),
    Language("fi"),
    Language("sv"),
    Language("de"),
    Language("fr"),
    Language("es"),
    Language("el"),
    Language("fil"),
    Language("uk"),
    Language("ar", font_family="Noto Sans Arabic"),
)


@cache
def _own_name(code: str) -> str | None:
    """A language's name from its own CLDR file alone: the language menu is built at start-up, and merging every
    UI language's full locale data costs about 10 ms each; the file's own entry is the same name."""
    from babel import localedata

    try:
        # Read the file itself: localedata.load(merge_inherited=False) would put the unmerged data into Babel's
        # shared cache, and every later Locale for that code would lack inherited data (character_order, …).
        with open(localedata.resolve_locale_filename(code.replace("-", "_")), "rb") as handle:
            raw = pickle.load(handle)  # Babel's own CLDR data file, shipped with the package
        name = raw.get("languages", {}).get(code)
    except (OSError, ValueError, KeyError, pickle.UnpicklingError):
        name = None
    return str(name) if isinstance(name, str) else _locale(code).get_display_name(code)


@cache
def _locale(code: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def load_cldr(code: str) -> None:
    """Load Babel and a language's CLDR data now, e.g. once the window is up, so that the first use (Get help's
    country names) does not wait for it."""
    _locale(code)


def is_rtl(code: str) -> bool:
    return _locale(code).character_order == "right-to-left"


def country_name(country: str, display_language: str) -> str:
    """A country's name in the display language, from CLDR; the code itself if CLDR has no name."""
    if country == "global":
        return country
    name: str | None = _locale(display_language).territories.get(country)
    return name or country


def all_countries(display_language: str) -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 country CLDR knows, code → name in the display language."""
    territories = _locale(display_language).territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha() and code != "ZZ"}
