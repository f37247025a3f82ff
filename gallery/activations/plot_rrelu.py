"""
RReLU
=====

RReLU draws the negative slope at random between 1/8 and 1/3 during training
and uses their mean, 11/48, in evaluation. The lines show the evaluation curve;
the dots show one draw of training-mode outputs.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.rrelu` gives both formulas. The dots are one
# draw in training mode, where each negative input gets its own slope.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import rrelu, rrelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(rrelu, rrelu_derivative, name="rrelu")
x = np.linspace(-5.0, 5.0, 41)
ax.plot(
    x,
    rrelu(x, rng=np.random.default_rng(0)),
    "o",
    markersize=4,
    label="one training draw",
)
ax.legend()
plt.show()
