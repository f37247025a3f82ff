"""
PReLU
=====

PReLU is a leaky ReLU whose negative slope is learned during training. The
figure uses the starting value of He et al., 0.25.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.prelu` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import prelu, prelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(prelu, prelu_derivative, name="prelu")
plt.show()
