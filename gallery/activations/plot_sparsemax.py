r"""
Sparsemax
=========

Sparsemax (Martins and Astudillo, 2016) turns scores into probabilities like
softmax, but it can give exactly 0: it returns the probability vector
closest to the scores.

.. math::

    \operatorname{sparsemax}(x) = \operatorname*{argmin}_{p \in \Delta}
        \lVert p - x \rVert^2

Here :math:`\Delta` is the set of probability vectors. In the definition
below, :math:`\tau` is the threshold that makes the result sum to 1, and the
entries with :math:`y_i > 0` form the support. Keras ships it as
``keras.activations.sparsemax``.

.. activation-formulas:: sparsemax
"""

# %%
# Exact zeros
# -----------
# A score more than 1 below the largest always gets probability 0. Within the
# support, scores move the probabilities one for one, less their mean; outside
# it, not at all: the Jacobian has zero rows and columns there.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softmax, sparsemax, sparsemax_jacobian
from activation_functions.plotting import use_style

use_style()
scores = np.array([1.2, 0.9, 0.1, -1.0])
print("softmax:  ", softmax(scores).round(4))
print("sparsemax:", sparsemax(scores).round(4))
print(sparsemax_jacobian(scores).round(4))

# %%
# Side by side
# ------------

labels = ["1.2", "0.9", "0.1", "-1.0"]
positions = np.arange(len(scores))
fig, ax = plt.subplots()
ax.bar(positions - 0.2, softmax(scores), width=0.4, label="softmax")
ax.bar(positions + 0.2, sparsemax(scores), width=0.4, label="sparsemax")
ax.set_xticks(positions, labels)
ax.set_xlabel("score")
ax.set_ylabel("probability")
ax.set_title("The same four scores through softmax and sparsemax")
ax.legend()
plt.show()

# %%
# Two scores
# ----------
# For two scores the first probability is the sparse sigmoid of their
# difference: it reaches 0 and 1 at a difference of -1 and 1.

x = np.linspace(-3.0, 3.0, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
fig, ax = plt.subplots()
ax.plot(x, softmax(pairs)[:, 0], label="softmax")
ax.plot(x, sparsemax(pairs)[:, 0], label="sparsemax")
ax.set_xlabel("difference of the two scores, x")
ax.set_ylabel("probability of the first class")
ax.set_title("Softmax and sparsemax of two scores")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: sparsemax
#
# Copy this
# ---------
# Sparsemax and its Jacobian with NumPy alone, by the sorting algorithm of the
# paper. Each row's largest score is subtracted first: the support then holds
# numbers between -1 and 0, and the threshold and the probabilities are
# rounded on the scale of 1 rather than on the scale of the scores.

import numpy as np


def sparsemax(x):
    x = np.asarray(x, dtype=float)
    z = x - np.max(x, axis=-1, keepdims=True)
    ordered = -np.sort(-z, axis=-1)  # largest first
    k = np.arange(1, x.shape[-1] + 1)
    total = np.cumsum(ordered, axis=-1)
    # The support is the k largest scores, for the largest k with
    # 1 + k z_(k) > z_(1) + ... + z_(k).
    size = np.sum(1.0 + k * ordered > total, axis=-1, keepdims=True)
    tau = (np.take_along_axis(total, size - 1, axis=-1) - 1.0) / size
    return np.maximum(z - tau, 0.0)


def sparsemax_jacobian(x):
    x = np.asarray(x, dtype=float)
    s = (sparsemax(x) > 0.0).astype(float)  # 1 on the support
    size = np.sum(s, axis=-1)[..., None, None]
    eye = np.eye(x.shape[-1])
    return eye * s[..., None, :] - s[..., :, None] * s[..., None, :] / size


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("sparsemax", sparsemax, sparsemax_jacobian))

# %%
# Paper
# -----
#
# .. activation-paper:: sparsemax
