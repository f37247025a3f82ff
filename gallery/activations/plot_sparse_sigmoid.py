"""
Sparse sigmoid
==============

The sparse sigmoid (Blondel et al., 2020) is 0 below -1, 1 above 1 and a
straight line between: a sigmoid that reaches its limits.

It is what sparsemax gives the first of two scores :math:`(x, 0)`, as the
sigmoid is what softmax gives it, and it is the derivative of sparse plus.
JAX and Keras ship it.

.. activation-formulas:: sparse_sigmoid
"""

# %%
# The function is drawn solid and its derivative dashed (its jumps as gaps),
# with the sigmoid as the thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, sparse_sigmoid, sparse_sigmoid_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-4.0, 4.0, 1001)
ax = plot_activation(sparse_sigmoid, sparse_sigmoid_derivative, name="sparse_sigmoid", x=x)
ax.plot(x, sigmoid(x), linewidth=1.0, color=COLORS["black"], label="sigmoid(x)")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: sparse_sigmoid
#
# Copy this
# ---------
# Sparse sigmoid and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels. Written ``(x + 1) / 2`` rather
# than ``x / 2 + 1 / 2``, it rounds once.

import numpy as np


def sparse_sigmoid(x):
    x = np.asarray(x, dtype=float)
    return np.clip((x + 1.0) / 2.0, 0.0, 1.0)


def sparse_sigmoid_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.where((x > -1.0) & (x < 1.0), 0.5, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("sparse_sigmoid", sparse_sigmoid, sparse_sigmoid_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: sparse_sigmoid
