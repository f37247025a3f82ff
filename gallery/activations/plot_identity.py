"""
Identity
========

The identity returns its input. As the output activation of a regression
network it lets the output take any real value; inside a network it would let
the layers collapse into a single linear map.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.identity` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import identity, identity_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(identity, identity_derivative, name="identity")
plt.show()
