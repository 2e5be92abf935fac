#!/usr/bin/env bash
# Alignment-engine benchmark (not a test): the 8 paper metrics on 1000x768 vs 1000x1024, the k-NN
# and CKA metrics at 20,000 x 768, and linear CKA on two memory-mapped 100,000 x 4,096 float32
# files with a 1 GB heap (needs about 3.3 GB of free space in the temp folder).
#   releng/benchmark.sh          everything
#   releng/benchmark.sh quick    without the 100,000-row part
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/java-home.sh
repalign_select_java || exit 1
exec ./mvnw -B -q -Pbenchmark -pl releng/org.repalign.plaintests verify "-Dbenchmark.args=${1:-all}"
