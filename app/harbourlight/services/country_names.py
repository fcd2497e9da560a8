"""A country's name in the UI language, from CLDR (Babel), remembered in the cache folder.

The top bar names the chosen country as the window first appears. Asking Babel for it means importing Babel and
loading the language's CLDR data (~35 ms together), every start, for one name that rarely changes; the content
cache keeps it instead (decision 0019). Babel's own files are among the inputs of the key, so an update of Babel
(or of the app) asks CLDR again.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from harbourlight.i18n.languages import country_name
from harbourlight.services.content_cache import cached


def babel_files() -> list[Path]:
    """The file that names Babel's version, found without importing Babel ([] when it cannot be found)."""
    spec = importlib.util.find_spec("babel")
    return [Path(spec.origin)] if spec is not None and spec.origin else []


def remembered_country_name(cache_dir: Path | None, country: str, language: str) -> str:
    return cached(
        cache_dir, "country-name", babel_files(), lambda: country_name(country, language), f"{language}\0{country}"
    )
