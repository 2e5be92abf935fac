#!/usr/bin/env python3
"""Cross-checks the metric families of `./repalign metrics` (procrustes, procrustes_angular, pwcca,
rsa with every rdm and compare, linear_r2, linear_r2_sym) against an independent numpy
implementation written from the definitions in docs/metrics.md (not from RepAlign's code; where
RepAlign takes one route this script takes another: QR bases for PWCCA, RDMs from explicit
differences and np.corrcoef, Kendall's tau-a by counting with a Fenwick tree, ridge in the primal
form solved by np.linalg.solve).

    python3 releng/crosscheck/numpy_families.py [N D1 D2 SEED]

Writes two seeded random float32 .npy files whose second depends linearly on the first plus
noise, runs `./repalign metrics --preprocess none --format json` on them and prints both values
and their relative difference for every metric. pwcca is included when N - 1 > D1 + D2. Exits 1
when a metric differs by more than 1e-9 relative. Needs numpy.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def centred(a):
    return a - a.mean(axis=0)


def procrustes(x, y):
    xc, yc = centred(x), centred(y)
    xc, yc = xc / np.linalg.norm(xc), yc / np.linalg.norm(yc)
    return float(np.linalg.svd(xc.T @ yc, compute_uv=False).sum())


def procrustes_angular(x, y):
    return float(np.arccos(min(1.0, procrustes(x, y))))


def pwcca(x, y):
    xc, yc = centred(x), centred(y)
    qx, qy = np.linalg.qr(xc)[0], np.linalg.qr(yc)[0]  # full column rank for random data
    u, rho, _ = np.linalg.svd(qx.T @ qy, full_matrices=False)
    h = qx @ u
    weights = np.abs(h.T @ xc).sum(axis=1)
    return float((weights / weights.sum()) @ np.clip(rho, 0, 1))


def upper(n):
    return np.triu_indices(n, k=1)


def rdm(a, kind):
    n, d = a.shape
    if kind == "correlation":
        return 1 - np.corrcoef(a)[upper(n)]
    return np.concatenate([((a[i + 1:] - a[i]) ** 2).sum(axis=1) / d for i in range(n - 1)])


def average_ranks(a):
    _, inverse, counts = np.unique(a, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)
    return (ends - (counts - 1) / 2.0)[inverse]


def pearson(a, b):
    a, b = a - a.mean(), b - b.mean()
    return float(a @ b / np.sqrt((a @ a) * (b @ b)))


def kendall_tau_a(a, b):
    """(concordant - discordant) / (N(N-1)/2) by a Fenwick tree over the ranks of b, in groups of equal a."""
    n = len(a)
    b_rank = np.unique(b, return_inverse=True)[1] + 1
    size = int(b_rank.max())
    tree = [0] * (size + 1)

    def prefix(i):
        total = 0
        while i > 0:
            total += tree[i]
            i -= i & -i
        return total

    order = np.argsort(a, kind="stable")
    sorted_a = a[order]
    concordant = discordant = inserted = 0
    start = 0
    while start < n:
        end = start
        while end < n and sorted_a[end] == sorted_a[start]:
            end += 1
        group = [int(b_rank[k]) for k in order[start:end]]
        for r in group:  # earlier elements have strictly smaller a
            concordant += prefix(r - 1)
            discordant += inserted - prefix(r)
        for r in group:
            i = r
            while i <= size:
                tree[i] += 1
                i += i & -i
            inserted += 1
        start = end
    return (concordant - discordant) / (n * (n - 1) / 2)


def rsa(x, y, kind, compare):
    a, b = rdm(x, kind), rdm(y, kind)
    if compare == "spearman":
        return pearson(average_ranks(a), average_ranks(b))
    if compare == "pearson":
        return pearson(a, b)
    if compare == "kendall_tau_a":
        return kendall_tau_a(a, b)
    return float(a @ b / np.sqrt((a @ a) * (b @ b)))


def linear_r2(x, y, lam=1e-3, folds=5):
    n, d1 = x.shape
    predicted = np.empty_like(y)
    rows = np.arange(n)
    for fold in range(folds):
        test, train = rows % folds == fold, rows % folds != fold
        xm, ym = x[train].mean(axis=0), y[train].mean(axis=0)
        xt, yt = x[train] - xm, y[train] - ym
        alpha = lam * np.sum(xt * xt) / d1
        w = np.linalg.solve(xt.T @ xt + alpha * np.eye(d1), xt.T @ yt)
        predicted[test] = (x[test] - xm) @ w + ym
    return float(1 - np.sum((y - predicted) ** 2) / np.sum((y - y.mean(axis=0)) ** 2))


def main():
    n, d1, d2, seed = (int(v) for v in (sys.argv[1:5] if len(sys.argv) >= 5 else (1000, 64, 96, 0)))
    rng = np.random.default_rng(seed)
    a = (rng.standard_normal((n, d1)) + 0.5).astype(np.float32)
    b = (a @ rng.standard_normal((d1, d2)) / np.sqrt(d1) + 0.7 * rng.standard_normal((n, d2))).astype(np.float32)
    x, y = a.astype(np.float64), b.astype(np.float64)
    reference = {"procrustes": procrustes(x, y), "procrustes_angular": procrustes_angular(x, y)}
    if n - 1 > d1 + d2:
        reference["pwcca"] = pwcca(x, y)
        reference["pwcca_reversed"] = pwcca(y, x)
    for kind in ("correlation", "euclidean"):
        for compare in ("spearman", "pearson", "kendall_tau_a", "cosine"):
            reference[f"rsa:rdm={kind};compare={compare}"] = rsa(x, y, kind, compare)
    reference["linear_r2"] = linear_r2(x, y)
    reference["linear_r2:lambda=0.1;folds=3"] = linear_r2(x, y, 0.1, 3)
    reference["linear_r2_sym"] = (linear_r2(x, y) + linear_r2(y, x)) / 2
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    keys = [key for key in reference if key != "pwcca_reversed"]
    ours = {}
    with tempfile.TemporaryDirectory() as folder:
        fa, fb = os.path.join(folder, "a.npy"), os.path.join(folder, "b.npy")
        np.save(fa, a)
        np.save(fb, b)
        for first, second, names in ((fa, fb, keys), (fb, fa, ["pwcca"] if "pwcca" in reference else [])):
            if not names:
                continue
            out = subprocess.run([os.path.join(root, "repalign"), "metrics", first, second, "--preprocess", "none",
                                  "--metrics", ",".join(names), "--format", "json"],
                                 check=True, capture_output=True, text=True).stdout
            values = json.loads(out)["metrics"]
            for name in names:
                ours[name if first == fa else name + "_reversed"] = values[name]
    worst = 0.0
    print(f"{'metric':36} {'RepAlign':>22} {'numpy':>22} {'rel. diff.':>11}")
    for key, value in reference.items():
        difference = abs(ours[key] - value) / max(abs(value), 1e-300)
        worst = max(worst, difference)
        print(f"{key:36} {ours[key]:22.16f} {value:22.16f} {difference:11.2e}")
    print(f"largest relative difference {worst:.2e}")
    sys.exit(0 if worst <= 1e-9 else 1)


if __name__ == "__main__":
    main()
