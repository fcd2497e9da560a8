"""The learner's settings: age band, country, language, text size, theme. Nothing personal."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from harbourlight.core.vocabulary import AGE_BANDS
from harbourlight.services.json_store import read_json_object, write_json_object
from harbourlight.services.progress import MAX_NICKNAME

THEMES = ("default", "high-contrast", "dark")


@dataclass(frozen=True)
class Settings:
    """The user's choices: age band, country, UI language, text size, theme, font, and an optional nickname."""

    band: str = ""  # empty until the first-run choice is made
    country: str = ""
    language: str = "en"
    text_scale: int = 100  # percent, 100–200
    theme: str = "default"
    dyslexia_font: bool = False
    # Whose progress is shown: an optional made-up nickname (never a real name is asked for); "" = this device.
    nickname: str = ""

    @property
    def is_set_up(self) -> bool:
        return bool(self.band and self.country)


def clean_nickname(text: str) -> str:
    """One line, no surrounding spaces, at most MAX_NICKNAME characters."""
    return " ".join(text.split())[:MAX_NICKNAME]


def _clean(raw: dict[str, Any]) -> Settings:
    """Keep each value that is sound; a bad value falls back to its default rather than failing all."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        value = raw.get(f.name, getattr(defaults, f.name))
        if not isinstance(value, type(getattr(defaults, f.name))):
            value = getattr(defaults, f.name)
        values[f.name] = value
    if values["band"] not in AGE_BANDS:
        values["band"] = ""
    country = values["country"]
    if not (len(country) == 2 and country.isascii() and country.isalpha()):  # "ß".upper() is "SS"
        values["country"] = ""
    values["country"] = values["country"].upper()
    values["text_scale"] = min(200, max(100, values["text_scale"]))
    values["nickname"] = clean_nickname(values["nickname"])
    if values["theme"] not in THEMES:
        values["theme"] = "default"
    return Settings(**values)


class SettingsStore:
    def __init__(self, path: Path):
        self.path = path
        self.notice = ""  # set when the stored file was unusable

    def load(self) -> Settings:
        outcome = read_json_object(self.path)
        self.notice = outcome.notice
        return _clean(outcome.data) if outcome.data is not None else Settings()

    def save(self, settings: Settings) -> None:
        write_json_object(self.path, asdict(settings))

    def update(self, settings: Settings, **changes: Any) -> Settings:
        new = replace(settings, **changes)
        self.save(new)
        return new
