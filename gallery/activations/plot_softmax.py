"""
Softmax
=======

Softmax turns a vector of scores into probabilities: each score is
exponentiated and divided by the sum, so the outputs are positive and add up
to 1. It is the output activation of networks that classify.
"""

# %%
# A vector in, a vector out
# -------------------------
# The scores 0.5, 3.1 and 4.3 become three probabilities that sum to 1.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, softmax
from activation_functions.plotting import COLORS, use_style

use_style()
scores = np.array([0.5, 3.1, 4.3])
probabilities = softmax(scores)
print(probabilities, probabilities.sum())

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
