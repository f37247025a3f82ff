"""
ReLU6
=====

ReLU6 caps ReLU at 6, which keeps activations bounded for low-precision
arithmetic; MobileNet uses it.

.. activation-formulas:: relu6
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import relu6, relu6_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(relu6, relu6_derivative, name="relu6", x=np.linspace(-3.0, 9.0, 1001))
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: relu6
#
# Copy this
# ---------
# ReLU6 and its derivative with NumPy alone. The definition is already stable:
# nothing in it overflows or cancels.

import numpy as np


def relu6(x):
    x = np.asarray(x, dtype=float)
    return np.minimum(np.maximum(x, 0.0), 6.0)


def relu6_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.where((x > 0) & (x < 6), 1.0, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("relu6", relu6, relu6_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: relu6
