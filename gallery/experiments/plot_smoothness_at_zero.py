"""
Smoothness at 0
===============

The article says Swish, unlike ReLU, is continuous at :math:`x = 0` (it
means its slope: ReLU itself is continuous, but its derivative jumps there),
and that Mish changes more sharply than Swish near 0. Both are statements
about derivatives, so this script looks at them: the first derivatives from
the package's closed forms, the second by central differences of those.
"""

# %%
# First derivatives around 0
# --------------------------
# ReLU's slope jumps from 0 to 1; the slopes of Swish and Mish pass through 0
# smoothly, Mish's more steeply.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import (
    mish,
    mish_derivative,
    relu,
    relu_derivative,
    swish,
    swish_derivative,
)
from activation_functions.plotting import COLORS, use_style

use_style()
functions = {
    "relu": (relu, relu_derivative, COLORS["blue"]),
    "swish": (swish, swish_derivative, COLORS["green"]),
    "mish": (mish, mish_derivative, COLORS["purple"]),
}
step = 1e-5


def second_derivative(derivative, x):
    """Central difference of the closed-form first derivative."""
    return (derivative(x + step) - derivative(x - step)) / (2 * step)


x = np.linspace(-3.0, 3.0, 1201)  # includes 0 exactly
fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.0))
for name, (_, derivative, color) in functions.items():
    slope = derivative(x)
    if name == "relu":
        slope = np.where(x == 0, np.nan, slope)  # a gap, not a vertical line
    left.plot(x, slope, color=color, label=f"{name}'(x)")
    if name != "relu":
        right.plot(x, second_derivative(derivative, x), color=color, label=f"{name}''(x)")
right.axhline(0, color=COLORS["black"], linewidth=0.8)
left.set_title("First derivatives")
right.set_title("Second derivatives (ReLU's is 0 away from 0)")
for ax in (left, right):
    ax.set_xlabel("x")
    ax.legend()
fig.suptitle("Slopes and curvature of ReLU, Swish and Mish around 0")
plt.show()

# %%
# In numbers
# ----------
# Left and right limits of the slope at 0 (evaluated at :math:`\pm 10^{-9}`),
# the curvature at 0, and the largest curvature and where it is.

columns = ("slope 0-", "slope 0+", "jump", "f''(0)", "max f''", "at x")
print(
    f"{'':6} {columns[0]:>9} {columns[1]:>9} {columns[2]:>6} {columns[3]:>8} {columns[4]:>9} {columns[5]:>7}"
)
grid = np.linspace(-3.0, 3.0, 60001)
curvature_at_zero = {}
for name, (_, derivative, _) in functions.items():
    below, above = derivative(-1e-9), derivative(1e-9)
    curvature = second_derivative(derivative, grid)
    peak = np.argmax(curvature)
    curvature_at_zero[name] = second_derivative(derivative, 0.0)
    print(
        f"{name:6} {below:9.4f} {above:9.4f} {above - below:6.3f} "
        f"{curvature_at_zero[name]:8.4g} {curvature[peak]:9.4g} {grid[peak]:7.3f}"
    )

# %%
# ReLU's second difference at 0 is not a number to read: it is
# :math:`1 / (2 \times 10^{-5})`, the difference quotient of a jump, and grows
# without bound as the step shrinks. That is what a kink is.

# %%
# What this shows
# ---------------
# The slope of ReLU jumps by 1 at 0; the slopes of Swish and Mish do not jump
# at all: both functions are infinitely differentiable. Near 0, Mish's slope
# is steeper (0.6 at 0 against 0.5) and bends faster: its curvature at 0 is
# larger by the ratio printed below. The article's "more dynamic near 0" is
# right, and the size of the difference is this ratio.

print(
    f"Mish's curvature at 0 / Swish's: {curvature_at_zero['mish'] / curvature_at_zero['swish']:.3f}"
)

# %%
# The functions themselves differ by little: the largest gap between Mish and
# Swish on [-3, 3] is printed below (see also :ref:`the overlay
# <sphx_glr_auto_examples_comparisons_plot_swish_mish.py>`).

gap = np.abs(mish(x) - swish(x))
print(f"largest |mish - swish| on [-3, 3]: {gap.max():.4f} at x = {x[np.argmax(gap)]:.2f}")
