#!/usr/bin/env bash
# Regenerates the EMF code of org.repalign.model and org.repalign.model.edit from
# bundles/org.repalign.model/model/experiment.genmodel with EMF's own generator (plain Java, no
# Eclipse IDE). Extra arguments go to Maven, e.g. -o for an offline run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
repalign_select_java
cd "$here"
"$root/mvnw" -B -q "$@" compile exec:java -Drepalign.root="$root"
