"""A first guess at the learner's country from the system locale, used only until they choose one."""

from __future__ import annotations

from collections.abc import Mapping

# The variables babel.default_locale reads, most specific first (as gettext does). Read here directly: Babel
# falls back to en_US_POSIX when none is set, which would wrongly guess the United States.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_CTYPE", "LANG")


def country_from_locale(environ: Mapping[str, str]) -> str:
    """ "NO" for nb_NO.UTF-8, "" when the locale names no country (C, POSIX, "de") or cannot be read."""
    names = (environ.get(v, "").split(":")[0].split(".")[0].split("@")[0] for v in LOCALE_VARIABLES)
    # "C.UTF-8" names no country; Babel 2.19 parses a bare "C" as en_US_POSIX, so skip it before parsing.
    name = next((n for n in names if n and n not in ("C", "POSIX")), None)
    if not name:
        return ""
    from babel import Locale, UnknownLocaleError  # on first use: most starts never need a guess (decision 0019)

    try:
        territory = Locale.parse(name).territory
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    # en_US_POSIX and friends: only a real two-letter country counts.
    return territory if territory and len(territory) == 2 and territory.isalpha() else ""
