"""
Tanh
====

The hyperbolic tangent is a sigmoid stretched to (-1, 1) and centred on 0,
since tanh(x) = 2 sigmoid(2x) - 1. Its slope at 0 is 1, four times the
sigmoid's, but it saturates as quickly for large inputs.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.tanh` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import tanh, tanh_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(tanh, tanh_derivative, name="tanh")
plt.show()
