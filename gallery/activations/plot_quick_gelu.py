r"""
Quick GELU
==========

Quick GELU replaces the normal CDF inside GELU by a sigmoid of slope 1.702,
which Hendrycks and Gimpel proposed as a fast approximation; OpenAI's CLIP
was trained with it, so CLIP's weights expect it.

It is Swish with :math:`\beta = 1.702`.

.. activation-formulas:: quick_gelu
"""

# %%
# The function is drawn solid and its derivative dashed; exact GELU is the
# thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import gelu, quick_gelu, quick_gelu_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-5.0, 5.0, 1001)
ax = plot_activation(quick_gelu, quick_gelu_derivative, name="quick_gelu", x=x)
ax.plot(x, gelu(x), linewidth=1.0, color=COLORS["black"], label="gelu(x)")
ax.legend()
plt.show()

# %%
# How far it is from GELU
# -----------------------
# The two curves differ by at most about 0.02. That is small, but it is not
# rounding: a checkpoint trained with one should be run with the same one.

difference = quick_gelu(x) - gelu(x)
fig, ax = plt.subplots()
ax.plot(x, difference)
ax.axhline(0.0, color=COLORS["black"], linewidth=0.8)
ax.set_xlabel("x")
ax.set_title("Difference from GELU, quick_gelu(x) - gelu(x)")
plt.show()
worst = np.argmax(np.abs(difference))
print(f"largest difference {difference[worst]:+.4f} at x = {x[worst]:.2f}")

# %%
# Properties
# ----------
#
# .. activation-properties:: quick_gelu
#
# Copy this
# ---------
# Quick GELU and its derivative with NumPy alone. The sigmoid is written
# ``exp(-logaddexp(0, -z))``, which never overflows, and :math:`1 - \sigma(z)`
# as ``sigmoid(-z)``, which does not cancel; the input is clipped to
# :math:`\pm 10^{300}` so that :math:`1.702\,x` stays finite.

import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def quick_gelu(x):
    x = np.asarray(x, dtype=float)
    z = 1.702 * np.clip(x, -1e300, 1e300)
    return x * sigmoid(z)


def quick_gelu_derivative(x):
    x = np.asarray(x, dtype=float)
    z = 1.702 * np.clip(x, -1e300, 1e300)
    return sigmoid(z) + z * sigmoid(z) * sigmoid(-z)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("quick_gelu", quick_gelu, quick_gelu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: quick_gelu
