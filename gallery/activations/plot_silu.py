"""
SiLU
====

SiLU, the sigmoid-weighted linear unit x sigmoid(x), is Swish with beta = 1;
the two names come from two papers that found the same function.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.silu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import silu, silu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(silu, silu_derivative, name="silu")
plt.show()
