r"""
Snake
=====

Snake (Ziyin, Hartwig and Ueda, 2020) adds a periodic ripple to the identity,
so that a network can extrapolate a periodic signal, which networks of ReLU
or tanh cannot:

.. math::

    \operatorname{snake}_a(x) = x + \frac{\sin^2(a x)}{a}

    \operatorname{snake}_a'(x) = 1 + \sin(2 a x)

The derivative never falls below 0, so the function is monotonic. Audio
models such as the BigVGAN vocoder learn the frequency :math:`a` per channel.
"""

# %%
# The function is drawn solid and its derivative dashed, at :math:`a = 1`.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import snake, snake_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
x = np.linspace(-6.0, 6.0, 1201)
ax = plot_activation(snake, snake_derivative, name="snake", x=x)
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
