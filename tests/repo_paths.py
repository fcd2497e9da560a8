"""Where the repository's content lives, for tests. (Imported by name: two conftest.py files exist, so
`from conftest import …` can pick the wrong one once tests/ui is collected.)"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
DEFAULT_PACK = CONTENT / "packs" / "default"
