r"""
Squareplus
==========

Squareplus (Barron, 2021) is a smooth ReLU made of a square root instead of
an exponential and a logarithm:

.. math::

    \operatorname{squareplus}_b(x) = \frac{x + \sqrt{x^2 + b}}{2}

    \operatorname{squareplus}_b'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)

The parameter :math:`b` sets how round the corner is; :math:`b = 4` by
default, and :math:`b = 0` gives ReLU. JAX ships it as ``jax.nn.squareplus``.
"""

# %%
# The function is drawn solid and its derivative dashed, with softplus, which
# it imitates, as a thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softplus, squareplus, squareplus_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-6.0, 6.0, 1201)
ax = plot_activation(squareplus, squareplus_derivative, name="squareplus", x=x)
ax.plot(x, softplus(x), linewidth=1.0, color=COLORS["black"], label="softplus(x)")
ax.legend()
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
