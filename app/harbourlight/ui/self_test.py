"""`harbourlight --self-test`: prove an installed copy works, without a display and without touching real state.

It loads the bundled packs, helpline directory and UI catalogs, opens the main window offscreen, plays the first
steps of a lesson, prints one line and returns 0 (all fine) or 1. School IT and CI run it after installing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from harbourlight import APP_NAME
from harbourlight.services import environment

STEPS_TO_PLAY = 3
SELF_TEST_BAND = "11-13"
SELF_TEST_COUNTRY = "GB"


class SelfTestFailure(Exception):
    pass


def answer_step(step_widget: object) -> None:
    """Do what a learner would to make Next available: pick, check, sort or click through.

    Shared with the benchmarks, which play whole lessons the same way.
    """
    from harbourlight.ui.steps.choice import ChoiceWidget
    from harbourlight.ui.steps.quiz import QuizWidget
    from harbourlight.ui.steps.rehearse import RehearseWidget
    from harbourlight.ui.steps.sort import SortWidget

    if isinstance(step_widget, ChoiceWidget):
        step_widget.choose(0)
    elif isinstance(step_widget, QuizWidget):
        step_widget.answers[0].setChecked(True)
        step_widget.reveal()
    elif isinstance(step_widget, SortWidget):
        for index, item in enumerate(step_widget.sort.items):
            step_widget.place(index, item.group)
    elif isinstance(step_widget, RehearseWidget):
        for _ in range(len(step_widget.rehearse.screens) + 1):
            if step_widget.is_ready():
                break
            step_widget.next_screen()


def catalog_files(locales_dir: Path) -> list[Path]:
    return sorted(locales_dir.glob("*/LC_MESSAGES/harbourlight.mo")) if locales_dir.is_dir() else []


def _check_catalogs(locales_dir: Path) -> int:
    import gettext

    from harbourlight.i18n.languages import country_name
    from harbourlight.i18n.translator import load_catalog

    files = catalog_files(locales_dir)
    for mo in files:
        language = mo.parent.parent.name
        if not isinstance(load_catalog(locales_dir, language), gettext.GNUTranslations):
            raise SelfTestFailure(f"the catalog {mo} could not be read")
        if country_name("NO", language) == "NO":  # the bundle keeps CLDR data only for the UI languages
            raise SelfTestFailure(f"no country names (CLDR data) for the language {language!r}")
    return len(files)


def _check_signatures() -> None:
    # The bundle carries libsodium for pack signatures; a missing native piece only shows when a pack is installed.
    from harbourlight.packs import signing

    key = signing.generate()
    if not signing.public_of(key).verifies(b"self-test", signing.sign(key, b"self-test")):
        raise SelfTestFailure("pack signatures cannot be checked (the signature library does not work)")


def _speech_engines() -> int:
    # Read-aloud needs Qt's speech module and at least one engine plugin (the bundle keeps them).
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        raise SelfTestFailure(f"read-aloud cannot start: {exc}") from None
    engines = QTextToSpeech.availableEngines()
    if not engines:
        raise SelfTestFailure("read-aloud has no speech engine plugins")
    return len(engines)


def _run(environ: Mapping[str, str], state_dir: Path) -> str:
    # Settings and progress go to a throw-away folder, so a self-test never changes a learner's state.
    env = dict(environ)
    for name, sub in ((environment.DATA_DIR, "data"), (environment.CONFIG_DIR, "config"), (environment.LOG_DIR, "log")):
        env[name] = str(state_dir / sub)

    from harbourlight.services.context import build_context, locales_dir_for

    context = build_context(env)
    library = context.library
    errors = [p for p in library.problems if p.severity == "error"]
    if not library.packs:
        detail = f": {errors[0].file}:{errors[0].line}: {errors[0].message}" if errors else ""
        raise SelfTestFailure(f"no lesson pack could be loaded from {context.paths.bundled_packs_dir}{detail}")
    if not library.directory:
        raise SelfTestFailure(f"no helpline directory could be loaded from {context.paths.helplines_dir}")
    catalogs = _check_catalogs(locales_dir_for(context.paths))
    _check_signatures()
    lessons = sum(len(pack.lessons) for pack in library.packs)
    context.update_settings(band=SELF_TEST_BAND, country=SELF_TEST_COUNTRY)

    from harbourlight.ui.app import prepare_app
    from harbourlight.ui.main_window import MainWindow

    app = prepare_app(context, [APP_NAME])
    window = MainWindow(context)
    window.show()
    app.processEvents()
    if not window.isVisible() or not window.library_view.cards:
        raise SelfTestFailure("the main window did not show the lesson list")
    lesson = library.find_lesson(window.library_view.cards[0].lesson.id)
    if lesson is None:
        raise SelfTestFailure("the lesson list names a lesson the library does not have")
    window.start_lesson(lesson)
    played = 0
    view = window.lesson_view
    while played < STEPS_TO_PLAY and view.walk is not None and not view.walk.is_last:
        answer_step(view.step_widget)
        if not view.next_button.isEnabled():
            raise SelfTestFailure(f"step {view.walk.current.id!r} of {lesson.id!r} could not be answered")
        view.next_button.click()
        app.processEvents()
        played += 1
    window.close()
    engines = _speech_engines()
    return (
        f"{lessons} lessons, {len(library.directory)} directories, {catalogs} catalogs, signatures checked, "
        f"window shown, {played} steps played, {engines} speech engines"
    )


def run_self_test(environ: Mapping[str, str]) -> int:
    # No display is needed: school IT runs this over a remote shell, CI on a headless machine.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="harbourlight-self-test-") as state:
            summary = _run(environ, Path(state))
    except SelfTestFailure as exc:
        sys.stdout.write(f"{APP_NAME} self-test: FAILED ({exc})\n")
        return 1
    except Exception as exc:  # anything else is a broken install too; say what, don't dump a traceback on IT
        sys.stdout.write(f"{APP_NAME} self-test: FAILED ({type(exc).__name__}: {exc})\n")
        return 1
    sys.stdout.write(f"{APP_NAME} self-test: OK ({summary})\n")
    return 0
