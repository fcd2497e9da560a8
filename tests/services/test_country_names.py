"""The top bar's country name is CLDR's, remembered in the cache folder so start-up need not load Babel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from harbourlight.i18n.languages import country_name
from harbourlight.services import country_names
from harbourlight.services.country_names import remembered_country_name


@pytest.mark.parametrize(("country", "language"), [("GB", "en"), ("GB", "nb"), ("NO", "ar"), ("MX", "es")])
def test_the_remembered_name_is_cldrs_name_in_the_ui_language(tmp_path: Path, country: str, language: str) -> None:
    first = remembered_country_name(tmp_path, country, language)
    again = remembered_country_name(tmp_path, country, language)
    assert first == again == country_name(country, language) != country


def test_a_remembered_name_is_used_without_asking_cldr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    remembered_country_name(tmp_path, "GB", "nb")
    monkeypatch.setattr(country_names, "country_name", lambda *_: pytest.fail("CLDR was asked again"))
    assert remembered_country_name(tmp_path, "GB", "nb") == "Storbritannia"


def test_another_language_or_country_asks_cldr_again(tmp_path: Path) -> None:
    assert remembered_country_name(tmp_path, "GB", "nb") == "Storbritannia"
    assert remembered_country_name(tmp_path, "GB", "en") == "United Kingdom"
    assert remembered_country_name(tmp_path, "NO", "en") == "Norway"


def test_a_damaged_memory_is_ignored(tmp_path: Path) -> None:
    remembered_country_name(tmp_path, "GB", "en")
    for entry in tmp_path.glob("country-name-*"):
        entry.write_bytes(b"\x80 not a pickle")
    assert remembered_country_name(tmp_path, "GB", "en") == "United Kingdom"


def test_the_key_follows_babels_own_files() -> None:
    files = country_names.babel_files()
    assert [path.name for path in files] == ["__init__.py"] and files[0].parent.name == "babel"


def test_start_up_services_do_not_import_babel(tmp_path: Path) -> None:
    """What main.py imports before the window must not pull in Babel (~35 ms); it loads on first real use."""
    code = (
        "import sys\n"
        "import harbourlight.services.context, harbourlight.services.logging_setup, harbourlight.services.installer\n"
        "import harbourlight.i18n.languages\n"
        "assert 'babel' not in sys.modules, sorted(m for m in sys.modules if m.startswith('babel'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
