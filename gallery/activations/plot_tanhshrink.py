"""
Tanhshrink
==========

Tanhshrink, x - tanh(x), is flat near 0, where it grows like x^3/3, and tends
to x - 1 for large x.

.. activation-formulas:: tanhshrink
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import tanhshrink, tanhshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    tanhshrink, tanhshrink_derivative, name="tanhshrink", x=np.linspace(-4.0, 4.0, 1001)
)
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: tanhshrink
#
# Copy this
# ---------
# Tanhshrink and its derivative with NumPy alone. Near 0 the subtraction
# ``x - np.tanh(x)`` cancels (below :math:`|x| \approx 10^{-8}` no digit is
# left); for :math:`|x| < 1.25` the copy takes Lambert's continued fraction
# :math:`\tanh x = x / (1 + q)`, :math:`q = x^2 / (3 + x^2 / (5 + \dots))`,
# so that :math:`x - \tanh x = x q / (1 + q)`, in which every term is positive.

import numpy as np


def tanhshrink(x):
    x = np.asarray(x, dtype=float)
    near = np.clip(x, -1.25, 1.25)
    square = near * near
    q = np.zeros_like(square)
    for k in range(25, 1, -2):  # from the innermost term: k = 25, 23, ..., 3
        q = square / (k + q)
    return np.where(np.abs(x) < 1.25, near * q / (1.0 + q), x - np.tanh(x))


def tanhshrink_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.tanh(x) ** 2


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("tanhshrink", tanhshrink, tanhshrink_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: tanhshrink
