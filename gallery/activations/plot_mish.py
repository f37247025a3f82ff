r"""
Mish
====

Mish multiplies the input by tanh(softplus(x)). It looks much like Swish, with
a slightly deeper minimum (about -0.309) and a steeper rise around 0.

The article this project grew from writes Mish as :math:`x \tanh(\sigma(x))`
with :math:`\sigma` for softplus; elsewhere, this site included, :math:`\sigma`
is the sigmoid, and softplus is written :math:`\operatorname{softplus}(x)`.

.. activation-formulas:: mish
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import mish, mish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(mish, mish_derivative, name="mish")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: mish
#
# Copy this
# ---------
# Mish and its derivative with NumPy alone. Softplus is written
# ``np.logaddexp(0, x)``, which never overflows, and the sigmoid
# ``exp(-softplus(-x))``.

import numpy as np


def mish(x):
    x = np.asarray(x, dtype=float)
    return x * np.tanh(np.logaddexp(0.0, x))


def mish_derivative(x):
    x = np.asarray(x, dtype=float)
    gate = np.tanh(np.logaddexp(0.0, x))
    sigmoid = np.exp(-np.logaddexp(0.0, -x))
    return gate + x * sigmoid * (1.0 - gate * gate)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("mish", mish, mish_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: mish
