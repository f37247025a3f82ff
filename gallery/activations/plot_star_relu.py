r"""
StarReLU
========

StarReLU (Yu et al., MetaFormer, 2022) is squared ReLU with a scale
:math:`s` and a bias :math:`b`, both learned.

Their starting values, :math:`s = 0.8944` and :math:`b = -0.4472`, give a
standard normal input an output of mean 0 and variance 1.

.. activation-formulas:: star_relu
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import star_relu, star_relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    star_relu,
    star_relu_derivative,
    name="star_relu",
    x=np.linspace(-2.0, 2.0, 1001),
    scale=0.8944,
    bias=-0.4472,
)
plt.show()

# %%
# Where the starting values come from
# -----------------------------------
# For a standard normal :math:`Z`, :math:`\max(0, Z)^2` has mean 1/2 and
# variance 5/4, so :math:`s = 1/\sqrt{5/4}` and :math:`b = -s/2`.
# :func:`~activation_functions.initialisation.moments` computes the mean and
# the second moment of the output by quadrature:

from activation_functions import ACTIVATIONS
from activation_functions.initialisation import moments

result = moments(ACTIVATIONS["star_relu"])
print(f"s = {1 / np.sqrt(5 / 4):.4f}, b = {-0.5 / np.sqrt(5 / 4):.4f}")
print(f"mean {result.mean:.4f}, variance {result.second - result.mean**2:.4f}")

# %%
# Properties
# ----------
#
# .. activation-properties:: star_relu
#
# Copy this
# ---------
# StarReLU and its derivative with NumPy alone. The definition is already
# stable: near :math:`x = 0.7071`, where the two terms cancel, the error is
# still only about ``1e-16`` (the package carries the product exactly there,
# so that the error is small relative to the result too).

import numpy as np


def star_relu(x, scale=0.8944, bias=-0.4472):
    x = np.asarray(x, dtype=float)
    positive = np.maximum(x, 0.0)
    return scale * positive * positive + bias


def star_relu_derivative(x, scale=0.8944, bias=-0.4472):  # noqa: ARG001
    # (the bias moves the function, not its slope)
    x = np.asarray(x, dtype=float)
    return 2.0 * scale * np.maximum(x, 0.0)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("star_relu", star_relu, star_relu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: star_relu
