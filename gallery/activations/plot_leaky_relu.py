"""
Leaky ReLU
==========

Leaky ReLU keeps a small slope for negative input, so that units whose input is
negative still receive a gradient. The default slope, 0.01, is too small to see
at this scale: the figure uses 0.1.

.. activation-formulas:: leaky_relu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import leaky_relu, leaky_relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(leaky_relu, leaky_relu_derivative, name="leaky_relu", negative_slope=0.1)
plt.show()

# %%
# .. activation-slider:: leaky_relu
#
# Properties
# ----------
#
# .. activation-properties:: leaky_relu
#
# Copy this
# ---------
# Leaky ReLU and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels.

import numpy as np


def leaky_relu(x, negative_slope=0.01):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, negative_slope * x)


def leaky_relu_derivative(x, negative_slope=0.01):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, negative_slope)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("leaky_relu", leaky_relu, leaky_relu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: leaky_relu
