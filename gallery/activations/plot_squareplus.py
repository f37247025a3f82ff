r"""
Squareplus
==========

Squareplus (Barron, 2021) is a smooth ReLU made of a square root instead of
an exponential and a logarithm.

The parameter :math:`b` sets how round the corner is; :math:`b = 4` by
default, and :math:`b = 0` gives ReLU. JAX ships it as ``jax.nn.squareplus``.

.. activation-formulas:: squareplus
"""

# %%
# The function is drawn solid and its derivative dashed, with softplus, which
# it imitates, as a thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softplus, squareplus, squareplus_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-6.0, 6.0, 1001)
ax = plot_activation(squareplus, squareplus_derivative, name="squareplus", x=x, b=4.0)
ax.plot(x, softplus(x), linewidth=1.0, color=COLORS["black"], label="softplus(x)")
ax.legend(title="b = 4")
plt.show()

# %%
# The width of the corner
# -----------------------
# At 0 the value is :math:`\sqrt{b}/2`; far from 0 every curve is ReLU.

fig, ax = plt.subplots()
for b in (0.0, 1.0, 4.0, 16.0):
    ax.plot(x, squareplus(x, b=b), label=f"b = {b:g}")
ax.set_xlabel("x")
ax.set_title("squareplus for four values of b")
ax.legend()
plt.show()

# %%
# The left tail
# -------------
# For negative :math:`x` the sum :math:`x + \sqrt{x^2 + b}` cancels: written
# as defined it is a quarter off at :math:`x = -10^8` and 0 below about
# :math:`-1.3 \times 10^8`, where the value is :math:`b / (4|x|)`. The
# package uses the equal form :math:`b / (2(\sqrt{x^2 + b} - x))`, in which
# nothing cancels.

left = np.array([-1e4, -1e8, -1e12])
print("as defined:", (left + np.sqrt(left**2 + 4.0)) / 2)
print("package:   ", squareplus(left))

# %%
# .. activation-slider:: squareplus
#
# Properties
# ----------
#
# .. activation-properties:: squareplus
#
# Copy this
# ---------
# Squareplus and its derivative with NumPy alone. The definition cancels for
# negative :math:`x` and overflows where :math:`x^2` does; with
# :math:`h = \sqrt{x^2 + b}` taken as ``np.hypot(x, np.sqrt(b))``, which does
# not overflow, the copy writes the value as
# :math:`\max(x, 0) + b / (2(h + |x|))` and the derivative through
# :math:`q = b / (2h(h + |x|))`, in which nothing cancels.

import numpy as np


def squareplus(x, b=4.0):
    x = np.asarray(x, dtype=float)
    if b == 0:
        return np.maximum(x, 0.0)
    h = np.hypot(x, np.sqrt(b))
    # (x + h) / 2 = max(x, 0) + b / (2 (h + |x|)); halves, since h + |x| may overflow.
    return np.maximum(x, 0.0) + 0.25 * b / (0.5 * h + 0.5 * np.abs(x))


def squareplus_derivative(x, b=4.0):
    x = np.asarray(x, dtype=float)
    if b == 0:
        return np.where(x > 0, 1.0, 0.0)
    h = np.hypot(x, np.sqrt(b))
    # (1 + x / h) / 2 is q for x < 0 and 1 - q above.
    q = 0.25 * b / h / (0.5 * h + 0.5 * np.abs(x))
    return np.where(x < 0, q, 1.0 - q)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("squareplus", squareplus, squareplus_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: squareplus
