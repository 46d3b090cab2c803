#!/usr/bin/env bash
# Runs the real `ruimte` binary under Xvfb and saves a PNG of every screen, in Dutch and
# English, light and dark. The questionnaire is taken with the keyboard, as a user could.
#
#   scripts/screenshots.sh [OUT_DIR]        default OUT_DIR: target/screenshots
#   BIN=path/to/ruimte scripts/screenshots.sh
#
# Needs: xvfb xauth imagemagick xdotool (see README). Touches no real user folder.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/screenshots}
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/debug/ruimte}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
[ -x "$BIN" ] || { echo "screenshots: no binary at $BIN (run cargo build first)" >&2; exit 1; }
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME" "$work/cfg" "$work/data"

# settings LANG THEME: what eframe's storage would hold after the user chose them.
settings() {
    printf '{"settings":"(lang:Some(%s),theme:%s,text_scale:1.0,auto_lock_minutes:10)"}\n' "$1" "$2" > "$work/cfg/app.ron"
}

start_app() {
    "$BIN" --config-dir "$work/cfg" --data-dir "$work/data" "$@" > "$work/app.log" 2>&1 &
    APP=$!
    WID=""
    for _ in $(seq 1 100); do
        WID=$(xdotool search --name '^Ambtelijke Ruimte$' 2>/dev/null | head -1 || true)
        [ -n "$WID" ] && break
        sleep 0.2
    done
    [ -n "$WID" ] || { echo "screenshots: the window did not appear" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 1.5
}

stop_app() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=0
}

shot() {
    sleep 0.7
    import -window "$WID" "$OUT/$1.png"
    echo "$OUT/$1.png"
}

scroll_down() {
    xdotool mousemove --window "$WID" 700 400
    xdotool click --repeat "$1" --delay 40 5
}

take_questionnaire() {
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    # A fixed, varied answer pattern: keys 1-5 pick an answer, Return moves on.
    local pattern=(4 2 5 3 1 4 4 2 3 5 1 2 4 3 5 2 4 1 3 4 5 2 2 4 3 1 5 4 2 3 4 1 5 3 2 4 3 2 4 5)
    for key in "${pattern[@]}"; do
        xdotool key --window "$WID" "$key"
        sleep 0.08
        xdotool key --window "$WID" Return
        sleep 0.08
    done
}

for variant in "Nl Light nl" "En Dark en"; do
    read -r lang theme tag <<< "$variant"
    settings "$lang" "$theme"
    for screen in welcome tactics journal settings; do
        start_app --screen "$screen"
        shot "$tag-$screen"
        stop_app
    done
    start_app --screen tactic:loyale-tegenspraak
    shot "$tag-tactic"
    stop_app
    start_app --screen questionnaire
    shot "$tag-questionnaire"
    take_questionnaire
    shot "$tag-profile"
    scroll_down 8
    shot "$tag-profile-2"
    scroll_down 12
    shot "$tag-profile-3"
    stop_app
done

# A broken questionnaire in the user's folder: the error panel names file and line.
settings Nl Light
mkdir -p "$work/cfg/questionnaires"
printf 'Questionnaire(\n    id: "kapot",\n    items: [,]\n)\n' > "$work/cfg/questionnaires/kapot.ron"
start_app --screen questionnaire
shot nl-questionnaire-broken-file
stop_app
