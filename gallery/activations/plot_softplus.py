"""
Softplus
========

Softplus, log(1 + e^x), is a smooth version of ReLU. It is always positive,
tends to x for large x and to e^x for very negative x, and its derivative is
the sigmoid.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.softplus` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import softplus, softplus_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(softplus, softplus_derivative, name="softplus")
plt.show()
