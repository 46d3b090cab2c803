#!/usr/bin/env bash
# Builds the Linux packages into dist/:
#   ambtelijke-ruimte_<version>_<arch>.deb          with cargo-deb, from [package.metadata.deb]
#   ambtelijke-ruimte-<version>-<machine>-linux.tar.gz  the same binary, the desktop entry,
#                                                   icons, metainfo, README and install.sh
# Builds the release binary once (a few minutes from scratch) and installs cargo-deb if it is
# missing. Needs dpkg-deb (any Debian or Ubuntu). docs/PLATFORMS.md says more.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}

id=nl.ambtelijkeruimte.AmbtelijkeRuimte
name=ambtelijke-ruimte
version=$(cargo pkgid | sed 's/.*[#@]//')
arch=$(dpkg --print-architecture)
machine=$(uname -m)
deb=dist/${name}_${version}_${arch}.deb
tarball=dist/${name}-${version}-${machine}-linux.tar.gz

if ! cargo deb --version >/dev/null 2>&1; then
    echo "package: installing cargo-deb"
    cargo install cargo-deb --locked --version '^3.8'
fi

echo "package: building the release binary"
cargo build --release --locked --bin ruimte
mkdir -p dist
echo "package: $deb"
# --no-build: the binary just built; cargo-deb strips its symbols into the package.
cargo deb --no-build --locked --output "$deb"

echo "package: $tarball"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tarball takes its binary from the .deb, so both hold the same stripped program.
dpkg-deb -x "$deb" "$work/deb"
dir=$work/${name}-${version}
mkdir -p "$dir/share/applications" "$dir/share/metainfo" "$dir/share/icons"
cp "$work/deb/usr/bin/ruimte" "$dir/ruimte"
cp packaging/install.sh README.md "$dir/"
cp "packaging/$id.desktop" "$dir/share/applications/"
cp "packaging/$id.metainfo.xml" "$dir/share/metainfo/"
cp -r packaging/icons/hicolor "$dir/share/icons/"
chmod 755 "$dir/ruimte" "$dir/install.sh"
tar -C "$work" --owner=0 --group=0 --numeric-owner -czf "$tarball" "${name}-${version}"

"$dir/ruimte" --version >/dev/null
ls -l "$deb" "$tarball"
