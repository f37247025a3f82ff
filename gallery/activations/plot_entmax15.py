r"""
1.5-entmax
==========

1.5-entmax (Peters, Niculae and Martins, 2019) sits between softmax and
sparsemax: like sparsemax it gives exact zeros, like softmax it has a
continuous derivative.

The threshold :math:`\tau` makes the result sum to 1. It belongs to the
:math:`\alpha`-entmax family, with :math:`\alpha = 1` for softmax and
:math:`\alpha = 2` for sparsemax; for :math:`\alpha = 1.5` the threshold is
found exactly by sorting the scores.

.. activation-formulas:: entmax15
"""

# %%
# Three members of one family
# ---------------------------
# The same scores through softmax, 1.5-entmax and sparsemax: the further along
# the family, the more entries are exactly 0.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import entmax15, entmax15_jacobian, softmax, sparsemax
from activation_functions.plotting import use_style

use_style()
scores = np.array([1.2, 0.9, 0.1, -1.0])
for function in (softmax, entmax15, sparsemax):
    print(f"{function.__name__:10}", function(scores).round(4))
print(entmax15_jacobian(scores).round(4))

# %%
# Two scores
# ----------
# The probability of the first of two scores: 1.5-entmax reaches 0 and 1 at a
# difference of -2 and 2, and bends smoothly into them.

x = np.linspace(-3.0, 3.0, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
fig, ax = plt.subplots()
for function in (softmax, entmax15, sparsemax):
    ax.plot(x, function(pairs)[:, 0], label=function.__name__)
ax.set_xlabel("difference of the two scores, x")
ax.set_ylabel("probability of the first class")
ax.set_title("Softmax, 1.5-entmax and sparsemax of two scores")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: entmax15
#
# Copy this
# ---------
# 1.5-entmax and its Jacobian with NumPy alone, by the sorting algorithm of the
# paper. The halved scores are shifted so that the largest is 0, and once the
# support is known the threshold is computed again from the squared deviations
# from the mean of the support, without the cancellation of
# :math:`\overline{z^2} - \bar{z}^2`.

import numpy as np


def entmax15(x):
    x = np.asarray(x, dtype=float)
    z = x / 2.0 - np.max(x / 2.0, axis=-1, keepdims=True)
    z = np.maximum(z, -2.0)  # below -1, an entry gets 0 anyway: keeps z**2 finite
    ordered = -np.sort(-z, axis=-1)  # largest first
    k = np.arange(1, x.shape[-1] + 1)
    # For each support size k, the tau that makes the k squares sum to 1.
    mean = np.cumsum(ordered, axis=-1) / k
    spread = np.cumsum(ordered**2, axis=-1) - k * mean**2
    tau = mean - np.sqrt(np.maximum((1.0 - spread) / k, 0.0))
    size = np.sum(tau <= ordered, axis=-1, keepdims=True)
    # tau again, on the support alone.
    support = k <= size
    mean = np.sum(np.where(support, ordered, 0.0), axis=-1, keepdims=True) / size
    spread = np.sum(np.where(support, (ordered - mean) ** 2, 0.0), axis=-1, keepdims=True)
    tau = mean - np.sqrt(np.maximum((1.0 - spread) / size, 0.0))
    return np.maximum(z - tau, 0.0) ** 2


def entmax15_jacobian(x):
    x = np.asarray(x, dtype=float)
    s = np.sqrt(entmax15(x))
    total = np.sum(s, axis=-1)[..., None, None]
    eye = np.eye(x.shape[-1])
    return eye * s[..., None, :] - s[..., :, None] * s[..., None, :] / total


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("entmax15", entmax15, entmax15_jacobian))

# %%
# Paper
# -----
#
# .. activation-paper:: entmax15
