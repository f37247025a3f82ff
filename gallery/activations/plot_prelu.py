"""
PReLU
=====

PReLU is a leaky ReLU whose negative slope is learned during training. The
figure uses the starting value of He et al., 0.25.

.. activation-formulas:: prelu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt

from activation_functions import prelu, prelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(prelu, prelu_derivative, name="prelu", weight=0.25)
plt.show()

# %%
# .. activation-slider:: prelu
#
# Properties
# ----------
#
# .. activation-properties:: prelu
#
# Copy this
# ---------
# PReLU and its derivative with respect to ``x``, with NumPy alone. The
# definition is already stable: nothing in it overflows or cancels.

import numpy as np


def prelu(x, weight=0.25):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, x, weight * x)


def prelu_derivative(x, weight=0.25):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, weight)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("prelu", prelu, prelu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: prelu
