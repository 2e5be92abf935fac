#!/usr/bin/env python3
"""Cross-checks `./repalign metrics` against an independent numpy implementation of the paper's
eight metrics (written from the definitions in docs/metrics.md, not from RepAlign's code).

    python3 releng/crosscheck/numpy_reference.py [N D1 D2 SEED]

Writes two seeded random float32 .npy files, runs `./repalign metrics --ties index --format json`
on them and prints both values and their difference for every metric. Exits 1 when a metric
differs by more than 1e-9. Needs numpy.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np


def unit_rows(a):
    return a / np.linalg.norm(a, axis=1, keepdims=True)


def cka(x, y):
    xc, yc = x - x.mean(0), y - y.mean(0)
    return np.linalg.norm(xc.T @ yc) ** 2 / (np.linalg.norm(xc.T @ xc) * np.linalg.norm(yc.T @ yc))


def hsic_unbiased(k, l):
    n = k.shape[0]
    k, l = k.copy(), l.copy()
    np.fill_diagonal(k, 0)
    np.fill_diagonal(l, 0)
    ones = np.ones(n)
    term1 = np.trace(k @ l)
    term2 = (ones @ k @ ones) * (ones @ l @ ones) / ((n - 1) * (n - 2))
    term3 = 2.0 / (n - 2) * (ones @ k @ l @ ones)
    return (term1 + term2 - term3) / (n * (n - 3))


def unbiased_cka(x, y):
    k, l = x @ x.T, y @ y.T
    return hsic_unbiased(k, l) / np.sqrt(hsic_unbiased(k, k) * hsic_unbiased(l, l))


def svcca(x, y, q):
    ux = np.linalg.svd(x, full_matrices=False)[0][:, :q]
    uy = np.linalg.svd(y, full_matrices=False)[0][:, :q]
    ux, uy = ux - ux.mean(0), uy - uy.mean(0)
    qx, qy = np.linalg.qr(ux)[0], np.linalg.qr(uy)[0]
    rho = np.clip(np.linalg.svd(qx.T @ qy, compute_uv=False), 0, 1)
    return float(np.mean(np.sort(rho)[::-1][:q]))


def neighbours(a, k):
    g = a @ a.T
    np.fill_diagonal(g, -np.inf)
    return np.argsort(-g, axis=1, kind="stable")[:, :k]


def mutual_knn(x, y, k):
    nx, ny = neighbours(x, k), neighbours(y, k)
    return float(np.mean([len(set(nx[i]) & set(ny[i])) / k for i in range(len(x))]))


def levenshtein(a, b):
    previous = list(range(len(b) + 1))
    for i, ai in enumerate(a, 1):
        current = [i]
        for j, bj in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai != bj)))
        previous = current
    return previous[-1]


def knn_edit(x, y, k):
    nx, ny = neighbours(x, k), neighbours(y, k)
    return float(np.mean([levenshtein(list(nx[i]), list(ny[i])) for i in range(len(x))]))


def main():
    n, d1, d2, seed = (int(v) for v in (sys.argv[1:5] if len(sys.argv) >= 5 else (1000, 768, 1024, 0)))
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((n, d1)).astype(np.float32)
    b = (a @ rng.standard_normal((d1, d2)) / np.sqrt(d1) + 0.7 * rng.standard_normal((n, d2))).astype(np.float32)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.TemporaryDirectory() as folder:
        fa, fb = os.path.join(folder, "a.npy"), os.path.join(folder, "b.npy")
        np.save(fa, a)
        np.save(fb, b)
        out = subprocess.run([os.path.join(root, "repalign"), "metrics", fa, fb, "--ties", "index", "--format", "json"],
                             check=True, capture_output=True, text=True).stdout
    ours = json.loads(out)["metrics"]
    x, y = unit_rows(a.astype(np.float64)), unit_rows(b.astype(np.float64))
    reference = {
        "cka": cka(x, y), "unbiased_cka": unbiased_cka(x, y),
        "svcca_10": svcca(x, y, 10), "svcca_100": svcca(x, y, 100),
        "mutual_knn_10": mutual_knn(x, y, 10), "mutual_knn_100": mutual_knn(x, y, 100),
        "knn_edit_10": knn_edit(x, y, 10), "knn_edit_100": knn_edit(x, y, 100),
    }
    worst = 0.0
    print(f"{'metric':16} {'RepAlign':>22} {'numpy':>22} {'difference':>11}")
    for key, value in reference.items():
        difference = abs(ours[key] - value)
        worst = max(worst, difference)
        print(f"{key:16} {ours[key]:22.16f} {value:22.16f} {difference:11.2e}")
    sys.exit(0 if worst <= 1e-9 else 1)


if __name__ == "__main__":
    main()
