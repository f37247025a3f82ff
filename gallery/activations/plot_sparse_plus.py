r"""
Sparse plus
===========

Sparse plus (Blondel et al., 2020) joins the two pieces of ReLU by a
parabola: exactly 0 below -1, exactly :math:`x` above 1.

.. math::

    \operatorname{sparse\_plus}(x) = \begin{cases} 0 & x \le -1 \\
        (x + 1)^2/4 & -1 < x < 1 \\ x & x \ge 1 \end{cases}

    \operatorname{sparse\_plus}'(x) = \operatorname{sparse\_sigmoid}(x)

It is to the sparse sigmoid what softplus is to the sigmoid. JAX and Keras
ship it.
"""

# %%
# The function is drawn solid and its derivative dashed, with softplus as the
# thin line.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import softplus, sparse_plus, sparse_plus_derivative
from activation_functions.plotting import COLORS, plot_activation, use_style

use_style()
x = np.linspace(-3.0, 3.0, 601)
ax = plot_activation(sparse_plus, sparse_plus_derivative, name="sparse_plus", x=x)
ax.plot(x, softplus(x), linewidth=1.0, color=COLORS["black"], label="softplus(x)")
ax.legend()
plt.show()
