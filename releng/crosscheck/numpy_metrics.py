#!/usr/bin/env python3
"""The numpy peer of `./repalign metrics A.npy B.npy`: the paper's eight metrics (cka, unbiased_cka,
svcca_10, svcca_100, mutual_knn_10, mutual_knn_100, knn_edit_10, knn_edit_100) on two .npy files of
the same rows, each row scaled to unit L2 norm in float64 (the default `--preprocess raw`), written
vectorised from the definitions in docs/metrics.md (independent of RepAlign's code).

    python3 releng/crosscheck/numpy_metrics.py A.npy B.npy [--subsets FILE]

With --subsets, every metric is computed on each subsample of the file `./repalign metrics
--save-subsets FILE` wrote and averaged over them (the paper protocol on the same rows). Prints
the values as one JSON object. `releng/benchmark.sh headless` times it as a whole process
against `./repalign metrics` on the same files. Needs numpy.
"""
import json
import sys

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
    ks, ls = k.sum(0), l.sum(0)
    term1 = np.sum(k * l)  # trace(K L) for symmetric K, L
    term2 = ks.sum() * ls.sum() / ((n - 1) * (n - 2))
    term3 = 2.0 / (n - 2) * (ks @ ls)
    return (term1 + term2 - term3) / (n * (n - 3))


def unbiased_cka(x, y):
    k, l = x @ x.T, y @ y.T
    return hsic_unbiased(k, l) / np.sqrt(hsic_unbiased(k, k) * hsic_unbiased(l, l))


def svcca(ux, uy, q):
    ux, uy = ux[:, :q], uy[:, :q]
    ux, uy = ux - ux.mean(0), uy - uy.mean(0)
    qx, qy = np.linalg.qr(ux)[0], np.linalg.qr(uy)[0]
    rho = np.clip(np.linalg.svd(qx.T @ qy, compute_uv=False), 0, 1)
    return float(np.mean(np.sort(rho)[::-1][:q]))


def neighbours(a, k):
    g = a @ a.T
    np.fill_diagonal(g, -np.inf)
    # the k largest, then ordered (descending similarity, lower index first among equals)
    part = np.argpartition(-g, k, axis=1)[:, :k]
    values = np.take_along_axis(g, part, axis=1)
    order = np.lexsort((part, -values), axis=1)
    return np.take_along_axis(part, order, axis=1)


def mutual_knn(nx, ny):
    k = nx.shape[1]
    same = (nx[:, :, None] == ny[:, None, :]).any(axis=2)
    return float(same.sum(axis=1).mean() / k)


def knn_edit(nx, ny):
    """Levenshtein distance between the two neighbour lists of every row, all rows at once."""
    n, k = nx.shape
    previous = np.tile(np.arange(k + 1), (n, 1))
    for i in range(1, k + 1):
        current = np.empty_like(previous)
        current[:, 0] = i
        substitution = previous[:, :-1] + (nx[:, i - 1:i] != ny)
        deletion = previous[:, 1:] + 1
        best = np.minimum(substitution, deletion)
        for j in range(1, k + 1):  # insertion depends on the cell to the left
            current[:, j] = np.minimum(best[:, j - 1], current[:, j - 1] + 1)
        previous = current
    return float(previous[:, k].mean())


def eight_metrics(x, y):
    ux = np.linalg.svd(x, full_matrices=False)[0]
    uy = np.linalg.svd(y, full_matrices=False)[0]
    n10x, n10y = neighbours(x, 10), neighbours(y, 10)
    n100x, n100y = neighbours(x, 100), neighbours(y, 100)
    return {
        "cka": float(cka(x, y)), "unbiased_cka": float(unbiased_cka(x, y)),
        "svcca_10": svcca(ux, uy, 10), "svcca_100": svcca(ux, uy, 100),
        "mutual_knn_10": mutual_knn(n10x, n10y), "mutual_knn_100": mutual_knn(n100x, n100y),
        "knn_edit_10": knn_edit(n10x, n10y), "knn_edit_100": knn_edit(n100x, n100y),
    }


def read_subsets(path):
    """The row subsets as `./repalign metrics --save-subsets FILE` writes them: '#' comment lines,
    then one line of tab-separated 0-based row indices per subsample."""
    with open(path) as lines:
        return [np.array(line.split("\t"), dtype=np.int64) for line in lines
                if line.strip() and not line.startswith("#")]


def main():
    arguments = sys.argv[1:]
    subsets = None
    if len(arguments) == 4 and arguments[2] == "--subsets":
        subsets = read_subsets(arguments[3])
        arguments = arguments[:2]
    if len(arguments) != 2:
        sys.exit("usage: numpy_metrics.py A.npy B.npy [--subsets FILE]")
    x = unit_rows(np.load(arguments[0]).astype(np.float64))
    y = unit_rows(np.load(arguments[1]).astype(np.float64))
    if subsets is None:
        values = eight_metrics(x, y)
    else:
        # the paper protocol: every metric on each subsample, then the mean over subsamples
        each = [eight_metrics(x[rows], y[rows]) for rows in subsets]
        values = {key: float(np.mean([v[key] for v in each])) for key in each[0]}
    print(json.dumps(values))


if __name__ == "__main__":
    main()
