"""
GELU
====

GELU weights the input by the probability that a standard normal variable lies
below it: x Phi(x). BERT and GPT-2 made it common, often through a tanh
approximation, drawn as a thin line; the two are hard to tell apart at this
scale.

.. activation-formulas:: gelu
"""

# %%
# The function is drawn solid and its derivative dashed. The thin line is the
# tanh approximation, and the script prints how far it strays from the exact
# curve on this interval.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import gelu, gelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
x = np.linspace(-5.0, 5.0, 1001)
ax = plot_activation(gelu, gelu_derivative, name="gelu", x=x)
ax.plot(x, gelu(x, approximate=True), linewidth=1.0, label="tanh approximation")
ax.legend()
print(f"largest difference: {np.max(np.abs(gelu(x) - gelu(x, approximate=True))):.1e}")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: gelu
#
# Copy this
# ---------
# GELU and its derivative with NumPy and SciPy. The normal CDF is SciPy's
# ``special.ndtr``, which stays accurate in the left tail where
# ``1 + erf(x / sqrt(2))`` cancels to 0 (from :math:`x \approx -8.3`), and the
# density is computed on :math:`|x| \le 40` only, so that :math:`x^2` cannot
# overflow (beyond, it is 0 in float64).

import numpy as np
from scipy import special


def gelu(x):
    x = np.asarray(x, dtype=float)
    return x * special.ndtr(x)


def gelu_derivative(x):
    x = np.asarray(x, dtype=float)
    near = np.minimum(np.abs(x), 40.0)
    density = np.exp(-0.5 * near * near) / np.sqrt(2.0 * np.pi)
    return special.ndtr(x) + x * density


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("gelu", gelu, gelu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: gelu
