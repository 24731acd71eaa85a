#!/bin/sh
# Install this HipTimer folder for the current user: a menu entry, the icon, and the
# `hiptimer` command. Run it from the unpacked folder:
#
#   ./install.sh                   install into ~/.local (no root needed)
#   ./install.sh --prefix /opt/x   install elsewhere (e.g. sudo ./install.sh --prefix /usr/local)
#   ./install.sh --uninstall       remove the app again (your history and settings stay)
#
# The app itself is copied to PREFIX/lib/hiptimer, so this download folder can be deleted.
set -eu

app_id=io.github.hiptimer.HipTimer
prefix="$HOME/.local"
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
              prefix=$2; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

here=$(cd "$(dirname "$0")" && pwd)
lib="$prefix/lib/hiptimer"
bin="$prefix/bin"
share="$prefix/share"
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
  # Menus and icon themes notice changes by themselves on most desktops; these help the rest.
  command -v update-desktop-database >/dev/null 2>&1 &&
    update-desktop-database -q "$share/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 &&
    gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  if [ -x "$lib/hiptimer" ]; then rm -rf "$lib"; fi
  [ -L "$bin/hiptimer" ] && rm -f "$bin/hiptimer"
  rm -f "$share/applications/$app_id.desktop" "$share/metainfo/$app_id.metainfo.xml" \
        "$share/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  refresh_caches
  echo "HipTimer removed from $prefix. Your history and settings were left where they are."
  exit 0
fi

[ -x "$here/hiptimer" ] && [ -d "$here/share" ] ||
  { echo "install.sh: run me from the unpacked HipTimer folder" >&2; exit 1; }

if [ "$here" != "$lib" ]; then
  mkdir -p "$prefix/lib"
  rm -rf "$lib.new"
  cp -R "$here" "$lib.new"
  rm -rf "$lib"
  mv "$lib.new" "$lib"
fi
mkdir -p "$bin" "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
ln -sfn "$lib/hiptimer" "$bin/hiptimer"

# The menu entry starts the installed program by its full path, so it works even where
# PREFIX/bin is not on the desktop session's PATH. Exec quotes the path, escaped as the
# desktop entry format asks (the path may hold spaces or other odd characters).
exec_path=$(printf '%s' "$lib/hiptimer" |
  sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g' -e 's/%/%%/g')
try_exec=$(printf '%s' "$lib/hiptimer" | sed -e 's/\\/\\\\/g')
while IFS= read -r line; do
  case "$line" in
    Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
    TryExec=*) printf 'TryExec=%s\n' "$try_exec" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$lib/share/applications/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$lib/share/metainfo/$app_id.metainfo.xml" "$share/metainfo/"
cp "$lib/share/icons/hicolor/scalable/apps/$app_id.svg" "$share/icons/hicolor/scalable/apps/"
for size in $sizes; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "$lib/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
     "$share/icons/hicolor/${size}x${size}/apps/"
done
refresh_caches

echo "HipTimer is installed: find it in your applications menu, or run $bin/hiptimer"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "(add $bin to your PATH to type just 'hiptimer')" ;;
esac
