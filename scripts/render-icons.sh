#!/usr/bin/env bash
# Renders the app icon's PNG sizes from its SVG into the hicolor layout under packaging/icons.
# The PNGs are committed, so building a package needs no renderer; run this after changing
# the SVG. Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
id=nl.ambtelijkeruimte.AmbtelijkeRuimte
svg=packaging/icons/hicolor/scalable/apps/$id.svg
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256 512; do
    dir=packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$dir/$id.png"
done
echo "render-icons: $(ls packaging/icons/hicolor/*/apps/$id.png | wc -l) PNGs from $svg"
