r"""
1.5-entmax
==========

1.5-entmax (Peters, Niculae and Martins, 2019) sits between softmax and
sparsemax: like sparsemax it gives exact zeros, like softmax it has a
continuous derivative.

.. math::

    \operatorname{entmax}_{1.5}(x) = \max\left(\frac{x}{2} - \tau, 0\right)^2

    \frac{\partial p_i}{\partial x_j} = s_i \delta_{ij}
        - \frac{s_i s_j}{\sum_k s_k}, \quad s_i = \sqrt{p_i}

The threshold :math:`\tau` makes the result sum to 1. It belongs to the
:math:`\alpha`-entmax family, with :math:`\alpha = 1` for softmax and
:math:`\alpha = 2` for sparsemax; for :math:`\alpha = 1.5` the threshold is
found exactly by sorting the scores.
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
