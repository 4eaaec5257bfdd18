#!/usr/bin/env bash
# Add okrdesk to the desktop's application menu, for the current user:
#   install-desktop-entry.sh [PATH/TO/okrdesk]
# It copies the icons into the hicolor theme and writes okrdesk.desktop with Exec set to the
# executable: the one given, else the frozen build this script sits in, else `okrdesk` on PATH.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
icons=$here/../icons
bundled=$here/../../../okrdesk  # dist/okrdesk/_internal/resources/linux -> dist/okrdesk/okrdesk
if [ $# -ge 1 ]; then
    exe=$(realpath "$1")
elif [ -f "$bundled" ] && [ -x "$bundled" ]; then
    exe=$(realpath "$bundled")
else
    exe=$(command -v okrdesk) || { echo "okrdesk not found; give its path" >&2; exit 2; }
fi
data=${XDG_DATA_HOME:-$HOME/.local/share}

for size in 16 32 48 64 128 256 512; do
    install -D -m 644 "$icons/okrdesk-$size.png" \
        "$data/icons/hicolor/${size}x${size}/apps/okrdesk.png"
done
install -D -m 644 "$icons/okrdesk.svg" "$data/icons/hicolor/scalable/apps/okrdesk.svg"
mkdir -p "$data/applications"
sed "s|^Exec=okrdesk\$|Exec=\"$exe\"|" "$here/okrdesk.desktop" > "$data/applications/okrdesk.desktop"
command -v update-desktop-database > /dev/null && update-desktop-database "$data/applications" || true
echo "installed $data/applications/okrdesk.desktop (Exec=$exe)"
