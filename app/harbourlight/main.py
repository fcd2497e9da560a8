"""Composition root: read the command line, build the services, hand them to the UI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from harbourlight import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="harbourlight",
        description=f"{APP_NAME}: offline lessons for children and young people (5–17) about grooming, "
        "sharing images, and how to get help. No account, no network.",
        epilog="Authors and school IT: see `harbourlight-pack --help`.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (lessons, helplines, translations, the window) without a display; "
        "prints one line and exits 0 when all is well",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from harbourlight.ui.self_test import run_self_test

        return run_self_test(os.environ)
    from harbourlight.services.context import build_context
    from harbourlight.services.installer import recover_interrupted_installs
    from harbourlight.services.logging_setup import configure_logging, log_exception, log_notices, log_startup, logger
    from harbourlight.services.paths import AppPaths

    paths = AppPaths.from_environment(os.environ)
    configure_logging(paths.log_dir)
    log_startup()
    try:
        for pack_id in recover_interrupted_installs(paths.user_packs_dir):
            logger().warning("an interrupted install was undone; pack %s is back as it was", pack_id)
        context = build_context(os.environ)
    except Exception as exc:
        log_exception(type(exc), exc.__traceback__, "could not start")
        raise
    log_notices(context.notices)  # the packs and their problems are logged when the library loads (AppContext)
    from harbourlight.ui.app import run  # Qt loads only when the window is really wanted
    from harbourlight.ui.support import CrashGuard

    CrashGuard(context.translator).install()  # an unexpected error is logged and explained, not a crash
    return run(context, sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
