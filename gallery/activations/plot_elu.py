"""
ELU
===

ELU follows x for positive input and alpha (e^x - 1) for negative input,
saturating at -alpha. Its negative outputs pull the mean activation towards
zero.

.. activation-formulas:: elu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import elu, elu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(elu, elu_derivative, name="elu", x=np.linspace(-6.0, 4.0, 1001), alpha=1.0)
plt.show()

# %%
# .. activation-slider:: elu
#
# Properties
# ----------
#
# .. activation-properties:: elu
#
# Copy this
# ---------
# ELU and its derivative with NumPy alone.
# ``np.where(x > 0, x, np.exp(x) - 1)`` evaluates ``np.exp`` on every input, so
# it warns of an overflow for large positive ``x``, and :math:`e^x - 1` cancels
# near 0: the copy takes ``np.expm1`` of :math:`\min(x, 0)` instead.

import numpy as np


def elu(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + alpha * np.expm1(np.minimum(x, 0.0))


def elu_derivative(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("elu", elu, elu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: elu
