"""
Softmin
=======

Softmin is the softmax of the negated scores: it gives the largest
probability to the smallest score, for distances or energies, where smaller
is better. PyTorch ships it as ``torch.nn.functional.softmin``.

.. activation-formulas:: softmin
"""

# %%
# Three distances in, three probabilities out; the Jacobian is that of
# softmax at the negated scores, with the sign turned.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, softmin, softmin_jacobian
from activation_functions.plotting import COLORS, use_style

use_style()
distances = np.array([0.5, 1.0, 3.0])
print(softmin(distances))
print(softmin_jacobian(distances).round(4))

# %%
# Two scores: softmin is the sigmoid of minus their difference
# --------------------------------------------------------------

x = np.linspace(-6.0, 6.0, 601)
pairs = np.stack([x, np.zeros_like(x)], axis=-1)
fig, ax = plt.subplots()
ax.plot(x, softmin(pairs)[:, 0], label="softmin")
ax.plot(x, sigmoid(-x), linestyle=":", color=COLORS["black"], label="sigmoid(-x)")
ax.set_xlabel("difference of the two scores, x")
ax.set_ylabel("probability of the first class")
ax.set_title("Softmin of two scores")
ax.legend()
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: softmin
#
# Copy this
# ---------
# Softmin and its Jacobian with NumPy alone. It is the softmax of ``-x``, with
# the largest of ``-x`` subtracted before ``np.exp``, so that no exponential
# overflows (the textbook formula gives NaN once a score is below about -709).

import numpy as np


def softmin(x):
    x = -np.asarray(x, dtype=float)
    weights = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return weights / np.sum(weights, axis=-1, keepdims=True)


def softmin_jacobian(x):
    x = np.asarray(x, dtype=float)
    p = softmin(x)
    eye = np.eye(x.shape[-1])
    return -p[..., :, None] * (eye - p[..., None, :])  # -p_i (delta_ij - p_j)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("softmin", softmin, softmin_jacobian))

# %%
# Paper
# -----
#
# .. activation-paper:: softmin
