r"""
ReGLU
=====

ReGLU (Shazeer, 2020) is the gated linear unit with ReLU as its gate: the
first half :math:`a` of the input passes, scaled by the ReLU of the second
half :math:`b`.

Shazeer compared it with GEGLU and SwiGLU in the feed-forward block of T5:
all of them beat the plain ReLU block at the same number of parameters.

.. activation-formulas:: reglu
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

# %%
# Properties
# ----------
#
# .. activation-properties:: reglu
#
# Copy this
# ---------
# ReGLU and its gradient with NumPy alone. The definition is already stable:
# nothing in it overflows or cancels.

import numpy as np


def reglu(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    return a * np.maximum(b, 0.0)


def reglu_derivative(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    return np.concatenate([np.maximum(b, 0.0), np.where(b > 0.0, a, 0.0)], axis=-1)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("reglu", reglu, reglu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: reglu
