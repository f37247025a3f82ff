r"""
Exponential
===========

The exponential, :math:`e^x`, is an output activation: it turns any real
number into a positive one, for a network that predicts a rate, a count or a
standard deviation through its logarithm. Keras ships it as
``keras.activations.exponential``.

.. activation-formulas:: exponential
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
    exponential, exponential_derivative, name="exponential", x=np.linspace(-3.0, 2.0, 1001)
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

# %%
# Properties
# ----------
#
# .. activation-properties:: exponential
#
# Copy this
# ---------
# The exponential and its derivative with NumPy alone. ``np.exp`` is accurate
# everywhere but warns of an overflow above :math:`x \approx 709.78`, where
# :math:`e^x` is beyond the largest float: the copy returns ``np.inf`` there
# itself and gives ``np.exp`` only the inputs it can take.

import numpy as np

# e^x is larger than the largest float from here on.
LARGEST_EXPONENT = np.log(np.finfo(float).max)  # 709.78...


def exponential(x):
    x = np.asarray(x, dtype=float)
    inside = np.exp(np.minimum(x, LARGEST_EXPONENT))
    return np.where(x > LARGEST_EXPONENT, np.inf, inside)


def exponential_derivative(x):
    x = np.asarray(x, dtype=float)
    return exponential(x)  # e^x is its own derivative


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("exponential", exponential, exponential_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: exponential
