#!/usr/bin/env python3
"""PyTorch baseline for the SAE training benchmark: rows per second of one TopK SAE training step
as a typical PyTorch implementation does it (dense encoder and decoder, autograd, AdamW, atoms
renormalised after every step), on CPU with 2 threads, at the benchmark's two shapes.

    /usr/bin/python3 releng/crosscheck/torch_sae_step.py            both shapes, a table
    /usr/bin/python3 releng/crosscheck/torch_sae_step.py D M STEPS  one shape; last line "rows/s R"
                                                                    (releng/benchmark.sh sae runs it so)

Needs Debian's python3-torch and libopenblas0-pthread (without it Debian's torch falls back to the
reference BLAS and is about 20 times slower).
"""
import sys
import time

import torch


def rows_per_second(d, m, k=32, batch=2048, steps=6):
    torch.manual_seed(1)
    data = torch.rand(16384, d) - 0.5
    w_dec = torch.nn.init.kaiming_uniform_(torch.empty(m, d))
    w_dec = (w_dec / w_dec.norm(dim=1, keepdim=True)).requires_grad_()
    bound = 1 / d ** 0.5
    w_enc = torch.empty(d, m).uniform_(-bound, bound).requires_grad_()
    b_enc = torch.zeros(m, requires_grad=True)
    b_dec = data.mean(0).clone().requires_grad_()
    optimizer = torch.optim.AdamW([w_enc, b_enc, w_dec, b_dec], lr=4e-4, weight_decay=0.0)

    def step():
        x = data[torch.randint(0, data.shape[0], (batch,))]
        pre = torch.relu((x - b_dec) @ w_enc + b_enc)
        values, indices = pre.topk(k, dim=1)
        z = torch.zeros_like(pre).scatter_(1, indices, values)
        loss = ((z @ w_dec + b_dec - x) ** 2).sum(1).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            w_dec.div_(w_dec.norm(dim=1, keepdim=True))

    for _ in range(2):
        step()
    start = time.perf_counter()
    for _ in range(steps):
        step()
    seconds = (time.perf_counter() - start) / steps
    return batch / seconds, seconds


def main():
    torch.set_num_threads(2)
    if len(sys.argv) == 4:
        d, m, steps = (int(a) for a in sys.argv[1:])
        rate, seconds = rows_per_second(d, m, steps=steps)
        print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, d={d} m={m}: {seconds:.3f} s/step")
        print(f"rows/s {rate:.1f}")
        return
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    print("| case | rows/s | s/step |")
    print("|---|---:|---:|")
    for d, m in ((768, 8192), (300, 4096)):
        rate, seconds = rows_per_second(d, m)
        print(f"| PyTorch TopK d={d} m={m} k=32 B=2048 | {rate:.0f} | {seconds:.3f} |")


if __name__ == "__main__":
    main()
