"""
Softshrink
==========

Soft shrinkage moves every value towards 0 by lambda = 0.5 and sets the values
within lambda of 0 to 0.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.softshrink` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import softshrink, softshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(softshrink, softshrink_derivative, name="softshrink")
plt.show()
