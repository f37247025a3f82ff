"""
Log-sigmoid
===========

The logarithm of the sigmoid, -softplus(-x), tends to x for very negative x and
to 0 for large x. Computed directly, it stays finite where log(sigmoid(x))
gives -inf.

.. activation-formulas:: log_sigmoid
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import log_sigmoid, log_sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(log_sigmoid, log_sigmoid_derivative, name="log_sigmoid")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: log_sigmoid
#
# Copy this
# ---------
# The log-sigmoid and its derivative with NumPy alone.
# ``-np.log(1 + np.exp(-x))`` overflows below :math:`x \approx -709.78` and
# gives 0 above :math:`x \approx 37`; ``-np.logaddexp(0, -x)`` does neither.
# The derivative, :math:`\sigma(-x)`, is ``exp(-logaddexp(0, x))``.

import numpy as np


def log_sigmoid(x):
    x = np.asarray(x, dtype=float)
    return -np.logaddexp(0.0, -x)


def log_sigmoid_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.exp(-np.logaddexp(0.0, x))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("log_sigmoid", log_sigmoid, log_sigmoid_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: log_sigmoid
