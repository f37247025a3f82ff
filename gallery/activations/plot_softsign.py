"""
Softsign
========

Softsign, ``x / (1 + |x|)``, has the S shape of tanh but approaches -1 and 1
only like 1/x, so it saturates more slowly.

.. activation-formulas:: softsign
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softsign, softsign_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    softsign, softsign_derivative, name="softsign", x=np.linspace(-10.0, 10.0, 1001)
)
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: softsign
#
# Copy this
# ---------
# Softsign and its derivative with NumPy alone. The definition is already
# stable; only the derivative is squared after the division,
# ``(1 / (1 + np.abs(x)))**2``, since ``(1 + np.abs(x))**2`` overflows beyond
# :math:`|x| \approx 10^{154}`.

import numpy as np


def softsign(x):
    x = np.asarray(x, dtype=float)
    return x / (1.0 + np.abs(x))


def softsign_derivative(x):
    x = np.asarray(x, dtype=float)
    return (1.0 / (1.0 + np.abs(x))) ** 2


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("softsign", softsign, softsign_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: softsign
