#!/usr/bin/python3
"""Reference values of activations and their derivatives from PyTorch, in float64.

Writes activations/src/test/resources/pytorch-activations.csv, which the activations' tests (through
PyTorchReferences) compare nnlab with: spec, z, PyTorch's f(z) and f'(z) (autograd, so PyTorch's own
conventions at kinks), and f(z) from 40-digit arithmetic (mpmath). The exact value is there because
PyTorch computes elu, selu and celu as e^z - 1, about 1e-9 relative off near z = 0, where nnlab uses
expm1. Run once from the repository root with Debian's python3-torch and python3-mpmath:
    /usr/bin/python3 scripts/pytorch-activation-references.py
"""
import mpmath
import torch
import torch.nn.functional as F

mpmath.mp.dps = 40
SELU_ALPHA = mpmath.mpf("1.6732632423543772848170429916717")
SELU_SCALE = mpmath.mpf("1.0507009873554804934193349852946")


def exact_celu(alpha):
    return lambda z: z if z > 0 else alpha * mpmath.expm1(z / alpha)


def exact_elu(alpha):
    return lambda z: z if z > 0 else alpha * mpmath.expm1(z)


EXACT = {
    "mish": lambda z: z * mpmath.tanh(mpmath.log1p(mpmath.exp(z))),
    "hard-swish": lambda z: z * min(max(z + 3, 0), 6) / 6,
    "celu": exact_celu(1),
    "celu(alpha=0.5)": exact_celu(mpmath.mpf("0.5")),
    "celu(alpha=2)": exact_celu(2),
    "log-sigmoid": lambda z: -mpmath.log1p(mpmath.exp(-z)),
    "elu": exact_elu(1),
    "elu(alpha=2)": exact_elu(2),
    "selu": lambda z: SELU_SCALE * (z if z > 0 else SELU_ALPHA * mpmath.expm1(z)),
}

POINTS = [-1000, -100, -40, -30, -10, -3.5, -3, -2, -1.5, -1, -0.5, -1e-8, 0, 1e-8, 0.5, 1, 1.5, 2,
          3, 3.5, 10, 30, 100, 1000]

# nnlab spec -> the same function in PyTorch
FUNCTIONS = {
    "mish": F.mish,
    "hard-swish": F.hardswish,
    "celu": lambda z: F.celu(z, alpha=1.0),
    "celu(alpha=0.5)": lambda z: F.celu(z, alpha=0.5),
    "celu(alpha=2)": lambda z: F.celu(z, alpha=2.0),
    "log-sigmoid": F.logsigmoid,
    "elu": lambda z: F.elu(z, alpha=1.0),
    "elu(alpha=2)": lambda z: F.elu(z, alpha=2.0),
    "selu": F.selu,
}


def main():
    rows = ["# made by scripts/pytorch-activation-references.py with torch " + torch.__version__,
            "spec,z,value,derivative,exact_value"]
    for spec, f in FUNCTIONS.items():
        for point in POINTS:
            z = torch.tensor(float(point), dtype=torch.float64, requires_grad=True)
            a = f(z)
            a.backward()
            exact = float(EXACT[spec](mpmath.mpf(point)))
            rows.append(f'"{spec}",{float(point)!r},{a.item()!r},{z.grad.item()!r},{exact!r}')
    path = "activations/src/test/resources/pytorch-activations.csv"
    with open(path, "w") as out:
        out.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows) - 2} rows to {path}")


if __name__ == "__main__":
    main()
