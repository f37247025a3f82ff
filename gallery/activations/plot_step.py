"""
Step
====

The step function outputs 1 for positive input and 0 otherwise. It is the
activation of the first artificial neurons and of the perceptron. Its
derivative is 0 wherever it exists, so a network of steps cannot be trained by
gradient descent.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.step` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import step, step_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(step, step_derivative, name="step")
plt.show()
