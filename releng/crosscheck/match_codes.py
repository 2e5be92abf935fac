#!/usr/bin/env python3
"""SAE-like codes for latent matching, and the scipy peer of `repalign match`.

    python3 releng/crosscheck/match_codes.py generate DIR [ROWS LATENTS K SEED]
        writes DIR/a.npz and DIR/b.npz (scipy CSR, float32): ROWS rows, LATENTS latents, K active
        latents per row; latent frequencies follow a power law, and each active latent j of A
        fires its partner perm(j) in B with probability 0.75 (value scaled with noise), otherwise
        a random latent, so the optimal matching is non-trivial but far from noise
    python3 releng/crosscheck/match_codes.py solve A.npz B.npz
        the peer: affinity G = Z1^T Z2 in float64 by scipy.sparse, the maximum matched sum by
        scipy.optimize.linear_sum_assignment(G, maximize=True), score = sum / (|Z1|_F |Z2|_F);
        prints one JSON object (matched_sum, score, seconds of affinity + assignment)
Needs numpy and scipy.
"""
import json
import os
import sys
import time

import numpy as np
import scipy.optimize
import scipy.sparse


def generate(folder, rows=20000, latents=16384, k=32, seed=17):
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, latents + 1) ** 0.6
    weights /= weights.sum()
    weights = weights[rng.permutation(latents)]
    partner = rng.permutation(latents)
    a_cols = np.empty((rows, k), dtype=np.int64)
    for i in range(rows):
        a_cols[i] = rng.choice(latents, size=k, replace=False, p=weights)
    a_vals = rng.exponential(1.0, size=(rows, k)) + 0.05
    keep = rng.random((rows, k)) < 0.75
    b_cols = np.where(keep, partner[a_cols], rng.integers(0, latents, size=(rows, k)))
    b_vals = np.where(keep, a_vals * rng.uniform(0.5, 1.5, size=(rows, k)), rng.exponential(1.0, size=(rows, k)) + 0.05)
    row_ids = np.repeat(np.arange(rows), k)
    os.makedirs(folder, exist_ok=True)
    for name, cols, vals in (("a", a_cols, a_vals), ("b", b_cols, b_vals)):
        m = scipy.sparse.csr_matrix((vals.ravel().astype(np.float32), (row_ids, cols.ravel())),
                                    shape=(rows, latents), dtype=np.float32)
        m.sum_duplicates()
        m.sort_indices()
        scipy.sparse.save_npz(os.path.join(folder, name + ".npz"), m, compressed=False)


def solve(first, second):
    z1 = scipy.sparse.load_npz(first).tocsr().astype(np.float64)
    z2 = scipy.sparse.load_npz(second).tocsr().astype(np.float64)
    start = time.perf_counter()
    g = (z1.T @ z2).toarray()
    rows, cols = scipy.optimize.linear_sum_assignment(g, maximize=True)
    total = float(g[rows, cols].sum())
    seconds = time.perf_counter() - start
    norm = float(np.sqrt(z1.multiply(z1).sum()) * np.sqrt(z2.multiply(z2).sum()))
    print(json.dumps({"matched_sum": total, "score": total / norm, "seconds": seconds}))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "generate":
        generate(sys.argv[2], *[int(x) for x in sys.argv[3:7]])
    elif len(sys.argv) == 4 and sys.argv[1] == "solve":
        solve(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
