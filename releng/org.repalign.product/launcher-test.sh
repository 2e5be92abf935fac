#!/usr/bin/env bash
# Tests of the ./repalign launcher's class data sharing archives on the product the build just
# materialized (run by this module's pom in the integration-test phase; by hand:
# releng/org.repalign.product/launcher-test.sh after building the product). With a fresh state
# folder: the first headless command writes its archive, a later one maps it, and a damaged,
# truncated or empty archive never breaks a command, whose output stays the same.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="$ROOT/releng/org.repalign.product/target/products/org.repalign.product/linux/gtk/x86_64"
[ -d "$PRODUCT/plugins" ] || { echo "launcher-test: no product in $PRODUCT; build it first" >&2; exit 1; }
# the product was just built from these sources: the launcher must not rebuild it
touch "$PRODUCT/.repalign-build-stamp"

state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export REPALIGN_HOME="$state/home"
unset REPALIGN_CLASS_CACHE REPALIGN_VM_ARGS
failures=0

fail() {
  echo "launcher-test: FAILED: $*" >&2
  failures=$((failures + 1))
}

# runs `./repalign version --format json`; checks the status and that stdout is the JSON alone
version_json() {
  local label=$1 status=0
  shift
  "$@" "$ROOT/repalign" version --format json >"$state/out.txt" 2>"$state/err.txt" || status=$?
  if [ "$status" -ne 0 ]; then
    fail "$label: exit status $status; stderr: $(head -c 400 "$state/err.txt")"
    return
  fi
  if [ "$(head -c 1 "$state/out.txt")" != "{" ] || ! grep -q '"repalign_version"' "$state/out.txt" \
      || grep -qi 'cds\|shared archive\|warning' "$state/out.txt"; then
    fail "$label: stdout is not the version JSON alone: $(head -c 400 "$state/out.txt")"
  fi
  if grep -qi 'cds\|shared archive' "$state/err.txt"; then
    fail "$label: the JVM talked about the archive on stderr: $(head -c 400 "$state/err.txt")"
  fi
}

archive() {
  local files=("$REPALIGN_HOME"/cache/cds-*-version-*.jsa)
  [ -f "${files[0]:-}" ] && printf '%s\n' "${files[0]}"
}

# classes the last run took from the archive (the dynamic, "top" layer)
mapped_classes() {
  grep -c 'shared objects file (top)' "$state/classes.log" 2>/dev/null || true
}

shopt -s nullglob

# 1. first use: no archive yet; the run writes one
version_json "first run"
file=$(archive) || true
if [ -z "$file" ] || [ ! -s "$file" ]; then
  fail "first run wrote no archive into $REPALIGN_HOME/cache"
  exit 1
fi
cp "$state/out.txt" "$state/expected.txt"

# 2. a later run maps it: its classes come from the archive, the output is the same
version_json "second run" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
[ "$(mapped_classes)" -gt 1000 ] || fail "second run took $(mapped_classes) classes from the archive (expected > 1000)"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "second run printed other output than the first"

# 3. damaged in the middle: the checksum fails, the run starts without it and writes a new one
size=$(stat -c %s "$file")
dd if=/dev/urandom of="$file" bs=4096 count=16 seek=$((size / 8192)) conv=notrunc status=none
damaged=$(cksum <"$file")
version_json "damaged archive" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "run with a damaged archive printed other output"
[ "$(mapped_classes)" -eq 0 ] || fail "run with a damaged archive took $(mapped_classes) classes from it"
[ -f "$file" ] && [ "$(cksum <"$file")" != "$damaged" ] || fail "the damaged archive was not written anew"
version_json "after the damaged archive" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
[ "$(mapped_classes)" -gt 1000 ] || fail "the archive written after the damaged one is not used"

# 4. damaged with its size and time kept (the record still matches): the JVM's checksum refuses
#    it and the command runs without it
file=$(archive)
stamp=$(stat -c %Y "$file")
size=$(stat -c %s "$file")
dd if=/dev/urandom of="$file" bs=4096 count=16 seek=$((size / 8192)) conv=notrunc status=none
touch -d "@$stamp" "$file"
version_json "damaged archive, record matching" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "run with a damaged archive (record matching) printed other output"
[ "$(mapped_classes)" -eq 0 ] || fail "run with a damaged archive (record matching) took $(mapped_classes) classes from it"

# 5. truncated and empty archives
head -c 100000 "$file" >"$state/part" && cat "$state/part" >"$file"
version_json "truncated archive"
: >"$file"
version_json "empty archive"

# 6. REPALIGN_CLASS_CACHE=off: no archive read or written
rm -rf "$REPALIGN_HOME/cache"
version_json "class cache off" env REPALIGN_CLASS_CACHE=off
[ -z "$(archive || true)" ] || fail "REPALIGN_CLASS_CACHE=off wrote an archive"

# 7. a state folder whose cache cannot be created: commands still run
rm -rf "$REPALIGN_HOME/cache"
mkdir -p "$REPALIGN_HOME"
: >"$REPALIGN_HOME/cache"  # a file where the folder should be
version_json "cache folder not creatable"
rm -f "$REPALIGN_HOME/cache"

if [ "$failures" -gt 0 ]; then
  echo "launcher-test: $failures check(s) failed" >&2
  exit 1
fi
echo "launcher-test: all checks passed"
