r"""
Exponential
===========

The exponential, :math:`e^x`, is an output activation: it turns any real
number into a positive one, for a network that predicts a rate, a count or a
standard deviation through its logarithm. Keras ships it as
``keras.activations.exponential``.

.. math::

    \operatorname{exponential}(x) = e^{x}

    \operatorname{exponential}'(x) = e^{x}
"""

# %%
# The function is its own derivative, so the two curves coincide: a large
# output comes with an equally large gradient.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import exponential, exponential_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(
    exponential, exponential_derivative, name="exponential", x=np.linspace(-3.0, 2.0, 501)
)
plt.show()

# %%
# Where it overflows
# ------------------
# :math:`e^x` passes the largest float64 at :math:`x \approx 709.78` and the
# largest float32 at :math:`x \approx 88.72`. Beyond, the result is ``inf``,
# the correctly rounded value, without a warning; that is why
# :func:`~activation_functions.softplus` is the usual choice when the output
# only has to be positive.

print(exponential(np.array([709.0, 710.0])))
print(exponential(np.array([88.0, 89.0], dtype=np.float32)))
