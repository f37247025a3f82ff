"""
Sparse plus
===========

Sparse plus (Blondel et al., 2020) joins the two pieces of ReLU by a
parabola: exactly 0 below -1, exactly :math:`x` above 1.

It is to the sparse sigmoid what softplus is to the sigmoid. JAX and Keras
ship it.

.. activation-formulas:: sparse_plus
"""

# %%
# The function is drawn solid and its derivative dashed, with softplus as the
# thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softplus, sparse_plus, sparse_plus_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-3.0, 3.0, 1001)
ax = plot_activation(sparse_plus, sparse_plus_derivative, name="sparse_plus", x=x)
ax.plot(x, softplus(x), linewidth=1.0, color=COLORS["black"], label="softplus(x)")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: sparse_plus
#
# Copy this
# ---------
# Sparse plus and its derivative with NumPy alone. The definition is already
# stable, but ``np.where`` computes every piece everywhere, and ``(x + 1)**2``
# overflows (with a warning) for huge ``x``: the copy squares the input
# clipped to [-1, 1], the only place where the parabola is used.

import numpy as np


def sparse_plus(x):
    x = np.asarray(x, dtype=float)
    middle = np.clip(x, -1.0, 1.0)
    return np.where(x >= 1.0, x, (middle + 1.0) ** 2 / 4.0)


def sparse_plus_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.clip((x + 1.0) / 2.0, 0.0, 1.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("sparse_plus", sparse_plus, sparse_plus_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: sparse_plus
