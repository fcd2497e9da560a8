"""Walk Harbourlight's AT-SPI tree (run by tools/atspi-check with the system python3 and python3-pyatspi)."""

from __future__ import annotations

import sys
import time

import pyatspi

APP_NAME = "Harbourlight"
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_PASSWORD_TEXT,
}
SKIP_ROLES = {pyatspi.ROLE_SCROLL_BAR}  # announced by role and orientation


def find_app(timeout: float = 20.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name and APP_NAME.lower() in app.name.lower():
                return app
        time.sleep(0.5)
    raise SystemExit(f"{APP_NAME} never appeared on the AT-SPI bus")


def showing(node) -> bool:  # type: ignore[no-untyped-def]
    return node.getState().contains(pyatspi.STATE_SHOWING)


def walk(node, depth: int, lines: list[str], unnamed: list[str]) -> None:  # type: ignore[no-untyped-def]
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is None or not showing(child) or child.getRole() in SKIP_ROLES:
            continue
        role = child.getRoleName()
        name = child.name or ""
        description = child.description or ""
        interactive = child.getRole() in INTERACTIVE
        if interactive or name or child.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING):
            mark = "!! NO NAME " if interactive and not name.strip() else ""
            extra = f"  — {description}" if description else ""
            lines.append(f"{'  ' * depth}{mark}[{role}] {name[:110]}{extra[:120]}")
        if interactive and not name.strip():
            unnamed.append(f"{role} under {node.getRoleName()} '{node.name}'")
        walk(child, depth + 1, lines, unnamed)


def press(app, name_starts: str) -> bool:  # type: ignore[no-untyped-def]
    """Press a showing button by name through AT-SPI's action interface, as a screen reader user would."""
    found = pyatspi.findDescendant(
        app, lambda n: n.getRole() == pyatspi.ROLE_PUSH_BUTTON and (n.name or "").startswith(name_starts) and showing(n)
    )
    if found is None:
        return False
    action = found.queryAction()
    for i in range(action.nActions):
        if action.getName(i).lower() in ("press", "click"):
            action.doAction(i)
            time.sleep(1.5)
            return True
    return False


def screen(app, title: str, out: list[str], unnamed: list[str]) -> None:  # type: ignore[no-untyped-def]
    out.append(f"\n== {title}")
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and showing(window):
            out.append(f"[{window.getRoleName()}] {window.name}")
            walk(window, 1, out, unnamed)


def main() -> int:
    app = find_app()
    time.sleep(2)
    out = [f"AT-SPI tree of {app.name} (toolkit {app.toolkitName} {app.toolkitVersion}), walked with pyatspi"]
    unnamed: list[str] = []
    screen(app, "Library", out, unnamed)
    if press(app, "Start"):
        screen(app, "Content note (reached by pressing Start through AT-SPI)", out, unnamed)
        if press(app, "Start the lesson"):
            screen(app, "First lesson step (reached by pressing 'Start the lesson' through AT-SPI)", out, unnamed)
            if press(app, "Next"):
                screen(app, "Second lesson step", out, unnamed)
    if press(app, "Get help"):
        screen(app, "Get help", out, unnamed)
    out.append("")
    out.append(f"interactive controls without a name: {len(unnamed)}")
    out.extend(f"  {u}" for u in unnamed)
    print("\n".join(out))
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
