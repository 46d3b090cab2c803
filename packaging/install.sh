#!/bin/sh
# Installs Ambtelijke Ruimte for you alone, without administrator rights, from the unpacked
# .tar.gz: the program to ~/.local/bin, the menu entry, icons and software-centre metadata to
# ~/.local/share, where desktops notice them by themselves. Your journal and settings are
# never touched, not even by --uninstall.
#
#   ./install.sh               install (or update)
#   ./install.sh --uninstall   remove what install.sh put there
#
# PREFIX=/some/folder ./install.sh installs under that folder instead of ~/.local.
set -eu

id=nl.ambtelijkeruimte.AmbtelijkeRuimte
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-${HOME:?install.sh: HOME is not set}/.local}
bin=$prefix/bin
share=$prefix/share
sizes="16 32 48 64 128 256 512"

files() {
    echo "$bin/ruimte"
    echo "$share/applications/$id.desktop"
    echo "$share/metainfo/$id.metainfo.xml"
    echo "$share/icons/hicolor/scalable/apps/$id.svg"
    for s in $sizes; do
        echo "$share/icons/hicolor/${s}x${s}/apps/$id.png"
    done
}

if [ "${1:-}" = "--uninstall" ]; then
    files | while read -r f; do rm -f "$f"; done
    echo "install.sh: removed Ambtelijke Ruimte from $prefix (your journal and settings stay)"
    exit 0
elif [ $# -gt 0 ]; then
    echo "install.sh: unknown argument $1 (use --uninstall, or nothing)" >&2
    exit 2
fi

case $bin in
    *[\"\`\$\\]*)
        echo "install.sh: cannot write a menu entry for a path with \" \` \$ or \\ in it: $bin" >&2
        exit 1 ;;
esac

install -D -m 755 "$here/ruimte" "$bin/ruimte"
install -D -m 644 "$here/share/metainfo/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -D -m 644 "$here/share/icons/hicolor/scalable/apps/$id.svg" \
    "$share/icons/hicolor/scalable/apps/$id.svg"
for s in $sizes; do
    install -D -m 644 "$here/share/icons/hicolor/${s}x${s}/apps/$id.png" \
        "$share/icons/hicolor/${s}x${s}/apps/$id.png"
done
# The menu starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
mkdir -p "$share/applications"
bin_sed=$(printf '%s' "$bin" | sed 's/[&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$bin_sed/ruimte\"|" "$here/share/applications/$id.desktop" \
    > "$share/applications/$id.desktop"
chmod 644 "$share/applications/$id.desktop"
echo "install.sh: installed $bin/ruimte; the menu lists it as Ambtelijke Ruimte"
case ":${PATH:-}:" in
    *":$bin:"*) ;;
    *) echo "install.sh: to run 'ruimte' in a terminal, add $bin to your PATH" ;;
esac
