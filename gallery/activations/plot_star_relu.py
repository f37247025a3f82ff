r"""
StarReLU
========

StarReLU (Yu et al., MetaFormer, 2022) is squared ReLU with a scale and a
bias, both learned:

.. math::

    \operatorname{star\_relu}(x) = s\max(0, x)^2 + b

    \operatorname{star\_relu}'(x) = 2s\max(0, x)

Their starting values, :math:`s = 0.8944` and :math:`b = -0.4472`, give a
standard normal input an output of mean 0 and variance 1.
"""

# %%
# The function is drawn solid and its derivative dashed.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import star_relu, star_relu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    star_relu, star_relu_derivative, name="star_relu", x=np.linspace(-2.0, 2.0, 801)
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
