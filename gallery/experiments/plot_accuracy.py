"""
Numerical accuracy
==================

How close to the exact value is each result, and where does a formula break?
This script measures the error, in units in the last place (ulp), of the
article's formulas and of the package's functions (and of PyTorch's, when the
machine that builds the page has it) against values computed by mpmath with
160 bits, over the whole range of float32 and float64. Besides the package,
its code needs mpmath (``python -m pip install mpmath``).
"""

# %%
# An error of 1 ulp means the result is the neighbour of the correctly
# rounded value; the package promises at most 4. A result that is NaN or
# infinite where the exact value is a finite number counts as an infinite
# error. Exact values below the smallest normal number are left out (a
# function may flush them to zero).
#
# The inputs: 81 points on [-20, 20]; on both sides, 60 spread
# logarithmically from 20 to 2000 and 150 out to the largest finite number;
# and 20 on each side of every point where an exponential overflows or
# underflows (about 88.7 and 103.9 in float32, 709.8 and 745.1 in float64). Softmax is applied to the article's example
# ``[0.5, 3.1, 4.3]`` shifted by each of these values: shifting does not
# change the exact result.

import matplotlib.pyplot as plt
import mpmath
import numpy as np
from mpmath import mp, mpf

import activation_functions as af
from activation_functions.naive import FORMULAS
from activation_functions.plotting import COLORS, use_style

use_style()
mp.prec = 160
names = ["sigmoid", "tanh", "softplus", "swish", "mish", "softmax"]
EXAMPLE = np.array([0.5, 3.1, 4.3])


def sigmoid_exact(x):
    return 1 / (1 + mp.exp(-x))


EXACT = {
    "sigmoid": sigmoid_exact,
    "tanh": mp.tanh,
    "softplus": lambda x: mp.log1p(mp.exp(x)),
    "swish": lambda x: x * sigmoid_exact(x),
    "mish": lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
}


def softmax_exact(vector):
    top = max(vector)
    weights = [mp.exp(value - top) for value in vector]
    return [weight / mpmath.fsum(weights) for weight in weights]


def inputs(dtype):
    info = np.finfo(dtype)
    edges = [np.log(info.max), -np.log(info.smallest_normal * info.eps)]
    magnitudes = np.append(np.geomspace(1e-4, float(info.max) / 2, 149), info.max)
    middle = np.geomspace(20, 2000, 60)
    points = [np.linspace(-20, 20, 81), magnitudes, -magnitudes, middle, -middle]
    for edge in edges:
        points += [np.linspace(edge - 2, edge + 2, 20), -np.linspace(edge - 2, edge + 2, 20)]
    return np.unique(np.concatenate(points).astype(dtype))


def ulp_errors(name, implementation, x):
    """Error of each result in ulp; inf where a finite value came out NaN or inf."""
    dtype = x.dtype.type
    tiny = np.finfo(dtype).smallest_normal
    with np.errstate(all="ignore"):
        if name == "softmax":
            vectors = (x[:, None] + EXAMPLE).astype(dtype)
            results = implementation(vectors)
        else:
            results = implementation(x)
    errors = np.zeros(len(x))
    for i, point in enumerate(x):
        if name == "softmax":
            pairs = zip(results[i], softmax_exact([mpf(float(v)) for v in vectors[i]]), strict=True)
        else:
            pairs = [(results[i], EXACT[name](mpf(float(point))))]
        for result, exact in pairs:
            rounded = dtype(float(exact))
            if abs(exact) < tiny and np.isfinite(result):
                continue  # below the normal range: flushing is allowed
            if np.isinf(rounded) and result == rounded:
                continue  # the exact value overflows the type; inf is right
            if not np.isfinite(result):
                errors[i] = np.inf
                continue
            magnitude = np.abs(rounded)
            # One ulp: the gap to the next float up (down, at the largest float).
            if magnitude == np.finfo(dtype).max:
                spacing = magnitude - np.nextafter(magnitude, dtype(0))
            else:
                spacing = np.spacing(magnitude)
            error = abs(mpf(float(result)) - exact) / mpf(float(spacing))
            errors[i] = max(errors[i], float(error))
    return errors


implementations = {
    "article": lambda name: FORMULAS[name],
    "package": lambda name: getattr(af, name),
}
try:
    import torch
except ImportError:
    torch = None
    print("torch is not installed on the machine that built this page: no torch column")
else:
    torch.set_num_threads(1)
    from torch.nn import functional

    torch_functions = {
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "softplus": functional.softplus,
        "swish": functional.silu,
        "mish": functional.mish,
        "softmax": lambda t: torch.softmax(t, dim=-1),
    }
    implementations["torch"] = lambda name: (
        lambda x: torch_functions[name](torch.from_numpy(x)).numpy()
    )
    print(f"torch {torch.__version__}")

errors = {}  # (name, dtype, implementation) -> (x, ulp errors)
for dtype in (np.float32, np.float64):
    x = inputs(dtype)
    for name in names:
        for label, implementation in implementations.items():
            errors[name, dtype, label] = (x, ulp_errors(name, implementation(name), x))

# %%
# Worst case per function
# -----------------------
# The largest error over all the inputs, per function and float type, on a
# logarithmic scale; a bar that reaches the top edge stands for an infinite
# error (a NaN or an overflow).

CAP = 1e12
colors = {"article": COLORS["vermillion"], "package": COLORS["blue"], "torch": COLORS["orange"]}
fig, axes = plt.subplots(1, 2, figsize=(10.0, 4.2), sharey=True)
width = 0.8 / len(implementations)
for ax, dtype in zip(axes, (np.float32, np.float64), strict=True):
    for offset, label in enumerate(implementations):
        worst = [errors[name, dtype, label][1].max() for name in names]
        heights = [min(max(value, 0.1), CAP) for value in worst]
        ax.bar(
            np.arange(len(names)) + (offset - (len(implementations) - 1) / 2) * width,
            heights,
            width,
            color=colors[label],
            label=label,
        )
    ax.axhline(4, color=COLORS["black"], linestyle=":", linewidth=1.0)
    ax.set_yscale("log")
    ax.set_ylim(0.1, CAP)
    ax.set_xticks(np.arange(len(names)), names, rotation=30)
    ax.set_title(np.dtype(dtype).name)
axes[0].set_ylabel("worst error (ulp); top edge = NaN or inf")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncols=3)
fig.suptitle("Worst-case error against mpmath; dotted line: the package's 4 ulp bound")
plt.show()

# %%
# The table: worst error, the input where it occurs, and how each formula
# fails (how many inputs give NaN or an infinity where the exact value is
# finite, and how many are more than 4 ulp off).


def describe(name, dtype, label):
    x, error = errors[name, dtype, label]
    worst = int(np.argmax(error))
    value = "inf" if np.isinf(error[worst]) else f"{error[worst]:.3g}"
    return f"{value:>9} at {x[worst]: .4g}; broken {np.isinf(error).sum():3}, >4 ulp {(error > 4).sum():3}"


print(f"{len(inputs(np.float32))} float32 and {len(inputs(np.float64))} float64 inputs")
for name in names:
    for dtype in (np.float32, np.float64):
        print(f"{name} {np.dtype(dtype).name}")
        for label in implementations:
            print(f"  {label:8} {describe(name, dtype, label)}")

# %%
# Where it breaks
# ---------------
# The error of each float64 result against its input, for inputs between
# :math:`-10^4` and :math:`10^4` (logarithmic beyond :math:`\pm 1`; the
# table above covers the rest). Results with no error at all are drawn at
# 0.1, NaN and infinite results at the top edge.

fig, axes = plt.subplots(2, 3, figsize=(10.0, 6.0), sharex=True, sharey=True)
for ax, name in zip(axes.flat, names, strict=True):
    ax.set_xscale("symlog", linthresh=1.0)
    ax.set_xlim(-1e4, 1e4)
    ax.set_xticks([-1e4, -1e2, -1, 0, 1, 1e2, 1e4], ["-1e4", "-100", "-1", "0", "1", "100", "1e4"])
    for label in implementations:
        x, error = errors[name, np.float64, label]
        shown = np.abs(x) <= 1e4
        ax.plot(
            x[shown],
            np.clip(np.maximum(error[shown], 0.1), None, CAP),
            linestyle="none",
            marker="o",
            markersize=2.5,
            markeredgewidth=0,
            color=colors[label],
            label=label,
        )
    ax.set_yscale("log")
    ax.set_ylim(0.05, CAP * 3)
    ax.set_title(name if name != "softmax" else "softmax([0.5, 3.1, 4.3] + x)")
for ax in axes[1]:
    ax.set_xlabel("x")
for ax in axes[:, 0]:
    ax.set_ylabel("error (ulp)")
axes[0, 0].legend(loc="center left")
fig.suptitle("float64 error against the input: where each formula breaks")
plt.show()

# %%
# What this shows
# ---------------
# The article's formulas are accurate near 0 and break in the tails:
# ``np.exp`` overflows beyond about 709.8 (88.7 in float32), after which the
# hand-written tanh gives ``inf / inf = NaN``, softplus gives ``inf`` instead
# of ``x``, Mish gives NaN, and softmax gives NaN once all the scores are
# large, of either sign. Before they break, some lose their precision:
# ``np.log(1 + np.exp(x))`` rounds ``1 + e^x`` to 1 and returns 0 for every
# :math:`x` below about -37 (-17 in float32) where the exact value is
# :math:`e^x`, and the hand-written tanh cancels near 0. The article's
# sigmoid is the exception: its overflow makes NumPy warn, but the result it
# then returns is right, and it is as accurate as the package's. Its Swish,
# ``x * sigmoid(x)``, is not: far left, ``sigmoid(x)`` is a subnormal number
# with few significant bits while ``x * sigmoid(x)`` is still normal. The
# package's functions stay within their 4 ulp bound everywhere (the test
# suite checks the same on a denser grid). See :doc:`/guide/pitfalls` for the
# article's code run on these inputs.
