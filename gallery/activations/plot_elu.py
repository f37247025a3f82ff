"""
ELU
===

ELU follows x for positive input and alpha (e^x - 1) for negative input,
saturating at -alpha. Its negative outputs pull the mean activation towards
zero.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.elu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import elu, elu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(elu, elu_derivative, name="elu")
plt.show()
