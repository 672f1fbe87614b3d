#!/usr/bin/env bash
# Builds a .deb from the one-folder bundle (make bundle): the program in /opt/wijkinfo, a
# `wijkinfo` command, the desktop entry, AppStream metainfo and the icons.
#   installer/linux/build_deb.sh BUNDLE_DIR OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:?bundle folder (dist/wijkinfo)}
out=${2:?output folder}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml")
arch=$(dpkg --print-architecture)
pkg=$(mktemp -d)
trap 'rm -rf "$pkg"' EXIT
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/metainfo"
cp -a "$bundle" "$pkg/opt/wijkinfo"
ln -s /opt/wijkinfo/wijkinfo "$pkg/usr/bin/wijkinfo"
install -m 644 "$here/nl.wijkinfo.Wijkinfo.desktop" "$pkg/usr/share/applications/"
install -m 644 "$here/nl.wijkinfo.Wijkinfo.metainfo.xml" "$pkg/usr/share/metainfo/"
for png in "$root"/resources/icons/wijkinfo-*.png; do
  size=$(basename "$png" .png); size=${size#wijkinfo-}
  mkdir -p "$pkg/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$png" "$pkg/usr/share/icons/hicolor/${size}x${size}/apps/wijkinfo.png"
done
mkdir -p "$pkg/usr/share/icons/hicolor/scalable/apps"
install -m 644 "$root/resources/icons/wijkinfo.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/wijkinfo.svg"
size_kb=$(du -sk "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: wijkinfo
Version: $version
Architecture: $arch
Maintainer: wijkinfo <wijkinfo@example.org>
Installed-Size: $size_kb
Depends: libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Section: misc
Priority: optional
Description: Sociale kaart, verwijsbrieven en signalen voor het wijkinformatiepunt
 Volunteers at a neighbourhood information point look up local services, print
 referral sheets, tally contacts and log signals. Works offline.
CONTROL
mkdir -p "$out"
deb="$out/wijkinfo_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zgzip --build "$pkg" "$deb" >/dev/null
echo "$deb"
