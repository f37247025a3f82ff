"""
Hardshrink
==========

Hard shrinkage sets the values within lambda = 0.5 of 0 to 0 and keeps the
others unchanged, so it jumps at -0.5 and 0.5.

.. activation-formulas:: hardshrink
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import hardshrink, hardshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    hardshrink,
    hardshrink_derivative,
    name="hardshrink",
    x=np.linspace(-2.0, 2.0, 1001),
    lambd=0.5,
)
plt.show()

# %%
# .. activation-slider:: hardshrink
#
# Properties
# ----------
#
# .. activation-properties:: hardshrink
#
# Copy this
# ---------
# Hardshrink and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels.

import numpy as np


def hardshrink(x, lambd=0.5):
    x = np.asarray(x, dtype=float)
    return np.where(np.abs(x) > lambd, x, 0.0)


def hardshrink_derivative(x, lambd=0.5):
    x = np.asarray(x, dtype=float)
    return np.where(np.abs(x) > lambd, 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("hardshrink", hardshrink, hardshrink_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: hardshrink
