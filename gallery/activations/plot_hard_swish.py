"""
Hard swish
==========

Hard swish is the input times the hard sigmoid: a piecewise quadratic stand-in
for Swish, used in MobileNetV3. Its derivative jumps at -3 and 3.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.hard_swish` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import hard_swish, hard_swish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(hard_swish, hard_swish_derivative, name="hard_swish")
plt.show()
