#!/usr/bin/python3
"""Where torch.nn.init.dirac_ puts its ones, as flat indices into weight.view(F, -1).

Prints CSV rows `F, C, kh, kw, 'i j ...'` (row-major indices into the F × C·kh·kw matrix) for the
shapes DiracInitializerTest checks; paste them into its @CsvSource. Even kernels show PyTorch's
size // 2 "centre". Run with Debian's python3-torch:  /usr/bin/python3 scripts/pytorch-dirac-references.py
"""
import torch

SHAPES = [(8, 3, 3, 3), (3, 8, 3, 3), (20, 1, 5, 5), (4, 4, 4, 4), (2, 3, 2, 5), (5, 3, 1, 1), (1, 1, 1, 1)]

for f, c, kh, kw in SHAPES:
    weight = torch.empty(f, c, kh, kw, dtype=torch.float64)
    torch.nn.init.dirac_(weight)
    flat = weight.view(-1)
    assert set(flat.tolist()) <= {0.0, 1.0}
    ones = (flat == 1).nonzero().flatten().tolist()
    print(f"\"{f}, {c}, {kh}, {kw}, '{' '.join(map(str, ones))}'\",")
