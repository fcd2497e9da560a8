"""Layering rules: only ui/ and main.py may use Qt, and dependencies point one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from repo_paths import REPO

PACKAGE = REPO / "app" / "harbourlight"
# What each layer may import from the others (ui → services → packs/i18n → core; cli → services).
ALLOWED = {
    "core": {"core"},
    "packs": {"packs", "core"},
    "i18n": {"i18n", "core"},
    "services": {"services", "packs", "i18n", "core"},
    "cli": {"cli", "services", "packs", "i18n", "core"},
    "ui": {"ui", "services", "packs", "i18n", "core"},
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_qt_free_packages_never_import_pyside6() -> None:
    offenders = []
    for layer in ("core", "packs", "i18n", "services", "cli"):
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imports_of(path)):
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_dependencies_point_one_way() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                parts = name.split(".")
                if parts[0] == "harbourlight" and len(parts) > 1 and parts[1] in ALLOWED and parts[1] not in allowed:
                    offenders.append(f"{path.relative_to(REPO)} imports {name}")
    assert offenders == []


def test_importing_every_qt_free_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(path.relative_to(REPO / "app").with_suffix("").parts)
        for layer in ("core", "packs", "i18n", "services", "cli")
        for path in (PACKAGE / layer).rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name.removesuffix('.__init__'))\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
