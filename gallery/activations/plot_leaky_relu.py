"""
Leaky ReLU
==========

Leaky ReLU keeps a small slope for negative input, so that units whose input is
negative still receive a gradient. The default slope, 0.01, is too small to see
at this scale: the figure uses 0.1.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.leaky_relu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import leaky_relu, leaky_relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(leaky_relu, leaky_relu_derivative, name="leaky_relu", negative_slope=0.1)
plt.show()
