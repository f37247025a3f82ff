"""
SiLU
====

SiLU, the sigmoid-weighted linear unit x sigmoid(x), is Swish with beta = 1;
the two names come from two papers that found the same function.

.. activation-formulas:: silu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import silu, silu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(silu, silu_derivative, name="silu", x=np.linspace(-6.0, 4.0, 1001))
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: silu
#
# Copy this
# ---------
# SiLU and its derivative with NumPy alone. The sigmoid is written
# ``exp(-logaddexp(0, -x))``, which never overflows where ``1 + np.exp(-x)``
# does, and :math:`1 - \sigma(x)` as ``sigmoid(-x)``, which does not cancel.

import numpy as np


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def silu(x):
    x = np.asarray(x, dtype=float)
    return x * sigmoid(x)


def silu_derivative(x):
    x = np.asarray(x, dtype=float)
    return sigmoid(x) * (1.0 + x * sigmoid(-x))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("silu", silu, silu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: silu
