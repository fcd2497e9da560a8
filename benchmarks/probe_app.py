"""Harbourlight's real start-up path (harbourlight.main.main), stopped once the lesson list is painted.

`QApplication.exec` is replaced for this process only: instead of running the event loop it waits for the first
paint of the library, reports, and (with --session) plays lessons and switches Get help's country to time them.
Prints one JSON line. State lives in the HARBOURLIGHT_* folders benchmarks/run.py sets up.

Qt is imported when the app imports it, not before: PySide6 inspects the source of every module imported after it
(to see whether the module uses its `__feature__` switches), so importing it first here would charge the app for
work its real start-up does not do. The probe's own Qt code is in probe_qt.py, loaded when PySide6 is.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import importlib.machinery
    from types import ModuleType

QUICK_TURNS = 30


class ReportInsteadOfExec:
    """When the app imports PySide6.QtWidgets, replaces `QApplication.exec` (this process only) with probe_qt's
    reporter, which waits for the library's first paint and prints the figures instead of waiting for the user."""

    def __init__(self, session: bool, turns: int):
        self.session = session
        self.turns = turns

    def find_spec(self, name: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader = spec.loader
        load = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            import probe_qt

            module.QApplication.exec = probe_qt.fake_exec(self.session, self.turns)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> int:
    session = "--session" in sys.argv
    turns = int(sys.argv[sys.argv.index("--turns") + 1]) if "--turns" in sys.argv else QUICK_TURNS
    sys.meta_path.insert(0, ReportInsteadOfExec(session, turns))
    from harbourlight.main import main as harbourlight_main

    return harbourlight_main([])


if __name__ == "__main__":
    sys.exit(main())
