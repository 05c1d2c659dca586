#!/usr/bin/env bash
# Builds stagecoach.exe for Windows and runs a coach's day with it under wine: a made-up demo
# caseload, a coach's init with two young people and a logged visit, the card, a passphrase
# handover bundle imported on a second "laptop", and the doctor there. Each step's result is
# checked, not only its exit code. Installs what it needs (the Rust target, mingw, wine) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

target=x86_64-pc-windows-gnu
wine=/usr/lib/wine/wine64

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

echo "-- what the Windows build needs"
rustup target list --installed | grep -qx "$target" || rustup target add "$target"
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || [ ! -x "$wine" ]; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq gcc-mingw-w64-x86-64 wine wine64 >/dev/null
fi

echo "-- cargo clippy --target $target (the library and the binary)"
cargo clippy --target "$target" --lib --bins -- -D warnings

echo "-- cargo build --target $target"
cargo build --target "$target" --bin stagecoach
exe="target/$target/debug/stagecoach.exe"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
cp "$exe" "$work/bin/"
# Debian's wine 8 has no ProcessPrng, which Rust's standard library calls at start: a stand-in
# next to the exe answers it (scripts/windows/processprng.c; for CI only, never shipped).
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bin/bcryptprimitives.dll" \
    scripts/windows/processprng.c -ladvapi32

export WINEPREFIX="$work/prefix" WINEDEBUG=-all NO_COLOR=1 STAGECOACH_TODAY=2026-11-23
unset STAGECOACH_LANG STAGECOACH_DATA_DIR
# Wine shows the unix root as drive Z:, so Z:/tmp/... is the same folder for the exe.
win() { printf 'Z:%s' "$1"; }
# stagecoach.exe with a data dir; its output with Windows line ends made unix ones.
sc() {
    local dir=$1
    shift
    "$wine" "$work/bin/stagecoach.exe" --data-dir "$(win "$dir")" "$@" | tr -d '\r'
}
fail() {
    echo "FAILED: $*" >&2
    exit 1
}
json_count() { python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'; }

echo "-- wine: stagecoach.exe --version"
version=$("$wine" "$work/bin/stagecoach.exe" --version | tr -d '\r')
[[ $version == stagecoach\ * ]] || fail "--version said: $version"
echo "$version"

demo="$work/demo"
coach="$work/coach"
next_year="$work/next-year"

echo "-- wine: demo (a caseload made up to try things on)"
sc "$demo" demo --seed 7 >/dev/null
demo_coachees=$(sc "$demo" list coachees --json | json_count)
[ "$demo_coachees" -eq 15 ] || fail "the demo caseload has $demo_coachees coachees, not 15"

echo "-- wine: init (a coach's laptop), two young people, list coachees --json"
sc "$coach" init --name Sanne --role coach >/dev/null
[ -d "$coach/db" ] || fail "init made no database"
sc "$coach" keys | grep -q "Sanne" || fail "the coach's card does not name Sanne"
sc "$coach" add coachee --first-name Daan --last-name Visser >/dev/null
sc "$coach" add coachee --first-name Fleur --last-name "de Wit" >/dev/null
names=$(sc "$coach" list coachees --json |
    python3 -c 'import json,sys; print(" ".join(sorted(c["first_name"] for c in json.load(sys.stdin))))')
[ "$names" = "Daan Fleur" ] || fail "list coachees --json gave: $names"
coachees=2

echo "-- wine: log a stage visit"
code=$(sc "$coach" list coachees --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["code"])')
sc "$coach" log "$code" --type stagebezoek --minutes 45 \
    --summary "Bezoek bij de werkplaats onder wine" >/dev/null
[ "$(sc "$coach" list sessions --json | json_count)" -eq 1 ] || fail "the visit was not stored"
sc "$coach" list sessions --json | grep -q "Bezoek bij de werkplaats onder wine" ||
    fail "the logged visit is not listed"

echo "-- wine: keys (the coach's card)"
sc "$coach" keys --out "$(win "$work/coach.card")" >/dev/null
[ -s "$work/coach.card" ] || fail "keys wrote no card"
fingerprint=$(sc "$coach" keys | grep -oE '[A-Z0-9]{4}(-[A-Z0-9]{4}){3}' | head -1)
[ -n "$fingerprint" ] || fail "keys shows no fingerprint"
grep -q "$fingerprint" "$work/coach.card" || fail "the card does not carry the fingerprint $fingerprint"

echo "-- wine: export --full --passphrase (a handover bundle)"
export STAGECOACH_PASSPHRASE="zeven groene treinen naar Zwolle"
sc "$coach" export --full --passphrase --to "$(win "$work/handover.stagecoach")" >/dev/null
[ -s "$work/handover.stagecoach" ] || fail "export wrote no bundle"
if grep -q "Bezoek bij de werkplaats" "$work/handover.stagecoach"; then
    fail "the bundle holds the visit's text unencrypted"
fi

echo "-- wine: import into a second data dir"
sc "$next_year" init --name Noor --role coordinator >/dev/null
sc "$next_year" import "$(win "$work/handover.stagecoach")" --trust >/dev/null
imported=$(sc "$next_year" list coachees --json | json_count)
[ "$imported" -eq "$coachees" ] || fail "imported $imported of $coachees coachees"
sc "$next_year" list sessions --json | grep -q "Bezoek bij de werkplaats onder wine" ||
    fail "the logged visit did not arrive"
unset STAGECOACH_PASSPHRASE

echo "-- wine: doctor"
sc "$next_year" doctor > "$work/doctor.txt" || fail "doctor failed: $(cat "$work/doctor.txt")"
cat "$work/doctor.txt"

echo "-- wine: the screen in a pseudo-terminal (first start, welcome form, q)"
python3 scripts/windows/tui_smoke.py "$wine" "$work/bin/stagecoach.exe" "$work/screen"

echo "-- the Windows flow passed"
