"""
Log-sigmoid
===========

The logarithm of the sigmoid, -softplus(-x), tends to x for very negative x and
to 0 for large x. Computed directly, it stays finite where log(sigmoid(x))
gives -inf.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.log_sigmoid` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import log_sigmoid, log_sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(log_sigmoid, log_sigmoid_derivative, name="log_sigmoid")
plt.show()
