"""
Tanhshrink
==========

Tanhshrink, x - tanh(x), is flat near 0, where it grows like x^3/3, and tends
to x - 1 for large x.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.tanhshrink` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import tanhshrink, tanhshrink_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(tanhshrink, tanhshrink_derivative, name="tanhshrink")
plt.show()
