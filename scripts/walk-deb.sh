#!/usr/bin/env bash
# Walks the Linux packages end to end on a fresh Debian 12, as the people they are for would:
# installs the .deb into a minimal debootstrap root, checks that its Depends bring every
# library the window opens (also the ones winit and glutin dlopen, which ldd cannot see),
# that the menu entry and icons land where desktops look, starts the app from its menu entry,
# and then, on the INSTALLED binary under Xvfb, keyboard-driven with xdotool:
#   a civil servant (user anne) creates a vault, writes a dilemma, takes the questionnaire and
#   prints her profile to PDF; a coach (user marieke, a HOME of her own) makes a coach key and
#   hands out its public part; anne exports a summary to it through the share wizard; the
#   coach opens it rendered in the app and prints it to PDF. pdftotext checks both PDFs.
# Then the .tar.gz as a third user (piet), following the README's "Install" literally.
#
# NOT RUN BY CI: it needs root (debootstrap, chroot, mounts), network access to
# deb.debian.org and several minutes. Run it by hand before a release:
#
#   scripts/package.sh && sudo scripts/walk-deb.sh            the newest packages in dist/
#   sudo scripts/walk-deb.sh DEB TARBALL                       these packages
#
#   WALK_DIR=/tmp/debwalk   where the roots and the screenshots go (shots/ is kept)
#   WALK_DISPLAY=25         the Xvfb display number inside the root
#   SUITE=bookworm MIRROR=http://deb.debian.org/debian
#
# The debootstrapped base is kept in $WALK_DIR/base and copied for every run, so a second run
# skips the download; `rm -rf $WALK_DIR/base` starts from scratch. Every step prints what it
# checks; the first failure stops the walk with "walk-deb: …" and exit 1. Screenshots land in
# $WALK_DIR/shots (look at them: a window that opens can still be empty).
set -euo pipefail

id=nl.ambtelijkeruimte.AmbtelijkeRuimte
# ---------------------------------------------------------------------------------------------
# Inside the root, as a user: the walk in the window. Called by the outer part below as
# `walk-deb.sh --inside PHASE` with DISPLAY set; everything here runs the installed program.
if [ "${1:-}" = "--inside" ]; then
    phase=$2
    SHOTS=/walk/shots
    PASS="zonnepaneel-kastanje-fiets-regenjas"
    COACH_PASS="lindeboom-veerpont-kompas-winterjas"
    export RUIMTE_FILE_DIALOG=egui   # no portal under Xvfb: the app's own picker
    WID=""
    die() {
        echo "walk-deb: $phase: $*" >&2
        [ -z "$WID" ] || import -window "$WID" "$SHOTS/failed-$phase.png" 2>/dev/null || true
        exit 1
    }
    APP=0
    trap '[ "$APP" = 0 ] || kill "$APP" 2>/dev/null || true' EXIT

    window() { # waits for the window of the program started as $APP
        WID=""
        for _ in $(seq 1 150); do
            WID=$(xdotool search --name '^Ambtelijke Ruimte$' 2>/dev/null | head -1 || true)
            [ -n "$WID" ] && break
            [ "$APP" = 0 ] || kill -0 "$APP" 2>/dev/null || break
            sleep 0.2
        done
        [ -n "$WID" ] || return 1
        sleep 2
        xdotool windowfocus --sync "$WID" 2>/dev/null || true
        sleep 0.3
    }
    start() { # a loaded X server now and then refuses a connection: try again
        for _try in 1 2 3; do
            ruimte "$@" > "$HOME/app.log" 2>&1 &
            APP=$!
            window && return 0
            stop
            sleep 1
        done
        cat "$HOME/app.log" >&2
        die "the window did not appear"
    }
    stop() { # (never `kill 0`: that is the whole process group)
        [ "$APP" = 0 ] || { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; }
        APP=0
        sleep 0.3
    }
    quit() { # Ctrl+Q, as a user closes it; the window must go
        xdotool key --window "$WID" ctrl+q
        for _ in $(seq 1 50); do
            xdotool search --name '^Ambtelijke Ruimte$' > /dev/null 2>&1 || return 0
            sleep 0.2
        done
        die "Ctrl+Q did not close the window"
    }
    shot() {
        xdotool mousemove --window "$WID" 60 2 2>/dev/null || true
        sleep "${2:-0.8}"
        import -window "$WID" "$SHOTS/$1.png"
        echo "walk-deb: $phase: screenshot $SHOTS/$1.png"
    }
    key() { for k in "$@"; do xdotool key --window "$WID" "$k"; sleep 0.15; done; }
    tabs() { for _ in $(seq 1 "$1"); do xdotool key --window "$WID" Tab; sleep 0.08; done; sleep 0.2; }
    page() { key Escape; tabs $((9 + $1)); }   # the navigation holds nine buttons
    last() { key Escape; for _ in $(seq 1 "${1:-1}"); do xdotool key --window "$WID" shift+Tab; sleep 0.1; done; sleep 0.2; }
    # xdotool reads the text in the locale's encoding: C.UTF-8 is in every glibc. A letter
    # outside the keyboard map (ö, ë) is typed by remapping a spare key, which races with the
    # key press: such letters go one at a time, slowly, or some are lost.
    typed() {
        local text=$1 run="" c i
        export LC_ALL=C.UTF-8
        for ((i = 0; i < ${#text}; i++)); do
            c=${text:i:1}
            if [[ $c == [[:ascii:]] ]]; then run+=$c; continue; fi
            [ -z "$run" ] || xdotool type --window "$WID" --delay 20 "$run"
            run=""
            sleep 0.3
            xdotool type --window "$WID" --delay 250 "$c"
            sleep 0.5
        done
        [ -z "$run" ] || xdotool type --window "$WID" --delay 20 "$run"
        unset LC_ALL
        sleep 0.3
    }
    scroll() { xdotool mousemove --window "$WID" 700 450 click --repeat "$1" --delay 40 5; sleep 0.5; }
    nav() { xdotool key --window "$WID" "ctrl+$1"; sleep 1; }
    settle() { # waits until the window stops changing
        local prev="" cur
        sleep 1
        for _ in $(seq 1 $((${1:-30} * 2))); do
            cur=$(import -window "$WID" -resize 20% ppm:- 2>/dev/null | md5sum)
            [ "$cur" = "$prev" ] && return 0
            prev=$cur
            sleep 0.5
        done
    }
    wait_file() { # wait_file PATH SECONDS
        for _ in $(seq 1 $(($2 * 5))); do [ -s "$1" ] && return 0; sleep 0.2; done
        die "no $1 after $2 s"
    }

    case $phase in
    menu) # started the way the menu starts it: from the desktop entry
        dex "/usr/share/applications/$id.desktop" > "$HOME/app.log" 2>&1 &
        APP=0
        window || { cat "$HOME/app.log" >&2; die "the window did not appear"; }
        shot 10-started-from-menu
        quit
        ;;
    anne)
        start --screen journal
        shot 20-journal-create
        page 1
        typed "$PASS"
        key Tab
        typed "$PASS"
        shot 21-journal-create-filled
        last
        key Return
        settle 60
        shot 22-recovery-code
        page 3         # Copy, Print / PDF, then "I have written the code down"
        key space
        tabs 1         # Next
        key Return
        settle
        shot 23-journal-empty
        page 1         # New dilemma
        key Return
        sleep 1
        tabs 11        # (no Escape: it closes the entry) Back, then the title (Save waits for one)
        typed "Warmtenet en de planning van de wijkaanpak"
        tabs 6         # date, calendar, three statuses, then the dilemma
        # (xdotool drops the second of two identical accented letters in a row: no "één")
        typed "De wethouder wil de wijk deze zomer aansluiten; de coördinatie met Openbare Ruimte ontbreekt en de ideeën van bewoners wachten."
        key ctrl+s
        settle
        shot 24-entry-saved
        key Escape Escape   # the field lets go, then the entry closes
        sleep 0.5
        shot 25-journal-list
        # The questionnaire, kept in the vault, then the profile printed to PDF.
        nav 3
        for k in 4 2 5 3 1 4 4 2 3 5 1 2 4 3 5 2 4 1 3 4 5 2 2 4 3 1 5 4 2 3 4 1 5 3 2 4 3 2 4 5 1 3 4 2 5 3 1 4; do
            xdotool key --window "$WID" "$k" Return
            sleep 0.1
        done
        settle
        shot 26-profile
        page 1         # Print / PDF
        key Return
        sleep 0.5
        shot 27-profile-print-form
        page 3         # the path, Browse…, Make PDF
        key Return
        wait_file "$HOME/profiel.pdf" 30
        settle
        shot 28-profile-printed
        ;;
    coach-key) # the coach: no journal, only a coach key
        start --screen shared
        shot 30-coach-start
        page 2         # Journal, then the passphrase
        typed "$COACH_PASS"
        key Tab
        typed "$COACH_PASS"
        page 4         # Make the coach key
        key Return
        settle 60
        shot 31-coach-key-made
        # The public part, handed to the coachee (by e-mail, say): what the key card shows.
        grep -o 'age1[0-9a-z]*' "$HOME/.local/share/ambtelijke-ruimte/coach-key/vault.ron" | head -1 \
            > /srv/post/marieke.pub
        [ -s /srv/post/marieke.pub ] || die "no public coach key"
        ;;
    export) # anne shares a summary with her coach through the wizard
        start --screen journal
        typed "$PASS"  # the lock screen focuses its passphrase field
        key Return
        settle
        nav 7
        shot 40-shared
        page 5         # Select all found
        key Return
        shot 41-wizard-chosen
        last           # Next
        key Return
        page 4         # the words to blank out
        typed "Openbare Ruimte"
        shot 42-wizard-redact
        last
        key Return
        page 4         # the coach's name, the purpose
        typed "Marieke de Boer"
        key Tab
        typed "Voorbereiding van ons coachgesprek"
        last 5         # the coach's key (from the end: Back, tick, Browse…, path, key)
        typed "$(cat /srv/post/marieke.pub)"
        # The file goes where the wizard proposes: the documents folder, else home.
        last 2         # "I share exactly this preview"
        key space
        shot 43-wizard-consent
        last           # Export
        key Return
        wait_file "$HOME/samenvatting-$(date +%F).md.age" 30
        settle
        shot 44-exported
        ;;
    coach-open) # the coach opens the summary, reads it rendered, and prints it
        start --screen shared
        page 2         # the coach key's passphrase
        typed "$COACH_PASS"
        key Return
        settle
        page 3         # the path of the summary
        typed "$HOME/samenvatting-anne.md.age"
        key Tab Tab    # Browse…, the sender's name
        typed "Anne"
        key Tab Return # Open
        settle
        shot 50-coach-summary
        scroll 8
        shot 50-coach-summary-rendered
        # From the page's end: Browse… and the path for feedback, the feedback on the one
        # dilemma, then (above the summary) Print / PDF.
        last 4
        key Return
        sleep 0.5
        shot 51-coach-print-form
        last 5         # now the form sits there: Make PDF, Cancel, then the summary
        key Return
        wait_file "$HOME/samenvatting.pdf" 30
        settle
        scroll 6
        shot 52-coach-printed
        ;;
    tarball) # the README's portable instructions, literally, in a home folder
        cd "$HOME"
        tarball=$(ls ambtelijke-ruimte-*-linux.tar.gz)
        dir=${tarball%-*-linux.tar.gz}
        tar -xzf "$tarball"
        "$dir/install.sh"
        "$HOME/.local/bin/ruimte" --version
        local_entry=$HOME/.local/share/applications/$id.desktop
        desktop-file-validate "$local_entry" || die "the installed entry does not validate"
        dex "$local_entry" > "$HOME/app.log" 2>&1 &
        window || { cat "$HOME/app.log" >&2; die "the window did not appear"; }
        shot 60-tarball-started-from-menu
        quit
        "$dir/install.sh" --uninstall
        [ ! -e "$HOME/.local/bin/ruimte" ] || die "--uninstall left the program"
        ;;
    *) die "unknown phase" ;;
    esac
    stop
    exit 0
fi

# ---------------------------------------------------------------------------------------------
# Outside, as root: the fresh root, the install, the checks, and the users' walks.
cd "$(dirname "$0")/.."
die() { echo "walk-deb: $*" >&2; exit 1; }
say() { echo "walk-deb: $*"; }
[ "$(id -u)" = 0 ] || die "needs root (debootstrap, chroot, mounts): sudo $0"
command -v debootstrap >/dev/null || die "needs debootstrap: apt-get install debootstrap"
DEB=$(realpath "${1:-$(ls -t dist/ambtelijke-ruimte_*_amd64.deb 2>/dev/null | head -1)}") \
    || die "no .deb: run scripts/package.sh or name one"
TARBALL=$(realpath "${2:-$(ls -t dist/ambtelijke-ruimte-*-linux.tar.gz 2>/dev/null | head -1)}") \
    || die "no .tar.gz: run scripts/package.sh or name one"
[ -f "$DEB" ] && [ -f "$TARBALL" ] || die "no such package: $DEB $TARBALL"
WALK_DIR=${WALK_DIR:-/tmp/debwalk}
D=${WALK_DISPLAY:-25}
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
BASE=$WALK_DIR/base
R=$WALK_DIR/root
SHOTS=$WALK_DIR/shots
mkdir -p "$WALK_DIR" "$SHOTS"

mounted=()
cleanup() {
    [ -z "${XVFB:-}" ] || kill "$XVFB" 2>/dev/null || true
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

if [ ! -x "$BASE/bin/sh" ]; then
    say "debootstrap $SUITE (minbase) into $BASE"
    rm -rf "$BASE"
    debootstrap --variant=minbase "$SUITE" "$BASE" "$MIRROR" > "$WALK_DIR/debootstrap.log" 2>&1 \
        || die "debootstrap failed, see $WALK_DIR/debootstrap.log"
fi
rm -rf "$R"
cp -a "$BASE" "$R"
cp /etc/resolv.conf "$R/etc/resolv.conf"
for m in proc sys dev; do
    case $m in
        proc) mount -t proc proc "$R/proc" ;;
        *) mount --rbind "/$m" "$R/$m"; mount --make-rslave "$R/$m" ;;
    esac
    mounted+=("$R/$m")
done
in_root() { chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { # as_user NAME CMD...: a login-like environment for a user of the root
    local user=$1 uid; shift
    uid=$(in_root id -u "$user")
    chroot --userspec="$uid:$uid" "$R" env -i HOME="/home/$user" USER="$user" \
        PATH=/usr/local/bin:/usr/bin:/bin LANG=nl_NL.UTF-8 DISPLAY=":$D" "$@"
}

# 1. The .deb as an administrator installs it, into a root that has no window libraries yet.
say "apt install ./$(basename "$DEB") into a fresh $SUITE"
cp "$DEB" "$R/tmp/"
in_root apt-get update -q > "$WALK_DIR/apt.log" 2>&1 || die "apt-get update failed, see $WALK_DIR/apt.log"
in_root apt-get install -y "/tmp/$(basename "$DEB")" >> "$WALK_DIR/apt.log" 2>&1 \
    || die "apt install of the .deb failed, see $WALK_DIR/apt.log"
in_root ruimte --version || die "the installed ruimte does not run"
if in_root ldd /usr/bin/ruimte | grep 'not found'; then die "ldd: libraries missing"; fi
# What winit, glutin and xkbcommon open at run time (dlopen), so ldd cannot show them.
libs=$(in_root ldconfig -p)
while read -r so package; do
    case $so in '' | '#'*) continue ;; esac
    grep -q "[[:space:]]$so (" <<< "$libs" || die "$so ($package) is not installed by the .deb"
done < packaging/runtime-libraries
# A driver behind glvnd's libEGL and libGL: Mesa, brought by the Recommends.
in_root sh -c 'ls /usr/share/glvnd/egl_vendor.d/*.json' > /dev/null \
    || die "no EGL vendor (libegl-mesa0) installed"
ls "$R"/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so > /dev/null || die "no Mesa driver (libgl1-mesa-dri)"
say "the .deb brought every library the window needs"

# 2. The menu: the entry, the icons, the caches, found by a search as a menu does.
say "installing the test's own tools (a desktop has X; the walk needs Xvfb and xdotool)"
in_root apt-get install -y --no-install-recommends xvfb xauth xdotool imagemagick poppler-utils \
    desktop-file-utils gtk-update-icon-cache appstream dex procps >> "$WALK_DIR/apt.log" 2>&1 \
    || die "installing the test tools failed, see $WALK_DIR/apt.log"
entry=/usr/share/applications/$id.desktop
in_root desktop-file-validate "$entry" || die "$entry does not validate"
exec_=$(sed -n 's/^Exec=//p' "$R$entry")
[ -x "$R/usr/bin/${exec_%% *}" ] || die "Exec=$exec_ is not an installed program in /usr/bin"
for s in 16 32 48 64 128 256 512; do
    [ -f "$R/usr/share/icons/hicolor/${s}x${s}/apps/$id.png" ] || die "no ${s}x${s} icon"
done
[ -f "$R/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || die "no scalable icon"
# On a desktop the icon cache and the desktop database already exist when the .deb arrives:
# install it again, and their dpkg triggers (interest in /usr/share/icons and
# /usr/share/applications) must run and name our icon.
rm -f "$R/usr/share/icons/hicolor/icon-theme.cache"
in_root apt-get install -y --reinstall "/tmp/$(basename "$DEB")" > "$WALK_DIR/reinstall.log" 2>&1 \
    || die "reinstalling the .deb failed, see $WALK_DIR/reinstall.log"
for pkg in hicolor-icon-theme desktop-file-utils; do # hicolor runs gtk-update-icon-cache
    grep -q "Processing triggers for $pkg" "$WALK_DIR/reinstall.log" \
        || die "installing the .deb did not trigger $pkg"
done
grep -q "$id" "$R/usr/share/icons/hicolor/icon-theme.cache" || die "the icon cache lacks $id"
in_root appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" > /dev/null \
    || die "the installed metainfo does not validate"
# A menu search: every installed entry whose name, generic name or keywords (any language)
# hold the word, the way GNOME's and KDE's launchers match.
for word in ambtelijke warmtetransitie reflectie dagboek; do
    hit=$(grep -il -E "^(Name|GenericName|Keywords)(\[[a-z]+\])?=.*$word" "$R"/usr/share/applications/*.desktop || true)
    [ "$hit" = "$R$entry" ] || die "a menu search for '$word' finds '$hit', not $entry"
done
grep -q '^Categories=Office;Education;' "$R$entry" || die "not under Office and Education"
say "the menu entry validates, names /usr/bin/$exec_, is found by its words; icon cache and desktop database triggered"

# 3. The users and their walk in the window.
in_root useradd -m -s /bin/bash anne
in_root useradd -m -s /bin/bash marieke
in_root useradd -m -s /bin/bash piet
mkdir -p "$R/walk/shots" "$R/srv/post"
chmod 1777 "$R/walk/shots" "$R/srv/post"
cp "$0" "$R/walk/walk-deb.sh"
chmod 755 "$R/walk/walk-deb.sh"
# Started directly (chroot and env exec it), so that $! is the X server itself.
chroot "$R" env -i PATH=/usr/bin:/bin Xvfb ":$D" -screen 0 1280x860x24 -nolisten tcp -ac \
    > "$WALK_DIR/xvfb.log" 2>&1 &
XVFB=$!
sleep 2
kill -0 "$XVFB" 2>/dev/null || die "Xvfb :$D did not start (another X server on it?)"
# What the program really opens at run time, as the dynamic loader reports it: every library
# it loads itself must be in packaging/runtime-libraries (the drivers behind them are Mesa's).
as_user anne timeout 8 env LD_DEBUG=files LD_DEBUG_OUTPUT=/tmp/ld-debug \
    ruimte --data-dir /tmp/ld-data --config-dir /tmp/ld-config > /dev/null 2>&1 || true
loaded=$(sed -n 's/.*file=\([^ ]*\) .*dynamically loaded by ruimte .*/\1/p' "$R"/tmp/ld-debug.* | sort -u)
[ -n "$loaded" ] || die "LD_DEBUG saw nothing opened at run time (did the window start?)"
for so in $loaded; do
    grep -q "^$so " packaging/runtime-libraries || die "ruimte opened $so, not in packaging/runtime-libraries"
done
say "at run time ruimte opened" $loaded
as_user anne /walk/walk-deb.sh --inside menu
for step in anne:anne marieke:coach-key anne:export; do
    as_user "${step%%:*}" /walk/walk-deb.sh --inside "${step#*:}"
done
# The summary reaches the coach (by e-mail, say), a file of her own.
install -o "$(in_root id -u marieke)" -m 600 "$R/home/anne/samenvatting-$(date +%F).md.age" \
    "$R/home/marieke/samenvatting-anne.md.age"
as_user marieke /walk/walk-deb.sh --inside coach-open

# 4. What the PDFs say: pdftotext finds the scores, the words and the Dutch diacritics.
pdf_has() { # pdf_has FILE PATTERN...: every pattern is in the PDF's text
    local text
    text=$(in_root pdftotext -enc UTF-8 "$1" -) || die "pdftotext cannot read $1"
    shift
    for p in "$@"; do grep -qE -- "$p" <<< "$text" || die "the PDF lacks '$p'"; done
}
pdf_has /home/anne/profiel.pdf 'Geëngageerd' 'Ondernemend' 'Activistisch' \
    '[0-9]+ ± [0-9]+' 'Ambtelijke Ruimte Bouwen'
say "the profile's PDF holds the three stances with their scores and the report's credit"
pdf_has /home/marieke/samenvatting.pdf 'Warmtenet en de planning van de wijkaanpak' \
    'coördinatie' 'ideeën van' 'Anne' 'Voorbereiding van ons coachgesprek'
if in_root pdftotext /home/marieke/samenvatting.pdf - | grep -q 'Openbare Ruimte'; then
    die "the summary's PDF holds a word anne blanked out"
fi
say "the coach's PDF holds the summary, whose it is and why, without the blanked-out words"

# 5. The .tar.gz, for one user without administrator rights.
cp "$TARBALL" "$R/home/piet/"
chown "$(in_root id -u piet):$(in_root id -g piet)" "$R/home/piet/$(basename "$TARBALL")"
as_user piet /walk/walk-deb.sh --inside tarball

cp "$R"/walk/shots/*.png "$SHOTS/"
say "done; screenshots in $SHOTS"
