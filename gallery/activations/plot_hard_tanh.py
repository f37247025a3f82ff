"""
Hard tanh
=========

Hard tanh clips its input to [-1, 1]: the identity in the middle, constant
outside.

.. activation-formulas:: hard_tanh
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import hard_tanh, hard_tanh_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    hard_tanh,
    hard_tanh_derivative,
    name="hard_tanh",
    x=np.linspace(-3.0, 3.0, 1001),
    min_val=-1.0,
    max_val=1.0,
)
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: hard_tanh
#
# Copy this
# ---------
# Hard tanh and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels.

import numpy as np


def hard_tanh(x, min_val=-1.0, max_val=1.0):
    x = np.asarray(x, dtype=float)
    return np.clip(x, min_val, max_val)


def hard_tanh_derivative(x, min_val=-1.0, max_val=1.0):
    x = np.asarray(x, dtype=float)
    return np.where((x > min_val) & (x < max_val), 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("hard_tanh", hard_tanh, hard_tanh_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: hard_tanh
