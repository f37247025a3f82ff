"""
CELU
====

CELU divides by alpha inside the exponential, so that its slope is continuous
at 0 for every alpha. With alpha = 1 it equals ELU; the figure uses alpha = 2.

.. activation-formulas:: celu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import celu, celu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(celu, celu_derivative, name="celu", x=np.linspace(-8.0, 4.0, 1001), alpha=2.0)
plt.show()

# %%
# .. activation-slider:: celu
#
# Properties
# ----------
#
# .. activation-properties:: celu
#
# Copy this
# ---------
# CELU and its derivative with NumPy alone. The textbook formula takes
# ``np.exp(x)`` of every input, which overflows for large ``x``; the copy
# exponentiates only ``min(x, 0) / alpha``, and uses ``np.expm1``, which keeps
# the digits that ``exp(x) - 1`` loses near 0.

import numpy as np


def celu(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.maximum(x, 0.0) + alpha * np.expm1(np.minimum(x, 0.0) / alpha)


def celu_derivative(x, alpha=1.0):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0.0, 1.0, np.exp(np.minimum(x, 0.0) / alpha))


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("celu", celu, celu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: celu
