"""
Squared ReLU
============

Squared ReLU is the square of ReLU. So et al. found it in an automated
search over Transformer blocks (Primer, 2021): in the feed-forward block it
trained language models to the same quality with less compute.

Unlike ReLU its derivative is continuous at 0; the second derivative jumps
there.

.. activation-formulas:: relu_squared
"""

# %%
# The function is drawn solid and its derivative dashed, with ReLU as the
# thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import relu, relu_squared, relu_squared_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-2.0, 2.0, 1001)
ax = plot_activation(relu_squared, relu_squared_derivative, name="relu_squared", x=x)
ax.plot(x, relu(x), linewidth=1.0, color=COLORS["black"], label="relu(x)")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: relu_squared
#
# Copy this
# ---------
# Squared ReLU and its derivative with NumPy alone. The definition is already
# stable: nothing in it cancels, and the square overflows only where the exact
# value is beyond the largest float.

import numpy as np


def relu_squared(x):
    x = np.asarray(x, dtype=float)
    positive = np.maximum(x, 0.0)
    return positive * positive


def relu_squared_derivative(x):
    x = np.asarray(x, dtype=float)
    return 2.0 * np.maximum(x, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("relu_squared", relu_squared, relu_squared_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: relu_squared
