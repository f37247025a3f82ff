"""
Hard tanh
=========

Hard tanh clips its input to [-1, 1]: the identity in the middle, constant
outside.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.hard_tanh` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import hard_tanh, hard_tanh_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(hard_tanh, hard_tanh_derivative, name="hard_tanh")
plt.show()
