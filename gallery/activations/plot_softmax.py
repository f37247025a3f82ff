"""
Softmax
=======

Softmax turns a vector of scores into probabilities: each score is
exponentiated and divided by the sum, so the outputs are positive and add up
to 1. It is the output activation of networks that classify.

.. activation-formulas:: softmax
"""

# %%
# A vector in, a vector out
# -------------------------
# The article's example: the scores 0.5, 3.1 and 4.3 become three
# probabilities that sum to 1. The largest score takes most of the total,
# more than its share of the scores: exponentiating widens the gaps.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, softmax
from activation_functions.plotting import COLORS, use_style

use_style()
scores = np.array([0.5, 3.1, 4.3])
probabilities = softmax(scores)
print(probabilities, probabilities.sum())

fig, (left, right) = plt.subplots(1, 2, figsize=(6.4, 3.0))
classes = ["1", "2", "3"]
fig.suptitle("Three scores (left) and their softmax (right)")
left.bar(classes, scores, color=COLORS["sky"])
left.set_ylabel("score")
right.bar(classes, probabilities, color=COLORS["blue"])
right.set_ylabel("probability")
for ax, values in ((left, scores), (right, probabilities)):
    ax.set_xlabel("class")
    for position, value in enumerate(values):
        ax.annotate(f"{value:.3g}", (position, value), ha="center", va="bottom")
    ax.set_ylim(0, max(values) * 1.15)
plt.show()

# %%
# Two scores: softmax is the sigmoid of their difference
# -------------------------------------------------------
# With two classes, the first probability depends only on the difference
# ``x`` between the two scores, and equals ``sigmoid(x)``. Dividing the scores
# by a temperature ``T`` before the softmax flattens the curve (``T > 1``) or
# sharpens it towards a step (``T < 1``).

x = np.linspace(-6.0, 6.0, 601)
fig, ax = plt.subplots()
for temperature in (0.5, 1.0, 2.0):
    pairs = np.stack([x, np.zeros_like(x)], axis=-1) / temperature
    ax.plot(x, softmax(pairs)[:, 0], label=f"T = {temperature}")
ax.plot(x, sigmoid(x), linestyle=":", color=COLORS["black"], label="sigmoid(x)")
ax.set_xlabel("difference of the two scores, x")
ax.set_ylabel("probability of the first class")
ax.set_title("Softmax of two scores at three temperatures")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: softmax
#
# Copy this
# ---------
# Softmax and its Jacobian with NumPy alone. Each row's largest score is
# subtracted before ``np.exp``: the result does not change, and no exponential
# overflows (the textbook formula gives NaN once a score passes about 709).

import numpy as np


def softmax(x):
    x = np.asarray(x, dtype=float)
    weights = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return weights / np.sum(weights, axis=-1, keepdims=True)


def softmax_jacobian(x):
    x = np.asarray(x, dtype=float)
    p = softmax(x)
    eye = np.eye(x.shape[-1])
    return p[..., :, None] * (eye - p[..., None, :])  # p_i (delta_ij - p_j)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("softmax", softmax, softmax_jacobian))

# %%
# Paper
# -----
#
# .. activation-paper:: softmax
