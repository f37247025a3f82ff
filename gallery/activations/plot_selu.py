"""
SELU
====

SELU scales ELU by lambda = 1.0507 with alpha = 1.6733, constants chosen so
that a standard normal input gives an output of mean 0 and variance 1. Its
derivative jumps at 0, from lambda alpha to lambda.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.selu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import selu, selu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(selu, selu_derivative, name="selu")
plt.show()
