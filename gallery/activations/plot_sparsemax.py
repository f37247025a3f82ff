r"""
Sparsemax
=========

Sparsemax (Martins and Astudillo, 2016) turns scores into probabilities like
softmax, but it can give exactly 0: it returns the probability vector
closest to the scores.

.. math::

    \operatorname{sparsemax}(x) = \operatorname*{argmin}_{p \in \Delta}
        \lVert p - x \rVert^2

    \operatorname{sparsemax}(x) = \max(x - \tau, 0)


    \frac{\partial p_i}{\partial x_j} = s_i \delta_{ij} - \frac{s_i s_j}{\lvert S \rvert}

Here :math:`\Delta` is the set of probability vectors, :math:`\tau` is the
threshold that makes the result sum to 1, and :math:`s_i` is 1 on the
support :math:`S` (the entries with :math:`p_i > 0`) and 0 elsewhere. Keras
ships it as ``keras.activations.sparsemax``.
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
