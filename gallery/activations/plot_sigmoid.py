"""
Sigmoid
=======

The logistic sigmoid squashes any real number into (0, 1). Its slope is largest
at 0, where it is 1/4, and decays exponentially on both sides: this is why
gradients shrink as they pass back through many sigmoid layers.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.sigmoid` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import sigmoid, sigmoid_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(sigmoid, sigmoid_derivative, name="sigmoid")
plt.show()
