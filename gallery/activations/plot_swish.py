"""
Swish
=====

Swish multiplies the input by a sigmoid gate, x sigmoid(beta x). Unlike ReLU it
is smooth at 0 and dips below zero for negative input, with a minimum of about
-0.278 at x = -1.278 when beta = 1, as drawn here.

.. activation-formulas:: swish
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import swish, swish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    swish, swish_derivative, name="swish", x=np.linspace(-6.0, 4.0, 1001), beta=1.0
)
plt.show()

# %%
# .. activation-slider:: swish
#
# Properties
# ----------
#
# .. activation-properties:: swish
#
# Copy this
# ---------
# Swish and its derivative with NumPy alone. The sigmoid is written
# ``exp(-logaddexp(0, -z))``, which never overflows, and the derivative's
# :math:`\sigma(z)(1 - \sigma(z))` as ``sigmoid(z) * sigmoid(-z)``, which does
# not cancel when :math:`\sigma(z)` rounds to 1.

import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def swish(x, beta=1.0):
    x = np.asarray(x, dtype=float)
    z = beta * np.clip(x, -1e300, 1e300)  # (so that beta * x stays finite)
    return x * sigmoid(z)


def swish_derivative(x, beta=1.0):
    x = np.asarray(x, dtype=float)
    z = beta * np.clip(x, -1e300, 1e300)
    return sigmoid(z) + z * sigmoid(z) * sigmoid(-z)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("swish", swish, swish_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: swish
