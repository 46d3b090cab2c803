#!/usr/bin/env bash
# Runs the real `ruimte` binary under Xvfb and saves a PNG of every screen, in Dutch and
# English, light and dark. The questionnaire is taken with the keyboard, as a user could.
#
#   scripts/screenshots.sh [OUT_DIR]        default OUT_DIR: target/screenshots
#   BIN=path/to/ruimte scripts/screenshots.sh
#   SCALE=2.0 scripts/screenshots.sh OUT     every screen at text size 2.0
#
# Needs: xvfb xauth imagemagick xdotool (see README). Touches no real user folder.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/screenshots}
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/debug/ruimte}
SCALE=${SCALE:-1.0}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
[ -x "$BIN" ] || { echo "screenshots: no binary at $BIN (run cargo build first)" >&2; exit 1; }
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'kill "${APP:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
mkdir -p "$HOME" "$work/cfg" "$work/data"

# settings LANG THEME [SCALE]: what eframe's storage would hold after the user chose them.
settings() {
    printf '{"settings":"(lang:Some(%s),theme:%s,text_scale:%s,auto_lock_minutes:10)"}\n' "$1" "$2" "${3:-$SCALE}" > "$work/cfg/app.ron"
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

focus() {
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    sleep 0.3
}

nav() { # nav N: the N-th item of the navigation (1 = Welkom), with Ctrl+N at any text size
    xdotool key --window "$WID" "ctrl+$1" 2>/dev/null
    sleep 0.8
}

take_questionnaire() {
    focus
    # A fixed, varied answer pattern: keys 1-5 pick an answer, Return moves on.
    local pattern=(${1:-4 2 5 3 1 4 4 2 3 5 1 2 4 3 5 2 4 1 3 4 5 2 2 4 3 1 5 4 2 3 4 1 5 3 2 4 3 2 4 5 1 3 4 2 5 3 1 4})
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
    for screen in welcome onboarding tactics journal settings; do
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

# The vault and the journal: a vault made with the CLI, dilemmas captured while it was locked,
# then unlocked with the keyboard as a user would.
PASS="zonnepaneel-kastanje-fiets-regenjas"
RUIMTE_PASSPHRASE=$PASS "$BIN" --data-dir "$work/data" init > /dev/null
add() { printf '%s' "$2" | "$BIN" --data-dir "$work/data" add --title "$1" "${@:3}" > /dev/null; }
add "Subsidieregeling die niet werkt" "De wethouder wil de regeling doorzetten, terwijl bijna niemand er gebruik van maakt." --tactic traineren --tactic loyale-tegenspraak --tag subsidie
add "Bewonersinitiatief buiten de prioriteitswijken" "Een groep bewoners wil een eigen warmtenet, buiten de wijken die het college koos." --tactic groeipad-initiatieven --tactic belangen-zoeken --tag wijk
add "Straat open zonder afstemming" "Openbare ruimte graaft de straat open zonder rekening te houden met het warmtenet." --tactic koppel-opgaven --tactic interne-coalities

# "Needs your attention" first, in a vault of its own: captures waiting for adoption, a record
# nobody sealed, one that went missing and one that cannot be read, at text size 1.0 and 2.0.
attn=$work/attention
addto() { printf '%s' "$3" | "$BIN" --data-dir "$1" add --title "$2" > /dev/null; }
RUIMTE_PASSPHRASE=$PASS "$BIN" --data-dir "$attn" init > /dev/null
addto "$attn" "Eerder bewaard" "Dit dilemma was al verzegeld en is daarna verdwenen."
RUIMTE_PASSPHRASE=$PASS "$BIN" --data-dir "$attn" adopt --all > /dev/null
sealed=$(ls "$attn/records")
addto "$attn" "Onbekende herkomst" "Zonder zegel in de map gezet."
forged=$(ls "$attn/inbox")
mv "$attn/inbox/$forged" "$attn/records/$forged"
rm "$attn/records/$sealed"
printf 'geen age-bestand' > "$attn/records/01J0000000000000000000BAD0.age"
addto "$attn" "Raadsvraag over het warmtenet" "Vastgelegd in de trein, nog niet ontgrendeld."
addto "$attn" "Oefening: Amerdoorn" "Een oefening van het inwerkpad."
for scale in 1.0 2.0; do
    settings Nl Light "$scale"
    start_app --screen journal --data-dir "$attn"
    focus
    xdotool type --window "$WID" --delay 15 "$PASS" 2>/dev/null
    xdotool key --window "$WID" Return 2>/dev/null
    sleep 4
    shot "nl-journal-attention-$scale"
    stop_app
done
# The list below: the captures of the main vault kept, as a user would after unlocking.
RUIMTE_PASSPHRASE=$PASS "$BIN" --data-dir "$work/data" adopt --all > /dev/null
for variant in "Nl Light nl" "En Dark en"; do
    read -r lang theme tag <<< "$variant"
    settings "$lang" "$theme"
    start_app --screen journal
    shot "$tag-journal-locked"
    focus
    xdotool type --window "$WID" --delay 15 "$PASS" 2>/dev/null
    xdotool key --window "$WID" Return 2>/dev/null
    sleep 4
    shot "$tag-journal-list"
    xdotool mousemove --window "$WID" 600 262 click 1 2>/dev/null
    shot "$tag-journal-entry"
    scroll_down 10
    shot "$tag-journal-entry-prompts"
    nav 5
    shot "$tag-tactics-repertoire-map"
    nav 7
    shot "$tag-shared-wizard"
    # Two takes of the questionnaire, kept in the vault: the profile shows the history.
    nav 3
    take_questionnaire
    nav 3
    for _ in $(seq 1 48); do xdotool key --window "$WID" Left 2>/dev/null; done
    take_questionnaire "2 4 1 3 5 2 2 4 3 1 5 4 2 3 1 4 2 5 3 2 1 4 4 2 3 5 1 2 4 3 2 5 1 3 4 2 3 4 2 1 5 2 3 1 4 2 5 3"
    scroll_down 40
    shot "$tag-profile-history"
    stop_app
done
start_app --screen journal --data-dir "$work/fresh"
focus
xdotool type --window "$WID" --delay 15 "welkom123" 2>/dev/null
shot nl-vault-create-weak
stop_app

# A broken questionnaire in the user's folder: the error panel names file and line.
settings Nl Light
mkdir -p "$work/cfg/questionnaires"
printf 'Questionnaire(\n    id: "kapot",\n    items: [,]\n)\n' > "$work/cfg/questionnaires/kapot.ron"
start_app --screen questionnaire
shot nl-questionnaire-broken-file
stop_app
