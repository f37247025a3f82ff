"""
Sigmoid
=======

The logistic sigmoid squashes any real number into (0, 1). Its slope is largest
at 0, where it is 1/4, and decays exponentially on both sides: this is why
gradients shrink as they pass back through many sigmoid layers.

.. activation-formulas:: sigmoid
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(sigmoid, sigmoid_derivative, name="sigmoid", x=np.linspace(-8.0, 8.0, 1001))
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: sigmoid
#
# Copy this
# ---------
# The sigmoid and its derivative with NumPy alone. ``1 / (1 + np.exp(-x))``
# warns of an overflow below :math:`x \approx -709.78`;
# ``np.exp(-np.logaddexp(0, -x))`` never overflows. The derivative is
# ``sigmoid(x) * sigmoid(-x)``, since ``1 - sigmoid(x)`` loses all its digits
# once ``sigmoid(x)`` rounds to 1.

import numpy as np


def sigmoid(x):
    x = np.asarray(x, dtype=float)
    return np.exp(-np.logaddexp(0.0, -x))


def sigmoid_derivative(x):
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * sigmoid(-x)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("sigmoid", sigmoid, sigmoid_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: sigmoid
