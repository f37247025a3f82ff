r"""
Log-softmax
===========

Log-softmax is the logarithm of the softmax, :math:`x_i - \log\sum_j e^{x_j}`.
Cross-entropy losses take it directly: it stays finite where the logarithm of
a softmax that has underflowed to 0 would be ``-inf``.

.. activation-formulas:: log_softmax
"""

# %%
# The log-probability of the first of two scores, as their difference grows,
# next to the naive ``log(softmax(x))``, which gives ``-inf`` once the softmax
# underflows (about 745 below the other score in float64).

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import log_softmax, softmax
from activation_functions.plotting import use_style

use_style()
x = np.linspace(-800.0, 10.0, 811)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
with np.errstate(divide="ignore"):
    naive = np.log(softmax(pairs)[:, 0])
fig, ax = plt.subplots()
ax.plot(x, log_softmax(pairs)[:, 0], label="log_softmax")
ax.plot(x, naive, linestyle="--", label="log(softmax), naive")
ax.set_xlabel("difference of the two scores, x")
ax.set_ylabel("log-probability of the first class")
ax.set_title("Log-softmax of two scores against the naive logarithm")
ax.legend()
print("naive result is -inf from x =", x[np.isneginf(naive)].max())
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: log_softmax
#
# Copy this
# ---------
# Log-softmax and its Jacobian with NumPy alone. Each row's largest score is
# subtracted first, as for softmax: no exponential overflows, and the sum
# whose logarithm is taken lies between 1 and the number of scores, so it is
# never 0.

import numpy as np


def log_softmax(x):
    x = np.asarray(x, dtype=float)
    shifted = x - np.max(x, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def log_softmax_jacobian(x):
    x = np.asarray(x, dtype=float)
    p = np.exp(log_softmax(x))  # the softmax
    return np.eye(x.shape[-1]) - p[..., None, :]  # delta_ij - p_j


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("log_softmax", log_softmax, log_softmax_jacobian))

# %%
# Paper
# -----
#
# .. activation-paper:: log_softmax
