#!/usr/bin/env bash
# Installs whatever is missing for Harbourlight on Debian/Ubuntu: system libraries Qt needs, fonts,
# gettext, a virtualenv in .venv with the app and its test tools. Safe to run again; it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt's offscreen and X11 (xcb) platforms
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xkb1 libxcb-xinerama0
  # fonts that cover Latin, Greek, Cyrillic and Arabic
  fonts-dejavu-core fonts-noto-core
  # msgfmt --check for translation catalogs
  gettext
  # validators for the Linux desktop entry and AppStream metadata (tests/installer)
  desktop-file-utils appstream
  # pdftoppm: tests render printed PDFs to PNG to check they really draw
  poppler-utils
  # QtTextToSpeech and QtMultimedia (read-aloud) do not import without PulseAudio's client library
  libpulse0
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c "import venv, ensurepip" >/dev/null 2>&1; then missing+=(python3-venv); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating the virtualenv in .venv"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.harbourlight-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing Harbourlight and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi
# UI catalogs are compiled here, not committed (docs/decisions/0007-languages.md).
if [ -x tools/compile-catalogs ]; then tools/compile-catalogs; fi
