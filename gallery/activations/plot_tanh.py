"""
Tanh
====

The hyperbolic tangent is a sigmoid stretched to (-1, 1) and centred on 0,
since tanh(x) = 2 sigmoid(2x) - 1. Its slope at 0 is 1, four times the
sigmoid's, but it saturates as quickly for large inputs.

.. activation-formulas:: tanh
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import tanh, tanh_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(tanh, tanh_derivative, name="tanh")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: tanh
#
# Copy this
# ---------
# Tanh and its derivative with NumPy alone. ``np.tanh`` is accurate everywhere,
# where the quotient of exponentials gives ``inf / inf = nan`` beyond
# :math:`|x| \approx 709.78`. The derivative is written :math:`4u / (1 + u)^2`
# with :math:`u = e^{-2|x|}`, since ``1 - np.tanh(x)**2`` is exactly 0 once
# ``tanh`` rounds to 1.

import numpy as np


def tanh(x):
    x = np.asarray(x, dtype=float)
    return np.tanh(x)


def tanh_derivative(x):
    x = np.asarray(x, dtype=float)
    # Beyond |x| = 400 the result is 0 anyway; the bound keeps 2|x| finite.
    u = np.exp(-2.0 * np.minimum(np.abs(x), 400.0))
    return 4.0 * u / (1.0 + u) ** 2


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("tanh", tanh, tanh_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: tanh
