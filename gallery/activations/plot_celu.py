"""
CELU
====

CELU divides by alpha inside the exponential, so that its slope is continuous
at 0 for every alpha. With alpha = 1 it equals ELU; the figure uses alpha = 2.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.celu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import celu, celu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(celu, celu_derivative, name="celu", alpha=2.0)
plt.show()
