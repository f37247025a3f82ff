"""
Swish
=====

Swish multiplies the input by a sigmoid gate, x sigmoid(beta x). Unlike ReLU it
is smooth at 0 and dips below zero for negative input, with a minimum of about
-0.278 at x = -1.278 when beta = 1, as drawn here.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.swish` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import swish, swish_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(swish, swish_derivative, name="swish")
plt.show()
