"""
RReLU
=====

RReLU draws the negative slope at random between 1/8 and 1/3 during training
and uses their mean, 11/48, in evaluation. The lines show the evaluation curve;
the dots show one draw of training-mode outputs.

.. activation-formulas:: rrelu
"""

# %%
# The function is drawn solid and its derivative dashed. The dots are one
# draw in training mode, where each negative input gets its own slope.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import rrelu, rrelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(rrelu, rrelu_derivative, name="rrelu", lower=1 / 8, upper=1 / 3)
x = np.linspace(-5.0, 5.0, 41)
ax.plot(
    x,
    rrelu(x, rng=np.random.default_rng(0)),
    "o",
    markersize=4,
    label="one training draw",
)
ax.legend(title="lower = 1/8, upper = 1/3")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: rrelu
#
# Copy this
# ---------
# RReLU and its derivative with NumPy alone: without ``rng`` in evaluation
# mode, with a generator in training mode (a generator in the same state gives
# the derivative the same slopes). The definition is already stable: nothing in
# it overflows or cancels.

import numpy as np


def rrelu(x, lower=1 / 8, upper=1 / 3, rng=None):
    x = np.asarray(x, dtype=float)
    slope = (lower + upper) / 2  # evaluation: the mean slope
    if rng is not None:  # training: one slope per element
        slope = rng.uniform(lower, upper, x.shape)
    return np.where(x > 0, x, slope * x)


def rrelu_derivative(x, lower=1 / 8, upper=1 / 3, rng=None):
    x = np.asarray(x, dtype=float)
    slope = (lower + upper) / 2
    if rng is not None:
        slope = rng.uniform(lower, upper, x.shape)
    return np.where(x > 0, 1.0, slope)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("rrelu", rrelu, rrelu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: rrelu
