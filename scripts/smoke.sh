#!/usr/bin/env bash
# Starts the real `ruimte` binary in a virtual X display and checks that it opens a window and
# is still running after a few seconds. Uses throwaway folders, never the user's own.
#
#   scripts/smoke.sh            BIN=path/to/ruimte to choose a binary (default: the debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/debug/ruimte}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
[ -x "$BIN" ] || { echo "smoke: no binary at $BIN" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
HOME=$work XDG_CONFIG_HOME=$work/.config XDG_DATA_HOME=$work/.local/share \
    "$BIN" --config-dir "$work/config" --data-dir "$work/data" > "$work/log" 2>&1 &
APP=$!
sleep "${SMOKE_SECONDS:-5}"
if ! kill -0 "$APP" 2>/dev/null; then
    echo "smoke: ruimte exited early:" >&2
    cat "$work/log" >&2
    exit 1
fi
if command -v xdotool >/dev/null && ! xdotool search --name '^Ambtelijke Ruimte$' >/dev/null; then
    echo "smoke: ruimte runs but shows no window" >&2
    exit 1
fi
# The menu groups the window under its desktop entry by this class (X11 WM_CLASS).
class=$(sed -n 's/^StartupWMClass=//p' packaging/*.desktop)
if command -v xdotool >/dev/null && ! xdotool search --class "^${class//./\\.}\$" >/dev/null; then
    echo "smoke: the window's class is not $class, the desktop entry's StartupWMClass" >&2
    exit 1
fi
echo "smoke: ruimte opened its window and is still running after ${SMOKE_SECONDS:-5} s"
