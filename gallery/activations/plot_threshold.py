"""
Threshold
=========

Threshold replaces every value at or below a threshold by a fixed value. With
threshold 1 and value 0, as drawn, it is zero up to 1 and the identity above,
with a jump at 1.

.. activation-formulas:: threshold
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import threshold, threshold_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    threshold,
    threshold_derivative,
    name="threshold",
    x=np.linspace(-2.0, 4.0, 1001),
    threshold=1.0,
    value=0.0,
)
plt.show()

# %%
# .. activation-slider:: threshold
#
# Properties
# ----------
#
# .. activation-properties:: threshold
#
# Copy this
# ---------
# Threshold and its derivative with NumPy alone; like the package's, they have
# no defaults. The definition is already stable: nothing in it overflows or
# cancels.

import numpy as np


def threshold(x, threshold, value):
    x = np.asarray(x, dtype=float)
    return np.where(x > threshold, x, value)


def threshold_derivative(x, threshold, value):  # noqa: ARG001 (value does not change it)
    x = np.asarray(x, dtype=float)
    return np.where(x > threshold, 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("threshold", threshold, threshold_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: threshold
