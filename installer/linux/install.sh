#!/bin/sh
# Installs Harbourlight from this unpacked tarball.
#   ./install.sh              for the current user: ~/.local/opt/harbourlight, ~/.local/bin, ~/.local/share
#   sudo ./install.sh --system for everyone:       /opt/harbourlight, /usr/local/bin, /usr/local/share
#   ./install.sh --uninstall  (add --system for a system-wide install) removes exactly what was installed
# A school policy file goes to /etc/xdg/Harbourlight/policy.yaml (see the README in this folder).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scope=user; action=install
for arg in "$@"; do
  case "$arg" in
    --system) scope=system ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
if [ "$scope" = system ]; then
  opt=/opt/harbourlight; bin=/usr/local/bin; share=/usr/local/share
else
  opt="$HOME/.local/opt/harbourlight"; bin="$HOME/.local/bin"; share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
id=org.harbourlight.Harbourlight
files="applications/$id.desktop metainfo/$id.metainfo.xml icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do files="$files icons/hicolor/${size}x${size}/apps/$id.png"; done

if [ "$action" = uninstall ]; then
  rm -rf "$opt"; rm -f "$bin/harbourlight"
  for f in $files; do rm -f "$share/$f"; done
else
  rm -rf "$opt"; mkdir -p "$opt" "$bin"
  cp -R "$here/harbourlight/." "$opt/"
  ln -sf "$opt/harbourlight" "$bin/harbourlight"
  for f in $files; do mkdir -p "$(dirname "$share/$f")"; cp "$here/share/$f" "$share/$f"; done
  # The menu entry runs the installed binary by its full path, whatever PATH the desktop session has.
  sed -i "s|^Exec=harbourlight|Exec=$opt/harbourlight|" "$share/applications/$id.desktop"
fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Harbourlight: ${action} done ($scope)."
