"""The real helpline directory: every number valid, notes fit for a child's screen, files round-trip, packs checked."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
import yaml

from harbourlight.cli.pack import main
from harbourlight.core.models import HelplineEntry
from harbourlight.i18n import Translator
from harbourlight.i18n.locale_country import country_from_locale
from harbourlight.packs.helpline_check import check_folder
from harbourlight.packs.helplines import load_directory
from harbourlight.packs.phones import check_number, load_short_codes
from harbourlight.services.wrong_number import report_text, subject_for_emergency, subject_for_entry
from repo_paths import CONTENT, DEFAULT_PACK

HELPLINES = CONTENT / "helplines"
TODAY = dt.date(2026, 11, 23)
DIRECTORY = load_directory(HELPLINES)


def all_entries() -> list[HelplineEntry]:
    return [entry for directory in DIRECTORY.countries.values() for entry in directory.entries]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


# fmt: off
DRAFT_COUNTRIES = {
    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CO", "CZ", "DE", "DK", "ES", "FI", "FR", "GB", "GR", "IE",
    "IN", "IT", "JP", "KE", "MX", "NG", "NL", "NO", "NZ", "PH", "PL", "PT", "SE", "SG", "US", "ZA",
}
# fmt: on


def test_every_country_in_the_research_draft_has_a_file_that_loads() -> None:
    assert not DIRECTORY.problems
    assert set(DIRECTORY.countries) == DRAFT_COUNTRIES | {"global"}
    for country in DRAFT_COUNTRIES:
        directory = DIRECTORY.countries[country]
        assert directory.emergency is not None and directory.entries and directory.directory_checked


@pytest.mark.parametrize("entry", [e for e in all_entries() if e.phone or e.sms], ids=lambda e: e.id)
def test_every_phone_number_is_valid_for_its_country(entry: HelplineEntry) -> None:
    allowed = load_short_codes(HELPLINES / "short-codes.yaml", [])
    if entry.phone:
        assert check_number(entry.phone, entry.phone_kind, entry.country, allowed) == ""
    if entry.sms:
        kind = "short" if len([c for c in entry.sms if c.isdigit()]) <= 6 else "national"
        assert check_number(entry.sms, kind, entry.country, allowed) == ""


def test_every_emergency_number_is_valid() -> None:
    allowed = load_short_codes(HELPLINES / "short-codes.yaml", [])
    emergencies = [(c, d.emergency) for c, d in DIRECTORY.countries.items() if d.emergency]
    assert len(emergencies) >= 33
    for country, emergency in emergencies:
        assert emergency is not None
        for number in (emergency.number, *emergency.also):
            assert check_number(number, "short", country, allowed) == "", (country, number)


RESEARCH_WORDS = ("source seen", "stored copy", "wiki", "re-check", "third-party", "draft", "http://", "not confirmed")


def test_child_facing_notes_carry_no_research_detail() -> None:
    notes = [(e.id, e.notes) for e in all_entries() if e.notes]
    notes += [(f"{c}-emergency", d.emergency.notes) for c, d in DIRECTORY.countries.items() if d.emergency]
    assert len(notes) > 80
    for where, text in notes:
        assert not any(word in text.lower() for word in RESEARCH_WORDS), (where, text)
        assert len(text) <= 330, where


def test_research_detail_is_kept_in_research_notes() -> None:
    by_id = {e.id: e for e in all_entries()}
    assert "confirmed only by a wiki copy" in DIRECTORY.countries["GB"].emergency.research_notes  # type: ignore[union-attr]
    assert "crystaline.uk" in by_id["gb-iwf-report"].research_notes
    assert sum("Source seen" in e.research_notes for e in all_entries()) >= 100


def test_reporting_routes_are_not_filed_as_emergency_numbers() -> None:
    by_id = {e.id: e for e in all_entries()}
    for route in ("gb-ceop-safety-centre", "fr-pharos", "us-fbi-tips", "in-cybercrime-portal", "no-politiet-tips"):
        assert by_id[route].kind == "reporting-hotline"
    for entry in all_entries():
        if entry.kind == "police-emergency":
            assert entry.phone, f"{entry.id}: a police-emergency entry is a number that answers emergencies"


def test_a_directory_file_round_trips_through_yaml(tmp_path: Path) -> None:
    for name in ("GB.yaml", "NO.yaml", "global.yaml"):
        data = yaml.safe_load((HELPLINES / name).read_text(encoding="utf-8"))
        (tmp_path / name).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    again = load_directory(tmp_path)
    assert not again.problems
    for country in ("GB", "NO", "global"):
        assert again.countries[country] == DIRECTORY.countries[country]


def test_an_unknown_field_is_refused_with_its_line(tmp_path: Path) -> None:
    text = (HELPLINES / "GB.yaml").read_text(encoding="utf-8").replace("research_notes:", "reserch_notes:", 1)
    (tmp_path / "GB.yaml").write_text(text, encoding="utf-8")
    result = load_directory(tmp_path)
    assert result.problems and result.problems[0].file == "GB.yaml" and result.problems[0].line > 0
    assert "reserch_notes" in result.problems[0].message


def test_staleness_threshold_is_configurable() -> None:
    strict = check_folder(HELPLINES, TODAY, max_age_days=0)
    default = check_folder(HELPLINES, TODAY)
    stale = [p for p in strict.problems if p.code == "stale"]
    assert len(stale) > len([p for p in default.problems if p.code == "stale"])
    assert default.errors == 0
    code, output = run("helplines", "check", str(HELPLINES), "--today", "2028-01-01", "--max-age-days", "365")
    assert code == 0 and "was last checked 2026-11-22" in output


def test_verbose_check_prints_research_notes() -> None:
    code, output = run("helplines", "check", str(HELPLINES), "--today", "2026-11-23", "--verbose")
    assert code == 0
    assert "note: GB.yaml: gb-iwf-report: " in output and "crystaline.uk" in output
    quiet = run("helplines", "check", str(HELPLINES), "--today", "2026-11-23")[1]
    assert "crystaline.uk" not in quiet


def _pack_with_helplines(tmp_path: Path, phone: str) -> Path:
    pack = tmp_path / "school-pack"
    shutil.copytree(DEFAULT_PACK, pack)
    (pack / "helplines").mkdir()
    (pack / "helplines" / "GB.yaml").write_text(
        'country: "GB"\nname: United Kingdom\nentries:\n  - id: gb-school-line\n    name: School line\n'
        f'    kind: child-helpline\n    topics: [any]\n    phone: "{phone}"\n    phone_kind: national\n'
        "    source: https://example.org/line\n    last_verified: 2026-11-01\n    status: verified\n",
        encoding="utf-8",
    )
    return pack


def test_validate_checks_a_packs_own_helplines(tmp_path: Path) -> None:
    bad = _pack_with_helplines(tmp_path / "bad", "0800 11")
    code, output = run("validate", str(bad), "--today", "2026-11-23")
    assert code == 1
    assert output.startswith("helplines/GB.yaml:8:") and "not a valid GB phone number" in output
    good = _pack_with_helplines(tmp_path / "good", "0800 1111")
    code, output = run("validate", str(good), "--today", "2026-11-23")
    assert code == 0, output


def test_country_from_the_system_locale() -> None:
    assert country_from_locale({"LANG": "nb_NO.UTF-8"}) == "NO"
    assert country_from_locale({"LANGUAGE": "fr_BE:fr", "LANG": "de_DE.UTF-8"}) == "BE"
    assert country_from_locale({"LC_ALL": "C", "LANG": "de_AT.UTF-8"}) == "AT"
    assert country_from_locale({"LANG": "de"}) == ""
    assert country_from_locale({"LANG": "C.UTF-8"}) == ""
    assert country_from_locale({}) == ""


def test_wrong_number_report_has_what_the_publisher_needs() -> None:
    tr = Translator(CONTENT.parent / "locales", "en")
    entry = next(e for e in all_entries() if e.id == "gb-childline")
    text = report_text(subject_for_entry(entry, "United Kingdom", tr), TODAY, "9.9.9", "It did not answer.", tr)
    for expected in (
        "Entry: gb-childline",
        "Name: Childline (NSPCC)",
        "Country: United Kingdom (GB)",
        "Phone: 0800 1111",
        "Source: https://learning.nspcc.org.uk/services/childline",
        "Last checked: 2026-11-22 (verified)",
        "Comes from: Harbourlight's own directory (GB.yaml)",
        "Report date: 2026-11-23",
        "App version: Harbourlight 9.9.9",
        "It did not answer.",
        "Source seen",  # research notes go to the publisher
    ):
        assert expected in text
    gb = DIRECTORY.countries["GB"]
    assert gb.emergency is not None
    emergency = report_text(subject_for_emergency(gb.emergency, "GB", "UK", "GB.yaml", tr), TODAY, "1", "", tr)
    assert "Phone: 999 / 112" in emergency and "(nothing written)" in emergency


def test_a_pack_adds_and_overrides_entries_and_they_say_where_they_come_from(tmp_path: Path) -> None:
    from harbourlight.services.library import load_library
    from harbourlight.services.wrong_number import pack_of

    packs = tmp_path / "packs"
    pack = _pack_with_helplines(packs, "0800 1111")
    text = (pack / "helplines" / "GB.yaml").read_text(encoding="utf-8")
    (pack / "helplines" / "GB.yaml").write_text(text.replace("gb-school-line", "gb-childline"), encoding="utf-8")
    library = load_library([packs], HELPLINES, TODAY)
    gb = {e.id: e for e in library.directory["GB"].entries}
    assert gb["gb-childline"].name == "School line"  # same id: the pack's entry replaces the bundled one
    assert pack_of(gb["gb-childline"].origin) == "school-pack"
    assert pack_of(gb["gb-report-remove"].origin) == ""  # the rest stays the app's own
    assert library.directory["GB"].emergency == DIRECTORY.countries["GB"].emergency
