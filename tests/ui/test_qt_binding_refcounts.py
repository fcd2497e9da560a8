"""The Qt binding must not leak or steal references: a long lesson makes hundreds of thousands of Qt calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on each call that returns nothing (label.setText(...)),
so the interpreter aborts with "none_dealloc" after a few thousand calls. pyproject.toml excludes that release;
this test fails on any binding with the same fault. It runs in a child process, because the fault kills the
interpreter outright.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CALLS = 20_000
PROBE = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
label.setText("warm-up")
before = sys.getrefcount(None)
for index in range({CALLS}):
    label.setText(str(index % 7))
    label.setWordWrap(bool(index % 2))
print(sys.getrefcount(None) - before)
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12; its count never moves")
def test_void_qt_calls_leave_the_reference_count_of_none_alone() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, f"the Qt binding crashed the interpreter: {done.stderr.strip().splitlines()[:1]}"
    moved = int(done.stdout.strip().splitlines()[-1])
    assert abs(moved) < 100, f"None's reference count moved by {moved} over {2 * CALLS} Qt calls"
