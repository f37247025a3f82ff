r"""
Snake
=====

Snake (Ziyin, Hartwig and Ueda, 2020) adds a periodic ripple to the identity,
so that a network can extrapolate a periodic signal, which networks of ReLU
or tanh cannot.

The derivative never falls below 0, so the function is monotonic. Audio
models such as the BigVGAN vocoder learn the frequency :math:`a` per channel.

.. activation-formulas:: snake
"""

# %%
# The function is drawn solid and its derivative dashed, at :math:`a = 1`.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import snake, snake_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
x = np.linspace(-6.0, 6.0, 1001)
ax = plot_activation(snake, snake_derivative, name="snake", x=x, frequency=1.0)
plt.show()

# %%
# The frequency
# -------------
# The ripple has period :math:`\pi / a` and height :math:`1/a`: a high
# frequency gives small, fast ripples around the line :math:`y = x`.

fig, ax = plt.subplots()
for frequency in (0.5, 1.0, 3.0):
    ax.plot(x, snake(x, frequency=frequency), label=f"a = {frequency:g}")
ax.plot(x, x, linewidth=1.0, linestyle=":", label="identity(x)")
ax.set_xlabel("x")
ax.set_title("snake for three frequencies")
ax.legend()
plt.show()

# %%
# .. activation-slider:: snake
#
# Properties
# ----------
#
# .. activation-properties:: snake
#
# Copy this
# ---------
# Snake and its derivative with NumPy alone. At the default frequency the
# definition is already stable: nothing in it overflows, and ``np.sin`` is
# accurate for every float. For other frequencies, ``np.sin`` sees the rounded
# product ``frequency * x``, off by up to about :math:`10^{-16} |a x|`; the
# package carries that product exactly, as a sum of two floats.

import numpy as np


def snake(x, frequency=1.0):
    x = np.asarray(x, dtype=float)
    return x + np.sin(frequency * x) ** 2 / frequency


def snake_derivative(x, frequency=1.0):
    x = np.asarray(x, dtype=float)
    return 1.0 + np.sin(2.0 * frequency * x)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("snake", snake, snake_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: snake
