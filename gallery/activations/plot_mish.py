"""
Mish
====

Mish multiplies the input by tanh(softplus(x)). It looks much like Swish, with
a slightly deeper minimum (about -0.309) and a steeper rise around 0.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.mish` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import mish, mish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(mish, mish_derivative, name="mish")
plt.show()
