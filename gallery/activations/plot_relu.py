"""
ReLU
====

The rectified linear unit passes positive input unchanged and replaces negative
input by 0. Its derivative is 1 wherever the input is positive, so gradients do
not shrink through active units, and it costs a single comparison.

.. activation-formulas:: relu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import relu, relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(relu, relu_derivative, name="relu")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: relu
#
# Copy this
# ---------
# ReLU and its derivative with NumPy alone. The definition is already stable:
# nothing in it overflows or cancels.

import numpy as np


def relu(x):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0)


def relu_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("relu", relu, relu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: relu
