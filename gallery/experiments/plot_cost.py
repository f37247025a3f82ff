"""
Cost
====

Is ReLU cheap, and does Mish, with its several exponentials, cost more? This
script times every function of the catalogue on 100,000 values and draws
the time per element relative to ReLU, with the article's formulas beside the
package's stable ones.

Absolute times depend on the machine that built this page (and on what else
it was doing); the ratios are the point, and even they move by a tenth or so
from build to build.
"""

# %%
# Each function runs on :math:`10^5` normal values with standard deviation 5
# (a :math:`100 \times 1000` array for the softmax family, along the last
# axis), float32 and float64: 0.4 and 0.8 MB, which fit in a current
# processor's cache, so that the times are those of the arithmetic rather
# than of the memory. The time is the median of 9 calls.

import time

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import ACTIVATIONS
from activation_functions.naive import ARTICLE, FORMULAS
from activation_functions.plotting import COLORS, use_style

use_style()
rng = np.random.default_rng(0)
values = 5.0 * rng.standard_normal(10**5)


def median_seconds(function, argument, repeats=9):
    function(argument)  # warm up: first-touch page faults, caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function(argument)
        times.append(time.perf_counter() - start)
    return float(np.median(times))


names = list(ACTIVATIONS)
seconds = {}  # (name, dtype, "package" or "article") -> median seconds per call
for dtype in (np.float32, np.float64):
    for name in names:
        x = values.astype(dtype)
        if not ACTIVATIONS[name].elementwise:
            x = x.reshape(100, 1000)
        seconds[name, dtype, "package"] = median_seconds(ACTIVATIONS[name], x)
        if name in ARTICLE:
            # The article's formulas overflow on part of these values; that is
            # measured elsewhere. Here only their speed matters.
            with np.errstate(all="ignore"):
                seconds[name, dtype, "article"] = median_seconds(FORMULAS[name], x)

# %%
# Relative to ReLU
# ----------------
# One bar per function: its time per element divided by that of the
# package's ReLU in the same dtype. Where the article gives a formula, a
# second, hatched bar shows that formula's time, also relative to the
# package's ReLU. The scale is logarithmic: each grid line is ten times the
# one before.

order = sorted(names, key=lambda name: seconds[name, np.float64, "package"])
fig, axes = plt.subplots(1, 2, figsize=(10.0, 8.0), sharey=True)
for ax, dtype in zip(axes, (np.float32, np.float64), strict=True):
    relu = seconds["relu", dtype, "package"]
    rows = np.arange(len(order))
    ax.barh(
        rows,
        [seconds[name, dtype, "package"] / relu for name in order],
        height=0.4,
        color=COLORS["blue"],
        label="package",
    )
    article = [name for name in order if name in ARTICLE]
    ax.barh(
        [order.index(name) + 0.4 for name in article],
        [seconds[name, dtype, "article"] / relu for name in article],
        height=0.4,
        color="white",
        edgecolor=COLORS["vermillion"],
        hatch="///",
        label="article's formula",
    )
    ax.axvline(1.0, color=COLORS["black"], linewidth=0.8)
    ax.set_xscale("log")
    ax.set_yticks(rows + 0.2, order)
    ax.invert_yaxis()
    ax.set_xlabel("time per element / ReLU's (log scale)")
    ax.set_title(np.dtype(dtype).name)
    ax.legend(loc="lower right")
fig.suptitle("Time per element of every activation, relative to ReLU, 10^5 values")
plt.show()

# %%
# The numbers
# -----------
# Nanoseconds per element on the machine that built this page, and the ratio
# to ReLU.

print(f"{'function':13} {'dtype':7} {'ns/elem':>8} {'/relu':>6} {'article ns':>11} {'/relu':>6}")
for name in order:
    for dtype in (np.float32, np.float64):
        relu = seconds["relu", dtype, "package"]
        package = seconds[name, dtype, "package"]
        row = f"{name:13} {np.dtype(dtype).name:7} {package * 1e3:8.2f} {package / relu:6.1f}"
        if name in ARTICLE:
            article = seconds[name, dtype, "article"]
            row += f" {article * 1e3:11.2f} {article / relu:6.1f}"
        print(row)

# %%
# What this shows
# ---------------
# Where ReLU ranks among all the functions, by time per element (1 = the
# fastest), and how much more the exponential functions cost:

exponential = ["sigmoid", "tanh", "softplus", "swish", "mish", "elu", "gelu"]
for dtype in (np.float32, np.float64):
    ranking = sorted(names, key=lambda name: seconds[name, dtype, "package"])
    relu = seconds["relu", dtype, "package"]
    cheapest = min(seconds[name, dtype, "package"] / relu for name in exponential)
    print(
        f"{np.dtype(dtype).name}: ReLU ranks {ranking.index('relu') + 1} of {len(names)}; "
        f"the cheapest of {', '.join(exponential)} takes {cheapest:.1f} times as long"
    )

# %%
# ReLU is one comparison per element: only functions that compare, clip or
# copy compete with it, and every function built on exponentials costs more,
# by at least the ratio printed above. So the article's "cheap to compute"
# holds.
#
# Mish against Swish, in the package and in the article's own formulas:

for dtype in (np.float32, np.float64):
    package = seconds["mish", dtype, "package"] / seconds["swish", dtype, "package"]
    article = seconds["mish", dtype, "article"] / seconds["swish", dtype, "article"]
    print(
        f"{np.dtype(dtype).name}: mish / swish = {package:.1f} (package), "
        f"{article:.1f} (article's formulas)"
    )

# %%
# The article's Mish evaluates five exponentials and a logarithm per element
# (softplus, then a tanh written with four exponentials); its Swish, one
# exponential. That is where its large ratio comes from. The package's Mish
# needs one exponential and a division, since
# :math:`\tanh(\operatorname{softplus}(x)) = n / (n + 2)` with
# :math:`n = e^x (e^x + 2)`, and guards both tails; it costs more than the
# package's Swish by the smaller ratio above. Mish does cost more, as the
# article says; how much more depends mostly on how it is written. The :doc:`performance page
# </performance>` compares the package with the naive formulas, SciPy and
# PyTorch in detail.
