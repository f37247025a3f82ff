"""
ReLU
====

The rectified linear unit passes positive input unchanged and replaces negative
input by 0. Its derivative is 1 wherever the input is positive, so gradients do
not shrink through active units, and it costs a single comparison.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.relu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import relu, relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(relu, relu_derivative, name="relu")
plt.show()
