"""
Softplus
========

Softplus, log(1 + e^x), is a smooth version of ReLU. It is always positive,
tends to x for large x and to e^x for very negative x, and its derivative is
the sigmoid.

.. activation-formulas:: softplus
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import softplus, softplus_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(softplus, softplus_derivative, name="softplus")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: softplus
#
# Copy this
# ---------
# Softplus and its derivative with NumPy alone. ``np.log(1 + np.exp(x))``
# overflows above :math:`x \approx 709.78` and gives 0 below
# :math:`x \approx -37`; ``np.logaddexp(0, x)`` does neither. The derivative is
# the sigmoid, written ``exp(-softplus(-x))``.

import numpy as np


def softplus(x):
    x = np.asarray(x, dtype=float)
    return np.logaddexp(0.0, x)


def softplus_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.exp(-np.logaddexp(0.0, -x))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("softplus", softplus, softplus_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: softplus
