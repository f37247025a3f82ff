"""
Hard swish
==========

Hard swish is the input times the hard sigmoid: a piecewise quadratic stand-in
for Swish, used in MobileNetV3. Its derivative jumps at -3 and 3.

.. activation-formulas:: hard_swish
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import hard_swish, hard_swish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    hard_swish, hard_swish_derivative, name="hard_swish", x=np.linspace(-5.0, 5.0, 1001)
)
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: hard_swish
#
# Copy this
# ---------
# Hard swish and its derivative with NumPy alone. The definition is already
# stable: nothing in it cancels, and the middle piece of the derivative takes
# the input clipped to [-3, 3], since ``np.where`` computes it everywhere and
# ``2 * x`` could overflow.

import numpy as np


def hard_swish(x):
    x = np.asarray(x, dtype=float)
    return x * np.clip((x + 3.0) / 6.0, 0.0, 1.0)


def hard_swish_derivative(x):
    x = np.asarray(x, dtype=float)
    middle = (2.0 * np.clip(x, -3.0, 3.0) + 3.0) / 6.0
    return np.where(x <= -3.0, 0.0, np.where(x < 3.0, middle, 1.0))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("hard_swish", hard_swish, hard_swish_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: hard_swish
