#!/usr/bin/env bash
# Builds Harbourlight.app and a .dmg on macOS 12+ (Apple silicon or Intel) with Python 3.11+ from python.org:
#   installer/macos/build.sh
# Output: build/installer/dist/Harbourlight.app and build/installer/harbourlight-<version>-macos-<arch>.dmg
# Signing and notarisation need an Apple Developer ID; see installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
.venv/bin/python -m harbourlight.i18n.catalogs compile >/dev/null
.venv/bin/python installer/make-icon.py build/installer/harbourlight.icns
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath build/installer/dist --workpath build/installer/work \
  installer/harbourlight.spec
QT_QPA_PLATFORM=offscreen build/installer/dist/Harbourlight.app/Contents/MacOS/harbourlight --self-test
version=$(.venv/bin/python -c "import harbourlight; print(harbourlight.__version__)")
hdiutil create -volname Harbourlight -srcfolder build/installer/dist/Harbourlight.app -ov -format UDZO \
  "build/installer/harbourlight-$version-macos-$(uname -m).dmg"
