r"""
GLU
===

The gated linear unit (Dauphin et al., 2017) splits its input in two halves
:math:`a` and :math:`b` and lets the sigmoid of :math:`b` decide how much of
:math:`a` passes.

The output has half as many entries as the input. The gradient with respect
to :math:`a` is the gate itself, never 0 and never above 1: the gradient
passes through the linear half without the shrinking of a tanh unit.

.. activation-formulas:: glu
"""

# %%
# Which half is the gate
# ----------------------
# :func:`~activation_functions.glu` splits ``x`` along ``axis`` (the last by
# default) as ``torch.nn.functional.glu``, ``jax.nn.glu`` and
# ``keras.activations.glu`` do: the first half is the value :math:`a`, the
# second the gate :math:`b`.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import glu, glu_derivative
from activation_functions.plotting import use_style

use_style()
a = np.array([2.0, -1.0])
b = np.array([0.0, 3.0])
print(glu(np.concatenate([a, b])))  # a * sigmoid(b)
print(glu_derivative(np.concatenate([a, b])))  # d/da, then d/db

# %%
# The unit over its two inputs
# ----------------------------
# Each contour is a value of :math:`a\,\sigma(b)`: to the left the gate is
# shut and the output is near 0 whatever :math:`a`; to the right it is open
# and the output is :math:`a`.

grid = np.linspace(-4.0, 4.0, 161)
first, second = np.meshgrid(grid, grid)
values = glu(np.stack([first, second], axis=-1))[..., 0]
fig, ax = plt.subplots()
contours = ax.contourf(second, first, values, levels=17, cmap="RdBu_r")
fig.colorbar(contours, ax=ax, label="glu")
ax.set_xlabel("gate b (second half)")
ax.set_ylabel("value a (first half)")
ax.set_title("a times sigmoid(b), over a and b")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: glu
#
# Copy this
# ---------
# GLU and its gradient with NumPy alone. The sigmoid is written
# ``exp(-logaddexp(0, -b))``, which never overflows, and :math:`1 - \sigma(b)`
# as :math:`\sigma(-b)`, which does not cancel where the gate is nearly open.

import numpy as np


def glu(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    return a * np.exp(-np.logaddexp(0.0, -b))


def glu_derivative(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    gate = np.exp(-np.logaddexp(0.0, -b))
    shut = np.exp(-np.logaddexp(0.0, b))  # 1 - gate
    return np.concatenate([gate, a * gate * shut], axis=-1)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("glu", glu, glu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: glu
