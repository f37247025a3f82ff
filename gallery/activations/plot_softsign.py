"""
Softsign
========

Softsign, ``x / (1 + |x|)``, has the S shape of tanh but approaches -1 and 1
only like 1/x, so it saturates more slowly.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.softsign` gives both formulas.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softsign, softsign_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    softsign, softsign_derivative, name="softsign", x=np.linspace(-10.0, 10.0, 1001)
)
plt.show()
