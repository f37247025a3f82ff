"""
Hard sigmoid
============

The hard sigmoid replaces the sigmoid by the line x/6 + 1/2 clipped to [0, 1]:
no exponential, which suits mobile hardware.

.. activation-formulas:: hard_sigmoid
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import hard_sigmoid, hard_sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    hard_sigmoid, hard_sigmoid_derivative, name="hard_sigmoid", x=np.linspace(-5.0, 5.0, 1001)
)
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: hard_sigmoid
#
# Copy this
# ---------
# Hard sigmoid and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels. Written ``(x + 3) / 6`` rather
# than ``x / 6 + 1 / 2``, it is also exact near :math:`x = -3`.

import numpy as np


def hard_sigmoid(x):
    x = np.asarray(x, dtype=float)
    return np.clip((x + 3.0) / 6.0, 0.0, 1.0)


def hard_sigmoid_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.where((x > -3.0) & (x < 3.0), 1.0 / 6.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("hard_sigmoid", hard_sigmoid, hard_sigmoid_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: hard_sigmoid
