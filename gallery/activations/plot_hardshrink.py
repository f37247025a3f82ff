"""
Hardshrink
==========

Hard shrinkage sets the values within lambda = 0.5 of 0 to 0 and keeps the
others unchanged, so it jumps at -0.5 and 0.5.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.hardshrink` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import hardshrink, hardshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(hardshrink, hardshrink_derivative, name="hardshrink")
plt.show()
