r"""
Softmin
=======

Softmin is the softmax of the negated scores: it gives the largest
probability to the smallest score, for distances or energies, where smaller
is better. PyTorch ships it as ``torch.nn.functional.softmin``.

.. math::

    \operatorname{softmin}(x)_i = \frac{e^{-x_i}}{\sum_j e^{-x_j}}

    \frac{\partial p_i}{\partial x_j} = -p_i\,(\delta_{ij} - p_j)
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
