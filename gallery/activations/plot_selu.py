"""
SELU
====

SELU scales ELU by lambda = 1.0507 with alpha = 1.6733, constants chosen so
that a standard normal input gives an output of mean 0 and variance 1. Its
derivative jumps at 0, from lambda alpha to lambda.

.. activation-formulas:: selu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import selu, selu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(selu, selu_derivative, name="selu", x=np.linspace(-6.0, 4.0, 1001))
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: selu
#
# Copy this
# ---------
# SELU and its derivative with NumPy alone. As for ELU, the textbook
# ``np.where`` evaluates ``np.exp`` on every input, so it warns of an overflow
# for large positive ``x``, and :math:`e^x - 1` cancels near 0: the copy takes
# ``np.expm1`` of :math:`\min(x, 0)` instead.

import numpy as np

SCALE = 1.0507009873554805  # lambda
ALPHA = 1.6732632423543772  # alpha
# Above this, lambda x is larger than the largest float.
LARGEST_INPUT = np.finfo(float).max / SCALE


def selu(x):
    x = np.asarray(x, dtype=float)
    negative = ALPHA * np.expm1(np.minimum(x, 0.0))
    value = SCALE * np.where(x > 0, np.minimum(x, LARGEST_INPUT), negative)
    return np.where(x > LARGEST_INPUT, np.inf, value)


def selu_derivative(x):
    x = np.asarray(x, dtype=float)
    return SCALE * np.where(x > 0, 1.0, ALPHA * np.exp(np.minimum(x, 0.0)))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("selu", selu, selu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: selu
