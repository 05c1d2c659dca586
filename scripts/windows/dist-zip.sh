#!/usr/bin/env bash
# Builds the Windows release zip with cargo-dist on Linux, to check the packaging before a tag.
# The real release builds the MSVC zip and the MSI on a Windows runner; cargo-dist cross-builds
# Windows only through cargo-xwin, which downloads Microsoft's SDK. This builds the GNU variant
# instead: a stand-in `cargo-xwin` runs plain `cargo build`, whose mingw linker is installed
# here, and the GNU target is added to dist-workspace.toml only while this runs. The MSI step
# then fails (WiX runs only on Windows), after the zip is written to target/distrib/.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=x86_64-pc-windows-gnu
command -v dist >/dev/null || cargo install --locked cargo-dist
rustup target list --installed | grep -qx "$target" || rustup target add "$target"

shim=$(mktemp -d)
cp dist-workspace.toml "$shim/dist-workspace.toml"
trap 'cp "$shim/dist-workspace.toml" dist-workspace.toml; rm -rf "$shim"' EXIT
cat > "$shim/cargo-xwin" <<'SHIM'
#!/bin/sh
shift
case "$1" in
  --version) echo "cargo-xwin (stagecoach's GNU stand-in)" ;;
  build) shift; exec cargo build "$@" ;;
  *) echo "only build is supported" >&2; exit 2 ;;
esac
SHIM
chmod +x "$shim/cargo-xwin"
sed -i "s/\"x86_64-pc-windows-msvc\"\]/\"x86_64-pc-windows-msvc\", \"$target\"]/" dist-workspace.toml

zip="target/distrib/stagecoach-tui-$target.zip"
rm -f "$zip"
PATH="$shim:$PATH" dist build --artifacts=local --target "$target" || true
[ -f "$zip" ] || { echo "no $zip was built" >&2; exit 1; }
unzip -l "$zip"
