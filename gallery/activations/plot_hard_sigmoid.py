"""
Hard sigmoid
============

The hard sigmoid replaces the sigmoid by the line x/6 + 1/2 clipped to [0, 1]:
no exponential, which suits mobile hardware.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.hard_sigmoid` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import hard_sigmoid, hard_sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(hard_sigmoid, hard_sigmoid_derivative, name="hard_sigmoid")
plt.show()
