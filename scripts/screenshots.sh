#!/usr/bin/env bash
# Runs the real `ruimte` binary under Xvfb and saves a PNG of every screen in four variants:
# Dutch and English, light and dark. Named <lang>-<theme>-<screen>.png, for example
# nl-light-journal-list.png. With SCALE=2.0 (text size 2.0) the same set goes into the same
# folder with a "-2.0" suffix: nl-light-journal-list-2.0.png.
#
#   scripts/screenshots.sh [OUT_DIR]        default OUT_DIR: target/screenshots
#   BIN=path/to/ruimte scripts/screenshots.sh
#   SCALE=2.0 scripts/screenshots.sh OUT     every screen at text size 2.0
#   VARIANTS="nl-light en-dark" scripts/screenshots.sh   only these variants
#   COLORS=256 scripts/screenshots.sh docs/screenshots     as committed: a 256-colour palette
#
# Everything is reached with the keyboard, never with fixed pixel positions, so the run holds
# at any text size: `--screen NAME` opens a screen, Ctrl+1..Ctrl+8 the navigation's items,
# Tab and Shift+Tab move the focus (the navigation holds nine buttons before a page's own
# widgets), Return presses the focused button. The data is made with the CLI (init, add,
# adopt, export, delete) before the window opens. The app's own file picker stands in for the
# platform's dialog (RUIMTE_FILE_DIALOG=egui), as there is no portal under Xvfb.
#
# Needs: xvfb xauth imagemagick xdotool jq (see README). Touches no real user folder.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/screenshots}
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/debug/ruimte}
SCALE=${SCALE:-1.0}
VARIANTS=${VARIANTS:-nl-light nl-dark en-light en-dark}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
[ -x "$BIN" ] || { echo "screenshots: no binary at $BIN (run cargo build first)" >&2; exit 1; }
BIN=$(realpath "$BIN")
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
SUFFIX=""
[ "$SCALE" = "1.0" ] || SUFFIX="-$SCALE"
work=$(mktemp -d)
APP=0
trap '[ "$APP" = 0 ] || kill -9 "$APP" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export RUIMTE_FILE_DIALOG=egui
mkdir -p "$HOME/Documents/Coaching" "$HOME/Documents/Werkmap RES" "$work/cfg" "$work/data"
PASS="zonnepaneel-kastanje-fiets-regenjas"
TAG=""   # <lang>-<theme> of the variant being shot

# settings LANG THEME [SCALE]: what eframe's storage would hold after the user chose them.
settings() {
    LOOK=("$@")
    printf '{"settings":"(lang:Some(%s),theme:%s,text_scale:%s,auto_lock_minutes:30)"}\n' "$1" "$2" "${3:-$SCALE}" > "$work/cfg/app.ron"
}

start_app() {
    # The settings as chosen, without the window size eframe saved on the last run: at text
    # size 2.0 it comes back at half the size (saved in points, restored in pixels).
    settings "${LOOK[@]}"
    WID=""
    for _try in 1 2 3; do # a loaded X server now and then refuses a connection: try again
        "$BIN" --config-dir "$work/cfg" --data-dir "$work/data" "$@" > "$work/app.log" 2>&1 &
        APP=$!
        for _ in $(seq 1 150); do
            WID=$(xdotool search --name '^Ambtelijke Ruimte$' 2>/dev/null | head -1 || true)
            [ -n "$WID" ] && break
            kill -0 "$APP" 2>/dev/null || break
            sleep 0.2
        done
        [ -n "$WID" ] && break
        sleep 1
    done
    [ -n "$WID" ] || { echo "screenshots: the window did not appear" >&2; cat "$work/app.log" >&2; exit 1; }
    sleep 2
    focus
}

stop_app() { # SIGTERM ends the process at once, as a crash would: drafts stay on disk
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=0
    sleep 0.3
}

shot() { # the pointer rests on the navigation's top edge, so no tooltip or hover shows
    xdotool mousemove --window "$WID" 60 2 2>/dev/null || true
    sleep "${2:-0.8}"
    import -window "$WID" "$OUT/$TAG-$1$SUFFIX.png"
    if [ -n "${COLORS:-}" ]; then # a palette of COLORS colours keeps docs/screenshots small
        convert "$OUT/$TAG-$1$SUFFIX.png" +dither -colors "$COLORS" "$OUT/$TAG-$1$SUFFIX.png"
    fi
    echo "$OUT/$TAG-$1$SUFFIX.png"
}

scroll_down() {
    xdotool mousemove --window "$WID" 800 450
    xdotool click --repeat "$1" --delay 40 5
}

focus() {
    xdotool windowfocus --sync "$WID" 2>/dev/null || true
    sleep 0.3
}

key() { # key KEY...: each key in turn
    for k in "$@"; do
        xdotool key --window "$WID" "$k" 2>/dev/null
        sleep 0.12
    done
}

tabs() { # tabs N: move the focus N widgets on (Tab from nothing focuses the first widget)
    for _ in $(seq 1 "$1"); do
        xdotool key --window "$WID" Tab 2>/dev/null
        sleep 0.08
    done
    sleep 0.2
}

page() { # page N: drop the focus, then Tab past the navigation's nine buttons to the page's N-th widget
    key Escape
    tabs $((9 + $1))
}

page_here() { # page_here N: like page, without Escape (which would close an open entry)
    tabs $((9 + $1))
}

last() { # last [N]: drop the focus, then Shift+Tab N times (1 = the page's last widget)
    key Escape
    for _ in $(seq 1 "${1:-1}"); do
        xdotool key --window "$WID" shift+Tab 2>/dev/null
        sleep 0.1
    done
    sleep 0.2
}

typed() { # typed TEXT: types into the focused field
    xdotool type --window "$WID" --delay 15 "$1" 2>/dev/null
    sleep 0.2
}

nav() { # nav N: the N-th item of the navigation (1 = Welkom), with Ctrl+N at any text size
    xdotool key --window "$WID" "ctrl+$1" 2>/dev/null
    sleep 0.8
}

settle() { # settle [SECONDS]: wait until the window stops changing (a spinner keeps it moving)
    local prev="" cur
    sleep 1
    for _ in $(seq 1 $((${1:-30} * 2))); do
        cur=$(import -window "$WID" -resize 20% ppm:- 2>/dev/null | md5sum)
        [ "$cur" = "$prev" ] && return 0
        prev=$cur
        sleep 0.5
    done
}

unlock() { # the lock screen focuses its passphrase field by itself
    typed "$PASS"
    key Return
    settle
}

answer() { # answer KEYS...: keys 1-5 pick an answer, Return moves on
    for k in "$@"; do
        xdotool key --window "$WID" "$k" 2>/dev/null
        sleep 0.08
        xdotool key --window "$WID" Return 2>/dev/null
        sleep 0.08
    done
}

take_questionnaire() {
    # A fixed, varied answer pattern (45 items and a few spare).
    # shellcheck disable=SC2206
    local pattern=(${1:-4 2 5 3 1 4 4 2 3 5 1 2 4 3 5 2 4 1 3 4 5 2 2 4 3 1 5 4 2 3 4 1 5 3 2 4 3 2 4 5 1 3 4 2 5 3 1 4})
    answer "${pattern[@]}"
}

cli() { RUIMTE_PASSPHRASE=$PASS "$BIN" --config-dir "$work/cfg" "$@"; }
add() { printf '%s' "$2" | cli --data-dir "$work/data" add --title "$1" "${@:3}" > /dev/null; }
addto() { printf '%s' "$3" | cli --data-dir "$1" add --title "$2" > /dev/null; }
id_of() { cli --data-dir "$1" list --json | jq -r --arg t "$2" '.. | objects | select(.title? == $t) | .id' | head -1; }

# ---------------------------------------------------------------------------------------------
# The data, made once with the CLI.

# The journal: three dilemmas (one with tactics that stretch the ethics, so its boundary
# prompts turn prominent), and one more that goes to the trash.
cli --data-dir "$work/data" init > /dev/null
add "Subsidieregeling die niet werkt" "De wethouder wil de regeling doorzetten, terwijl bijna niemand er gebruik van maakt." --tactic traineren --tactic loyale-tegenspraak --tag subsidie
add "Bewonersinitiatief buiten de prioriteitswijken" "Een groep bewoners wil een eigen warmtenet, buiten de wijken die het college koos." --tactic groeipad-initiatieven --tactic belangen-zoeken --tag wijk
add "Straat open zonder afstemming" "Openbare ruimte graaft de straat open zonder rekening te houden met het warmtenet." --tactic koppel-opgaven --tactic interne-coalities
add "Oude notitie over de RES" "Een aantekening die niet meer nodig is." --tag res
cli --data-dir "$work/data" adopt --all > /dev/null
cli --data-dir "$work/data" delete "$(id_of "$work/data" "Oude notitie over de RES")" > /dev/null

# A coach without a journal: only a coach key, and a summary exported to it (which leaves a
# receipt in the journal's vault).
coach=$work/coach
cli --data-dir "$coach/coach-key" --config-dir "$work/cfg/coach-key" init > /dev/null
recipient=$(grep -o 'age1[0-9a-z]*' "$coach/coach-key/vault.ron" | head -1)
cli --data-dir "$work/data" export --all --coach "Marieke de Boer" \
    --purpose "Voorbereiding van ons coachgesprek" --delete-after 2027-03-01 \
    --redact Amerdoorn --to "$recipient" -o "$work/samenvatting-sanne.md.age" > /dev/null
# What the file picker lists: a few folders and files in the documents folder.
cp "$work/samenvatting-sanne.md.age" "$HOME/Documents/Coaching/"
cp "$work/samenvatting-sanne.md.age" "$HOME/Documents/samenvatting-sanne-november.md.age"
printf 'notitie' > "$HOME/Documents/agenda-stuurgroep.txt"

# "Needs your attention", in a vault of its own: captures waiting for adoption, a record
# nobody sealed, one that went missing and one that cannot be read.
attn=$work/attention
cli --data-dir "$attn" init > /dev/null
addto "$attn" "Eerder bewaard" "Dit dilemma was al verzegeld en is daarna verdwenen."
cli --data-dir "$attn" adopt --all > /dev/null
sealed=$(ls "$attn/records")
addto "$attn" "Onbekende herkomst" "Zonder zegel in de map gezet."
forged=$(ls "$attn/inbox")
mv "$attn/inbox/$forged" "$attn/records/$forged"
rm "$attn/records/$sealed"
printf 'geen age-bestand' > "$attn/records/01J0000000000000000000BAD0.age"
addto "$attn" "Raadsvraag over het warmtenet" "Vastgelegd in de trein, nog niet ontgrendeld."
addto "$attn" "Oefening: Amerdoorn" "Een oefening van het inwerkpad."

# A vault whose app was killed while an entry was being edited: its draft is offered back.
crash=$work/crash
cli --data-dir "$crash" init > /dev/null
addto "$crash" "Warmtevisie en de wijkaanpak" "De planning van de wijkaanpak schuift weer op."
cli --data-dir "$crash" adopt --all > /dev/null

# ---------------------------------------------------------------------------------------------
# Made once in the window: an earlier version of an entry, and a draft left by a crash.
TAG=prep
settings Nl Light
open_oldest_entry() { # the list's last row is the oldest dilemma
    last
    key Return
    sleep 1
}
start_app --screen journal
unlock
open_oldest_entry
page_here 5   # Back, Save, Earlier versions, Delete, then the title
key End
typed " (herzien)"
key ctrl+s
sleep 2
stop_app

start_app --screen journal --data-dir "$crash"
unlock
open_oldest_entry
page_here 5
key End
typed " (nog niet opgeslagen)"
sleep 6    # the draft is written three seconds after the last change
kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=0

# ---------------------------------------------------------------------------------------------
for variant in $VARIANTS; do
    TAG=$variant
    lang=${variant%-*}; theme=${variant#*-}
    Lang=${lang^}; Theme=${theme^}
    settings "$Lang" "$Theme"

    # Screens that need no vault.
    start_app --screen welcome --data-dir "$work/none"
    shot welcome
    scroll_down 12
    shot welcome-2
    nav 2
    shot onboarding-tour
    page 2         # the tab "Oefeningen" (cases)
    key Return
    shot onboarding-case
    nav 5
    shot tactics
    stop_app
    start_app --screen tactic:loyale-tegenspraak --data-dir "$work/none"
    shot tactic
    stop_app
    start_app --screen settings --data-dir "$work/none"
    shot settings
    stop_app

    start_app --screen questionnaire --data-dir "$work/none"
    shot questionnaire-statement
    answer 4 2 5 3
    shot questionnaire-situation
    key Left Left Left Left Left
    take_questionnaire
    sleep 1
    shot profile
    page 1         # Print / PDF
    key Return
    shot profile-print-form
    scroll_down 8
    shot profile-figures
    scroll_down 12
    shot profile-more
    stop_app

    # The first start: the tour, and creating a vault ends on the recovery code.
    # A folder of its own per variant: a new vault where the config remembers another one
    # would (rightly) be flagged under "Needs your attention".
    start_app --screen journal --data-dir "$work/fresh-$variant"
    shot journal-create
    page 1
    typed "$PASS"
    key Tab
    typed "$PASS"
    sleep 0.5
    shot journal-create-filled
    last           # Create vault is the last widget of the page
    key Return
    settle 60
    shot recovery-code
    stop_app

    # The journal.
    start_app --screen journal
    shot journal-locked
    unlock
    shot journal-list
    open_oldest_entry
    shot journal-entry
    scroll_down 10
    shot journal-entry-prompts
    page_here 3    # Earlier versions
    key Return
    shot journal-entry-versions
    key Escape Escape
    nav 5
    shot tactics-repertoire-map
    nav 6
    page 3         # Trash
    key Return
    shot journal-trash

    # Sharing: the wizard's three steps, the receipts, the coach tab.
    nav 7
    shot shared-wizard-choose
    page 5         # Select all found
    key Return
    shot shared-wizard-chosen
    last           # Next
    key Return
    page 4         # the words to blank out
    typed "wethouder, warmtenet"
    shot shared-wizard-redact
    last
    key Return
    page 4         # the coach's name, the purpose
    typed "Marieke de Boer"
    key Tab
    typed "Voorbereiding van ons coachgesprek"
    shot shared-wizard-consent
    scroll_down 10
    shot shared-wizard-consent-2
    nav 7
    page 2         # What I shared
    key Return
    shot shared-receipts
    nav 7
    page 3         # Coach
    key Return
    shot shared-coach-tab

    # Two takes of the questionnaire kept in the vault: the profile shows the history.
    nav 3
    take_questionnaire
    nav 3
    for _ in $(seq 1 48); do xdotool key --window "$WID" Left 2>/dev/null; done
    take_questionnaire "2 4 1 3 5 2 2 4 3 1 5 4 2 3 1 4 2 5 3 2 1 4 4 2 3 5 1 2 4 3 2 5 1 3 4 2 3 4 2 1 5 2 3 1 4 2 5 3"
    sleep 1
    scroll_down 40
    shot profile-history
    stop_app

    # What needs attention after unlocking another vault.
    start_app --screen journal --data-dir "$attn"
    unlock
    shot journal-attention
    stop_app

    # After a crash: the unsaved edit is offered back.
    start_app --screen journal --data-dir "$crash"
    unlock
    shot journal-drafts-offer
    stop_app

    # The coach, without a journal: unlock the coach key, open a summary, see the inbox.
    rm -rf "$coach/coach-inbox"   # each variant opens the summary afresh
    start_app --screen shared --data-dir "$coach"
    shot coach-locked
    page 2         # the coach key's passphrase
    typed "$PASS"
    key Return
    settle
    shot coach-key
    page 4         # Copy, the path of the summary, Browse…
    key Return
    shot file-picker
    key Escape
    sleep 0.5
    page 3         # the path of the summary
    typed "$work/samenvatting-sanne.md.age"
    key Tab Tab    # Browse…, the sender's name
    typed "Sanne"
    key Tab Return # Open
    settle
    shot coach-summary
    scroll_down 10
    shot coach-summary-2
    scroll_down 20
    shot coach-summary-3
    stop_app
done
