"""UI test fixtures: a real AppContext on the real bundled content, with state in a temp folder."""

from __future__ import annotations

import datetime as dt

import pytest

from harbourlight.services.context import AppContext, build_context
from harbourlight.ui.app import prepare_app
from harbourlight.ui.main_window import MainWindow


@pytest.fixture
def context(app_env: dict[str, str], qapp) -> AppContext:  # type: ignore[no-untyped-def]
    ctx = build_context(app_env)
    ctx.today = dt.date(2026, 11, 23)
    prepare_app(ctx)
    return ctx


@pytest.fixture
def set_up_context(context: AppContext) -> AppContext:
    context.update_settings(band="11-13", country="GB")
    return context


@pytest.fixture
def window(set_up_context: AppContext, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(set_up_context)
    qtbot.addWidget(win)
    win.show()
    return win
