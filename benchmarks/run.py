"""Harbourlight's benchmarks in one command: a table on stdout and benchmarks/results/latest.json.

    .venv/bin/python -m benchmarks.run            # the full set (about 3–6 minutes on 2 cores)
    .venv/bin/python -m benchmarks.run --quick    # fewer runs and small packs (about 30 s)
    .venv/bin/python -m benchmarks.run --bundle   # also build the PyInstaller bundle and a bare one to compare

Start-up and memory are ratios against a bare PySide6 window measured alternately in the same run, so a busy
or slow machine moves both. Two more start-ups are measured with them, for reference: a bare window showing 20
plain paragraphs (fonts and text layout, which the empty window never needs) and the app in Arabic (right to
left). Nothing here is asserted by the test suite (tests/test_benchmarks_smoke.py only checks that it runs).
Targets are in TARGETS; results are recorded in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "latest.json"
HELPLINES = REPO / "content" / "helplines"
TARGETS = {
    "start_ratio": 1.3,  # app start / bare window start
    "rss_over_bare_mb": 40,  # after start and after lessons
    "step_turn_p95_ms": 16,
    "pack_1000_s": 2.0,  # load (and, separately reported, validate) 1,000 lessons
    "bundle_ratio": 1.25,
}


def qt_available() -> bool:
    try:
        import PySide6  # noqa: F401
    except ImportError:
        return False
    return True


# --- start-up, memory, step turns, country switch (child processes) ------------------------------------------
def _state_env(root: Path, language: str = "en") -> dict[str, str]:
    """Temp folders with the first-run choices already made, so the app opens on the lesson list."""
    from harbourlight.services.settings import Settings, SettingsStore

    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HARBOURLIGHT_DATA_DIR=str(root / "data"),
        HARBOURLIGHT_CONFIG_DIR=str(root / "config"),
        HARBOURLIGHT_LOG_DIR=str(root / "log"),
    )
    SettingsStore(root / "config" / "settings.json").save(Settings(band="11-13", country="GB", language=language))
    return env


def _probe(script: str, env: dict[str, str], *args: str) -> dict[str, Any]:
    started = time.time()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *args], env=env, capture_output=True, text=True, timeout=300
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"{script} failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(line[6:])
    result["start_s"] = result.pop("shown") - started
    if "ready" in result:
        result["ready_s"] = result.pop("ready") - started
    return result


def compile_app() -> None:
    """Write the app's bytecode first, as an installed copy (pip, the bundle) has it. pip compiles PySide6 when it
    installs it, but an editable install of the app does not, and with PYTHONDONTWRITEBYTECODE set every start
    would compile ~90 modules again (~130 ms) that the bare window never pays for."""
    import compileall

    compileall.compile_dir(str(REPO / "app" / "harbourlight"), quiet=1)


TEXT_LABELS = 20  # paragraphs in the second reference window: about what the first screen of the lesson list shows


RIGHT_TO_LEFT = "ar"  # the app is also started in a right-to-left language: its labels take a slower path


def bench_start(runs: int, env: dict[str, str], rtl_env: dict[str, str] | None = None) -> dict[str, Any]:
    compile_app()
    bare: list[dict[str, Any]] = []
    text: list[dict[str, Any]] = []
    app: list[dict[str, Any]] = []
    rtl: list[dict[str, Any]] = []
    _probe("probe_bare.py", env), _probe("probe_app.py", env)  # warm the file cache; not counted
    if rtl_env is not None:
        _probe("probe_app.py", rtl_env)  # and fill its content cache
    for index in range(runs):
        order = [
            ("probe_bare.py", env, (), bare),
            ("probe_bare.py", env, ("--text", str(TEXT_LABELS)), text),
            ("probe_app.py", env, (), app),
        ]
        if rtl_env is not None:
            order.append(("probe_app.py", rtl_env, (), rtl))
        for script, script_env, args, into in order if index % 2 == 0 else order[::-1]:  # alternate the order
            into.append(_probe(script, script_env, *args))
    bare_s = statistics.median(r["start_s"] for r in bare)
    text_s = statistics.median(r["start_s"] for r in text)
    app_s = statistics.median(r["start_s"] for r in app)
    bare_mb = statistics.median(r["rss_start_kb"] for r in bare) / 1024
    app_mb = statistics.median(r["rss_start_kb"] for r in app) / 1024
    return {
        "runs": runs,
        "bare_ms": bare_s * 1000,
        "app_ms": app_s * 1000,
        "ratio": app_s / bare_s,
        "text_window_ms": text_s * 1000,  # the second reference: a bare window showing TEXT_LABELS paragraphs
        "ratio_to_text_window": app_s / text_s,
        "app_all_ms": [round(r["start_s"] * 1000, 1) for r in app],
        "bare_all_ms": [round(r["start_s"] * 1000, 1) for r in bare],
        "ready_ms": statistics.median(r["ready_s"] for r in app) * 1000,
        "library_shown": all(r["library_shown"] for r in app + rtl),
        "bare_rss_mb": bare_mb,
        "app_rss_mb": app_mb,
        **(
            {"rtl_language": RIGHT_TO_LEFT, "rtl_ms": statistics.median(r["start_s"] for r in rtl) * 1000}
            if rtl
            else {}
        ),
    }


def bench_session(turns: int, env: dict[str, str]) -> dict[str, Any]:
    result = _probe("probe_app.py", env, "--session", "--turns", str(turns))
    return {
        "step_turn": result["step_turn"],
        "country_switch": result["country_switch"],
        "rss_after_lessons_mb": result["rss_after_lessons_kb"] / 1024,
    }


# --- packs and helplines (in this process, no Qt) ------------------------------------------------------------
def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_packs(sizes: list[int], workdir: Path) -> dict[str, Any]:
    from benchmarks.synthetic import LANGUAGE, make_pack
    from harbourlight.cli.pack import main as pack_cli
    from harbourlight.packs.pack_loader import load_pack
    from harbourlight.services.library import load_library

    load_pack(REPO / "content" / "packs" / "default")  # warm: schemas compiled, modules imported
    rows = []
    for size in sizes:
        folder = workdir / f"packs-{size}"
        pack = make_pack(folder / "synthetic", size)
        validate = _timed(lambda pack=pack: pack_cli(["validate", str(pack)], io.StringIO()))
        load = _timed(lambda pack=pack: load_pack(pack, language=LANGUAGE))
        loaded = load_pack(pack, language=LANGUAGE).pack
        assert loaded is not None and len(loaded.lessons) == size, f"synthetic pack of {size} did not load"
        row = {"lessons": size, "validate_s": validate, "load_translated_s": load}
        # What the app does at start: the library, first with an empty cache, then with the content cache.
        cache = folder / "cache"
        row["library_first_s"] = _timed(lambda f=folder, c=cache: load_library([f], HELPLINES, cache_dir=c))
        row["library_again_s"] = _timed(lambda f=folder, c=cache: load_library([f], HELPLINES, cache_dir=c))
        rows.append(row)
    growth = []
    for small, big in itertools.pairwise(rows):
        growth.append(
            {
                "from": small["lessons"],
                "to": big["lessons"],
                "size_x": big["lessons"] / small["lessons"],
                "validate_x": big["validate_s"] / small["validate_s"],
                "load_x": big["load_translated_s"] / small["load_translated_s"],
            }
        )
    return {"language": LANGUAGE, "sizes": rows, "growth": growth}


def bench_helplines(repeats: int) -> dict[str, Any]:
    from harbourlight.cli.pack import main as pack_cli
    from harbourlight.packs.helplines import load_directory

    folder = HELPLINES
    load_directory(folder)  # warm
    load = [_timed(lambda: load_directory(folder)) for _ in range(repeats)]
    check = [_timed(lambda: pack_cli(["helplines", "check", str(folder)], io.StringIO())) for _ in range(repeats)]
    return {
        "countries": len(load_directory(folder).countries),
        "load_ms": statistics.median(load) * 1000,
        "load_and_check_ms": statistics.median(check) * 1000,
    }


# --- bundle size ---------------------------------------------------------------------------------------------
def _du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def bench_bundle(workdir: Path) -> dict[str, Any]:
    start = time.perf_counter()
    subprocess.run([str(REPO / "installer" / "build-linux")], check=True, capture_output=True)
    app_build_s = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(
        [str(REPO / ".venv" / "bin" / "pyinstaller"), "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(workdir / "dist"), "--workpath", str(workdir / "work"), str(HERE / "bare_bundle.spec")],
        check=True, capture_output=True,
    )  # fmt: skip
    bare_build_s = time.perf_counter() - start
    app_mb = _du_mb(REPO / "build" / "installer" / "dist" / "harbourlight")
    bare_mb = _du_mb(workdir / "dist" / "bare")
    tarball = max((REPO / "build" / "installer").glob("harbourlight-*-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return {
        "app_mb": app_mb,
        "bare_mb": bare_mb,
        "ratio": app_mb / bare_mb,
        "tarball_mb": tarball.stat().st_size / 1e6,
        "app_build_s": app_build_s,
        "bare_build_s": bare_build_s,
    }


# --- report --------------------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = ""
    if Path("/proc/cpuinfo").is_file():
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), "")  # fmt: skip
    info: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    if qt_available():
        import PySide6

        info["pyside6"] = PySide6.__version__
    return info


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER"


def table(results: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str]] = []
    start = results.get("start")
    if start:
        rows.append(("cold start (median)", f"{start['app_ms']:.0f} ms vs bare {start['bare_ms']:.0f} ms",
                     f"{start['ratio']:.2f}× (≤ {TARGETS['start_ratio']}×)",
                     _verdict(start["ratio"] <= TARGETS["start_ratio"])))  # fmt: skip
        rows.append(("  for reference: vs a bare window with text", f"{start['text_window_ms']:.0f} ms",
                     f"{start['ratio_to_text_window']:.2f}×", ""))  # fmt: skip
        if "rtl_ms" in start:
            rows.append((f"  the same in {start['rtl_language']} (right to left)", f"{start['rtl_ms']:.0f} ms",
                         f"{start['rtl_ms'] / start['bare_ms']:.2f}× bare", ""))  # fmt: skip
        rows.append(("ready (after-paint work done)", f"{start['ready_ms']:.0f} ms",
                     f"{start['ready_ms'] / start['bare_ms']:.2f}× bare", ""))  # fmt: skip
        over = start["app_rss_mb"] - start["bare_rss_mb"]
        rows.append(("peak RSS when ready", f"{start['app_rss_mb']:.0f} MB vs bare {start['bare_rss_mb']:.0f} MB",
                     f"+{over:.0f} MB (≤ +{TARGETS['rss_over_bare_mb']})",
                     _verdict(over <= TARGETS["rss_over_bare_mb"])))  # fmt: skip
    session = results.get("session")
    if session and start:
        over = session["rss_after_lessons_mb"] - start["bare_rss_mb"]
        rows.append(("peak RSS after lessons", f"{session['rss_after_lessons_mb']:.0f} MB",
                     f"+{over:.0f} MB (≤ +{TARGETS['rss_over_bare_mb']})",
                     _verdict(over <= TARGETS["rss_over_bare_mb"])))  # fmt: skip
    if session:
        turn = session["step_turn"]
        rows.append(("step turn (next → painted)", f"p50 {turn['p50_ms']:.1f} ms, n={turn['n']}",
                     f"p95 {turn['p95_ms']:.1f} ms (≤ {TARGETS['step_turn_p95_ms']})",
                     _verdict(turn["p95_ms"] <= TARGETS["step_turn_p95_ms"])))  # fmt: skip
        switch = session["country_switch"]
        rows.append(("Get help: switch country", f"p50 {switch['p50_ms']:.0f} ms, n={switch['n']}",
                     f"p95 {switch['p95_ms']:.0f} ms", ""))  # fmt: skip
    packs = results.get("packs")
    if packs:
        language = packs["language"]
        for row in packs["sizes"]:
            # The target is read strictly: the app's load with an empty cache (what a new or changed pack costs)
            ok = row["lessons"] != 1000 or row["library_first_s"] <= TARGETS["pack_1000_s"]
            rows.append((f"pack of {row['lessons']} lessons",
                         f"validate {row['validate_s']:.2f} s, load in {language} {row['load_translated_s']:.2f} s",
                         f"app load {row['library_first_s']:.2f} s, again {row['library_again_s']:.2f} s",
                         _verdict(ok) if row["lessons"] == 1000 else ""))  # fmt: skip
        for step in packs["growth"]:
            rows.append((f"growth {step['from']} → {step['to']}", f"size ×{step['size_x']:.0f}",
                         f"validate ×{step['validate_x']:.1f}, load ×{step['load_x']:.1f}", ""))  # fmt: skip
    helplines = results.get("helplines")
    if helplines:
        rows.append(("helplines", f"{helplines['countries']} directories: load {helplines['load_ms']:.0f} ms",
                     f"load + check {helplines['load_and_check_ms']:.0f} ms", ""))  # fmt: skip
    bundle = results.get("bundle")
    if bundle:
        rows.append(("bundle size", f"{bundle['app_mb']:.0f} MB vs bare {bundle['bare_mb']:.0f} MB",
                     f"{bundle['ratio']:.2f}× (≤ {TARGETS['bundle_ratio']}×), tar.gz {bundle['tarball_mb']:.0f} MB",
                     _verdict(bundle["ratio"] <= TARGETS["bundle_ratio"])))  # fmt: skip
    for name, reason in results.get("skipped", {}).items():
        rows.append((name, "skipped", reason, ""))
    widths = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 start runs, 30 step turns, packs of 10 and 100")
    parser.add_argument("--bundle", action="store_true", help="also build and compare the PyInstaller bundles")
    parser.add_argument("--runs", type=int, help="start-up runs of each (default 9, quick 3)")
    parser.add_argument("--turns", type=int, help="step turns to time (default 300, quick 30)")
    parser.add_argument("--sizes", help="comma-separated pack sizes (default 10,100,1000,5000; quick 10,100)")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON file to write (default {RESULTS})")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 9)
    turns = args.turns or (30 if args.quick else 300)
    sizes = [int(s) for s in (args.sizes or ("10,100" if args.quick else "10,100,1000,5000")).split(",")]

    results: dict[str, Any] = {"machine": machine(), "targets": TARGETS, "skipped": {}}
    with tempfile.TemporaryDirectory(prefix="harbourlight-bench-") as tmp:
        work = Path(tmp)
        if qt_available():
            env = _state_env(work / "state")
            results["start"] = bench_start(runs, env, _state_env(work / "state-rtl", RIGHT_TO_LEFT))
            results["session"] = bench_session(turns, env)
        else:
            results["skipped"]["start, memory, step turns"] = "PySide6 is not installed"
        results["packs"] = bench_packs(sizes, work)
        results["helplines"] = bench_helplines(3 if args.quick else 5)
        if args.bundle:
            results["bundle"] = bench_bundle(work / "bare-bundle")
        else:
            results["skipped"]["bundle size"] = "run with --bundle"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print(f"Harbourlight benchmarks, {results['machine']['date']}, {results['machine']['cores']} cores")
    print(table(results))
    print(f"(written to {args.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
