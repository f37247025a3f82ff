r"""
ReGLU
=====

ReGLU (Shazeer, 2020) is the gated linear unit with ReLU as its gate: the
first half :math:`a` of the input passes, scaled by the ReLU of the second
half :math:`b`.

.. math::

    \operatorname{reglu}(x) = a \odot \max(0, b), \qquad x = (a, b)

    \frac{\partial}{\partial a} = \max(0, b)

    \frac{\partial}{\partial b} = \begin{cases} a & b > 0 \\ 0 & b \le 0 \end{cases}

Shazeer compared it with GEGLU and SwiGLU in the feed-forward block of T5:
all of them beat the plain ReLU block at the same number of parameters.
"""

# %%
# The first half is the value and the second the gate, as in
# ``torch.nn.functional.glu``.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import reglu
from activation_functions.plotting import use_style

use_style()
print(reglu(np.array([2.0, -1.0, 0.5, -3.0])))  # [2, -1] * relu([0.5, -3])

# %%
# Each contour is a value of :math:`a \max(0, b)`: for every negative gate the
# output is exactly 0.

grid = np.linspace(-4.0, 4.0, 161)
first, second = np.meshgrid(grid, grid)
values = reglu(np.stack([first, second], axis=-1))[..., 0]
fig, ax = plt.subplots()
contours = ax.contourf(second, first, values, levels=17, cmap="RdBu_r")
fig.colorbar(contours, ax=ax, label="reglu")
ax.set_xlabel("gate b (second half)")
ax.set_ylabel("value a (first half)")
ax.set_title("a times relu(b), over a and b")
plt.show()
