#!/usr/bin/env bash
# Tests of the ./repalign launcher's headless starts on the product the build just materialized
# (run by this module's pom in the integration-test phase; by hand:
# releng/org.repalign.product/launcher-test.sh after building the product). With a fresh state
# folder: the first headless command starts in the OSGi framework and records the plain classpath;
# the next one starts on that classpath and writes its class archive (on Java 25+ an AOT cache), a
# later one maps it; a
# damaged, truncated or empty archive or a stale record never breaks a command, whose output stays
# the same; a plug-in added to the product is found by both kinds of start.
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

# classes other than the JDK's that the last run took from an archive: from the dynamic archive's
# "top" layer, or from the AOT cache of Java 25+ (the JDK's own base archive holds only JDK classes)
mapped_classes() {
  grep 'shared objects file' "$state/classes.log" 2>/dev/null \
    | grep -vc '\] \(java\|javax\|jdk\|sun\|com\.sun\)\.' || true
}

# classes the last run loaded neither from the archive nor from the JDK's own base archive
unmapped_classes() {
  grep -v 'shared objects file' "$state/classes.log" 2>/dev/null | grep -c 'source:' || true
}

# whether the last run took its classes from the archive: more than 200 of them besides the JDK's
# (the command line, the readers, the BLAS binding; ND4J's backend is not started by 'version'),
# and at least ten times as many as it loaded from anywhere else (the rest are classes the JVM
# generates)
archive_used() {
  local mapped unmapped
  mapped=$(mapped_classes)
  unmapped=$(unmapped_classes)
  [ "${mapped:-0}" -gt 200 ] && [ "${mapped:-0}" -ge $((10 * ${unmapped:-0})) ]
}

shopt -s nullglob

record() {
  local files=("$REPALIGN_HOME"/cache/classpath-*.txt)
  [ -f "${files[0]:-}" ] && printf '%s\n' "${files[0]}"
}

# whether the last run with a class log started the OSGi framework
in_framework() {
  grep -q 'org.eclipse.osgi.internal.framework.EquinoxContainer ' "$state/classes.log"
}

# 1. first use: a start in the framework, which records the classpath and writes no archive
version_json "first run" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
in_framework || fail "the first run did not start in the framework"
cp "$state/out.txt" "$state/expected.txt"
file=$(record) || true
if [ -z "$file" ] || [ "$(head -n 1 "$file")" != classpath ]; then
  fail "the first run recorded no classpath: $(head -c 400 "${file:-/dev/null}")"
  exit 1
fi
case "$(sed -n 2p "$file")" in */plugins/org.repalign.cli_*.jar) ;; *) fail "the record does not start with the command line's jar: $(sed -n 2p "$file")" ;; esac
while read -r jar; do
  [ -f "$jar" ] || fail "the record names a jar that does not exist: $jar"
done < <(tail -n +2 "$file")
for name in org.repalign.analysis_ org.repalign.compute_ org.repalign.io_ org.repalign.model_ wrapped.org.nd4j.nd4j-api_; do
  grep -q "/$name" "$file" || fail "the record lacks $name"
done
if grep -q '/org.eclipse.swt\|/org.eclipse.ui\|/org.eclipse.jface\|spifly' "$file"; then
  fail "the record names user-interface or weaving bundles: $(grep '/org.eclipse.swt\|/org.eclipse.ui\|/org.eclipse.jface\|spifly' "$file" | head -3)"
fi
[ -z "$(archive || true)" ] || fail "the recording run wrote a class archive"

# 2. the next run starts on the plain classpath and writes the archive; the output is the same
version_json "second run" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
in_framework && fail "the second run started the framework"
grep -q 'org.repalign.cli.internal.ClasspathMain ' "$state/classes.log" || fail "the second run did not start ClasspathMain"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "the plain start printed other output than the framework start"
file=$(archive) || true
if [ -z "$file" ] || [ ! -s "$file" ]; then
  fail "the second run wrote no archive into $REPALIGN_HOME/cache"
  exit 1
fi

# 3. a later run maps it: its classes come from the archive, the output is the same
version_json "third run" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
archive_used || fail "third run took $(mapped_classes) classes from the archive and $(unmapped_classes) from elsewhere"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "third run printed other output than the first"

# 4. damaged in the middle: the checksum fails, the run starts without it and writes a new one
size=$(stat -c %s "$file")
dd if=/dev/urandom of="$file" bs=4096 count=16 seek=$((size / 8192)) conv=notrunc status=none
damaged=$(cksum <"$file")
version_json "damaged archive" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "run with a damaged archive printed other output"
[ "$(mapped_classes)" -eq 0 ] || fail "run with a damaged archive took $(mapped_classes) classes from it"
[ -f "$file" ] && [ "$(cksum <"$file")" != "$damaged" ] || fail "the damaged archive was not written anew"
version_json "after the damaged archive" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
archive_used || fail "the archive written after the damaged one is not used"

# 5. an archive whose .id record is missing (a first run that did not finish): written anew
file=$(archive)
rm -f "$file.id"
version_json "archive without its record" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "run with an archive without its record printed other output"
[ "$(mapped_classes)" -eq 0 ] || fail "run with an archive without its record took $(mapped_classes) classes from it"
[ -f "$file.id" ] || fail "the archive without its record was not written anew"

# 6. truncated and empty archives
head -c 100000 "$file" >"$state/part" && cat "$state/part" >"$file"
version_json "truncated archive"
: >"$file"
version_json "empty archive"

# 7. REPALIGN_CLASS_CACHE=off: no archive read or written
rm -rf "$REPALIGN_HOME/cache"
version_json "class cache off" env REPALIGN_CLASS_CACHE=off
[ -z "$(archive || true)" ] || fail "REPALIGN_CLASS_CACHE=off wrote an archive"

# 8. a state folder whose cache cannot be created: commands still run
rm -rf "$REPALIGN_HOME/cache"
mkdir -p "$REPALIGN_HOME"
: >"$REPALIGN_HOME/cache"  # a file where the folder should be
version_json "cache folder not creatable"
rm -f "$REPALIGN_HOME/cache"

# 9. REPALIGN_START=framework starts in the framework, with the same output
version_json "framework start" env REPALIGN_START=framework REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
in_framework || fail "REPALIGN_START=framework did not start the framework"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "REPALIGN_START=framework printed other output"

# 10. a record that names a jar no longer there: the run starts in the framework and records anew
version_json "record a classpath"
file=$(record)
printf 'classpath\n%s/plugins/gone_1.0.0.jar\n' "$PRODUCT" >"$file"
version_json "stale record" env REPALIGN_VM_ARGS="-Xlog:class+load:file=$state/classes.log"
in_framework || fail "a run with a stale record did not start in the framework"
cmp -s "$state/out.txt" "$state/expected.txt" || fail "a run with a stale record printed other output"
{ [ "$(head -n 1 "$(record)")" = classpath ] && ! grep -q gone_ "$(record)"; } || fail "the stale record was not written anew"

# 11. a plug-in installed into (a copy of) the product: its metric is there in both kinds of start
example=("$ROOT"/examples/org.repalign.example/target/org.repalign.example-*.jar)
if [ -f "${example[0]:-}" ]; then
  fake="$state/root"
  copy="$fake/releng/org.repalign.product/target/products/org.repalign.product/linux/gtk/x86_64"
  mkdir -p "$(dirname "$copy")" "$fake/releng/scripts"
  cp -al "$PRODUCT" "$copy"  # hard links: the copy costs no space
  cp "$ROOT/repalign" "$fake/"
  cp "$ROOT/releng/scripts/java-home.sh" "$fake/releng/scripts/"
  cp "$ROOT/releng/org.repalign.product/logging.properties" "$fake/releng/org.repalign.product/"
  cp "${example[0]}" "$copy/plugins/org.repalign.example_0.1.0.jar"
  rm "$copy/configuration/config.ini"  # a hard link: write a new file, not the product's
  sed 's|^osgi.bundles=|osgi.bundles=reference\\:file\\:org.repalign.example_0.1.0.jar@4,|' \
    "$PRODUCT/configuration/config.ini" >"$copy/configuration/config.ini"
  rm "$copy/.repalign-build-stamp" && touch "$copy/.repalign-build-stamp"  # the copy is built: no rebuild
  for round in framework plain plain-again; do
    status=0
    REPALIGN_HOME="$state/plugin-home" "$fake/repalign" metrics --list >"$state/list.txt" 2>"$state/err.txt" || status=$?
    if [ "$status" -ne 0 ] || ! grep -q example_procrustes "$state/list.txt"; then
      fail "with the example plug-in installed, the $round start does not list its metric 'example_procrustes' (status $status): $(head -c 400 "$state/err.txt")"
    fi
  done
  grep -q '/org.repalign.example_0.1.0.jar$' "$state/plugin-home/cache/"classpath-*.txt \
    || fail "the record of the product with the plug-in does not name the plug-in's jar"
elif [ -n "${CI:-}" ]; then
  fail "the example plug-in is not built (examples/org.repalign.example/target), so plug-ins were not checked"
else
  echo "launcher-test: the example plug-in is not built; the plug-in check did not run" >&2
fi

# ./repalign spark: the shaded job jar under spark-submit in local mode (its registries, readers and
# native libraries come from the jar) gives the values of the single-machine command
spark_dir="$ROOT/bundles/org.repalign.spark/target"
if [ -f "$spark_dir/repalign-spark.jar" ]; then
  awk 'BEGIN { srand(3); for (i = 0; i < 3000; i++) { printf "w%d", i; for (j = 0; j < 12; j++) printf " %.6f", rand() * 2 - 1 + j / 10; printf "\n" } }' >"$state/a.vec"
  # B: other columns of the same rows, in reverse order: rows are paired by item name
  awk '{ printf "%s", $1; for (j = 2; j <= 9; j++) printf " %.6f", $j * 0.5 + $(j + 3) + (j % 3); printf "\n" }' "$state/a.vec" | tac >"$state/b.vec"
  status=0
  "$ROOT/repalign" spark cka "$state/a.vec" "$state/b.vec" --master 'local[2]' --partitions 3 --format json \
    >"$state/spark.json" 2>"$state/spark-err.txt" || status=$?
  "$ROOT/repalign" metrics "$state/a.vec" "$state/b.vec" --metrics cka,unbiased_cka --format json \
    >"$state/single.json" 2>/dev/null || status=$?
  metric() { grep -o "\"$1\": [-0-9.eE]*" "$2" | head -1 | awk '{ print $2 }'; }
  if [ "$status" -ne 0 ]; then
    fail "repalign spark cka: exit status $status: $(grep 'repalign:' "$state/spark-err.txt" | head -c 400)"
  else
    for id in cka unbiased_cka; do
      a=$(metric "$id" "$state/spark.json")
      b=$(metric "$id" "$state/single.json")
      awk -v a="$a" -v b="$b" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(a != "" && d <= 1e-9 * (b < 0 ? -b : b)) }' \
        || fail "repalign spark cka gives $id=$a, repalign metrics $id=$b"
    done
  fi
  status=0
  "$ROOT/repalign" spark cka "$state/a.vec" "$state/nowhere.vec" >/dev/null 2>"$state/spark-err.txt" || status=$?
  [ "$status" -eq 2 ] && grep -q '^repalign: nowhere.vec' "$state/spark-err.txt" \
    || fail "repalign spark cka of a missing file: status $status, $(head -c 300 "$state/spark-err.txt")"
elif [ -n "${CI:-}" ]; then
  fail "the Spark job jar is not built ($spark_dir/repalign-spark.jar)"
fi

if [ "$failures" -gt 0 ]; then
  echo "launcher-test: $failures check(s) failed" >&2
  exit 1
fi
echo "launcher-test: all checks passed"
