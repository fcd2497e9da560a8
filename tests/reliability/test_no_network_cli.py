"""harbourlight-pack never touches the network: checking links and numbers is done offline, from the files."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from harbourlight.cli.pack import main as pack_main
from network_guard import NetworkAttempt, no_network, run_guarded

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "content"


def test_the_guard_itself_catches_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    with no_network(monkeypatch) as attempts:
        with pytest.raises(NetworkAttempt):
            socket.create_connection(("example.org", 443))
        with pytest.raises(NetworkAttempt):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert len(attempts) == 2


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", str(CONTENT / "packs" / "default"), "--today", "2026-11-23"],
        ["helplines", "check", str(CONTENT / "helplines"), "--today", "2026-11-23"],
    ],
)
def test_cli_checks_run_without_any_network_attempt(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    out = io.StringIO()
    with no_network(monkeypatch) as attempts:
        code = pack_main(argv, out=out)
    assert attempts == []
    assert code == 0, out.getvalue()[-2000:]


def test_cli_in_a_fresh_process_makes_no_network_attempt_even_at_import(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from harbourlight.cli.pack import main\n"
        f"a = main(['validate', {str(CONTENT / 'packs' / 'default')!r}, '--today', '2026-11-23'])\n"
        f"b = main(['helplines', 'check', {str(CONTENT / 'helplines')!r}, '--today', '2026-11-23'])\n"
        "sys.exit(a or b)\n"
    )
    done, report = run_guarded(code, tmp_path, {})
    assert report["attempts"] == [], report
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "OK" in done.stdout
    assert report["qtnetwork"] is False


def test_the_subprocess_guard_itself_catches_a_connection(tmp_path: Path) -> None:
    done, report = run_guarded("import socket\nsocket.getaddrinfo('example.org', 443)\n", tmp_path, {})
    assert report["attempts"] == ["socket.getaddrinfo"] and done.returncode != 0
