r"""
Squared ReLU
============

Squared ReLU is the square of ReLU. So et al. found it in an automated
search over Transformer blocks (Primer, 2021): in the feed-forward block it
trained language models to the same quality with less compute.

.. math::

    \operatorname{relu\_squared}(x) = \max(0, x)^2

    \operatorname{relu\_squared}'(x) = 2\max(0, x)

Unlike ReLU its derivative is continuous at 0; the second derivative jumps
there.
"""

# %%
# The function is drawn solid and its derivative dashed, with ReLU as the
# thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import relu, relu_squared, relu_squared_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-2.0, 2.0, 801)
ax = plot_activation(relu_squared, relu_squared_derivative, name="relu_squared", x=x)
ax.plot(x, relu(x), linewidth=1.0, color=COLORS["black"], label="relu(x)")
ax.legend()
plt.show()
