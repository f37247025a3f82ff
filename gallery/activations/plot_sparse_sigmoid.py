r"""
Sparse sigmoid
==============

The sparse sigmoid (Blondel et al., 2020) is 0 below -1, 1 above 1 and a
straight line between: a sigmoid that reaches its limits.

.. math::

    \operatorname{sparse\_sigmoid}(x) = \begin{cases} 0 & x \le -1 \\
        (x + 1)/2 & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}

    \operatorname{sparse\_sigmoid}'(x) = \begin{cases} 1/2 & -1 < x < 1 \\
        0 & \text{otherwise} \end{cases}

It is what sparsemax gives the first of two scores :math:`(x, 0)`, as the
sigmoid is what softmax gives it, and it is the derivative of sparse plus.
JAX and Keras ship it.
"""

# %%
# The function is drawn solid and its derivative dashed (its jumps as gaps),
# with the sigmoid as the thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import sigmoid, sparse_sigmoid, sparse_sigmoid_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-4.0, 4.0, 801)
ax = plot_activation(sparse_sigmoid, sparse_sigmoid_derivative, name="sparse_sigmoid", x=x)
ax.plot(x, sigmoid(x), linewidth=1.0, color=COLORS["black"], label="sigmoid(x)")
ax.legend()
plt.show()
