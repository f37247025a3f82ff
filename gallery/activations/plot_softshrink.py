"""
Softshrink
==========

Soft shrinkage moves every value towards 0 by lambda = 0.5 and sets the values
within lambda of 0 to 0.

.. activation-formulas:: softshrink
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softshrink, softshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    softshrink,
    softshrink_derivative,
    name="softshrink",
    x=np.linspace(-2.0, 2.0, 1001),
    lambd=0.5,
)
plt.show()

# %%
# .. activation-slider:: softshrink
#
# Properties
# ----------
#
# .. activation-properties:: softshrink
#
# Copy this
# ---------
# Softshrink and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels. Written
# ``x - np.clip(x, -lambd, lambd)``, it needs no cases and rounds once.

import numpy as np


def softshrink(x, lambd=0.5):
    x = np.asarray(x, dtype=float)
    return x - np.clip(x, -lambd, lambd)


def softshrink_derivative(x, lambd=0.5):
    x = np.asarray(x, dtype=float)
    return np.where(np.abs(x) > lambd, 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("softshrink", softshrink, softshrink_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: softshrink
