#!/usr/bin/env bash
# Benchmarks (not tests); each prints a table with ratios measured in the same run.
#   releng/benchmark.sh metrics [quick]   alignment engine: the 8 paper metrics on 1000x768 vs
#                                         1000x1024, k-NN and CKA at 20,000 x 768, linear CKA on two
#                                         memory-mapped 100,000 x 4,096 float32 files with a 1 GB heap
#                                         (needs ~3.3 GB free in the temp folder; 'quick' skips it)
#   releng/benchmark.sh metrics paper     only the 8 paper metrics on 1000x768 vs 1000x1024
#   releng/benchmark.sh metrics mmap      only the memory-mapped linear CKA
#   releng/benchmark.sh sae [STEPS]       SAE training rows/s (TopK, l2prh, B = 2048) at d = 768,
#                                         m = 8192 and d = 300, m = 4096; encoder GEMM vs ND4J SGEMM
#   releng/benchmark.sh experiment [demo|large|all] [bias,noise,...]
#                                         whole runs timed per analysis: the built-in demo, and 5
#                                         sources x 10,000 items with every analysis (SAE m = 4,096)
#   releng/benchmark.sh probes [threshold|all]
#                                         one attribute probe (5 folds + refit): dense n = 10,000,
#                                         p = 768 by Newton vs L-BFGS, and CSR codes n = 10,000,
#                                         m = 4,096, k = 32 by L-BFGS; 'threshold' times single fits
#                                         for p = 32 .. 512 by both solvers ('all' does both)
#   releng/benchmark.sh sae-torch         the same SAE step in PyTorch on this machine (2 threads),
#                                         the baseline the SAE target refers to (needs the Debian
#                                         packages python3-torch and libopenblas0-pthread)
set -euo pipefail
cd "$(dirname "$0")/.."
. releng/scripts/java-home.sh
repalign_select_java || exit 1
case "${1:-metrics}" in
  metrics) main=org.repalign.benchmarks.MetricsBenchmark; args=${2:-all} ;;
  sae) main=org.repalign.benchmarks.SaeBenchmark; args=${2:-6} ;;
  experiment) main=org.repalign.benchmarks.ExperimentBenchmark; args="${2:-demo} ${3:-}"; heap=8g ;;
  probes) main=org.repalign.benchmarks.ProbeBenchmark; args=${2:-probes} ;;
  sae-torch) exec /usr/bin/python3 releng/crosscheck/torch_sae_step.py ;;
  *) echo "benchmark: unknown benchmark '$1'; use metrics, sae, probes, experiment or sae-torch" >&2; exit 2 ;;
esac
exec ./mvnw -B -q -Pbenchmark -pl releng/org.repalign.plaintests verify "-Dbenchmark.main=$main" "-Dbenchmark.args=$args" \
  "-Dbenchmark.heap=${heap:-1g}"
