"""
Identity
========

The identity returns its input. As the output activation of a regression
network it lets the output take any real value; inside a network it would let
the layers collapse into a single linear map.

.. activation-formulas:: identity
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import identity, identity_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(identity, identity_derivative, name="identity")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: identity
#
# Copy this
# ---------
# The identity and its derivative with NumPy alone. The definition is already
# stable: nothing in it overflows or cancels.

import numpy as np


def identity(x):
    x = np.asarray(x, dtype=float)
    return x.copy()  # a new array, not the input itself


def identity_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.ones_like(x)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("identity", identity, identity_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: identity
