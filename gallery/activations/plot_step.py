"""
Step
====

The step function outputs 1 for positive input and 0 otherwise. It is the
activation of the first artificial neurons and of the perceptron. Its
derivative is 0 wherever it exists, so a network of steps cannot be trained by
gradient descent.

.. activation-formulas:: step
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import step, step_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(step, step_derivative, name="step", x=np.linspace(-3.0, 3.0, 1001))
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: step
#
# Copy this
# ---------
# The step and its derivative with NumPy alone. The definition is already
# stable: a comparison cannot overflow or cancel.

import numpy as np


def step(x):
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, 1.0, 0.0)


def step_derivative(x):
    x = np.asarray(x, dtype=float)
    return np.zeros_like(x)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("step", step, step_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: step
