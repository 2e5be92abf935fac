#!/usr/bin/env bash
# Regenerates the pages of the in-product help (bundles/org.repalign.doc: html/, toc.xml and the
# images they show) from docs/*.md and docs/help-toc.txt. Extra arguments go to Maven, e.g. -o
# for an offline run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
repalign_select_java
cd "$root"
"$root/mvnw" -B -q "$@" -pl releng/docgen compile exec:java -Drepalign.root="$root"
