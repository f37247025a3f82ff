r"""
SwiGLU
======

SwiGLU (Shazeer, 2020) gates the first half :math:`a` of the input by the
Swish of the second half :math:`b`.

PaLM and the LLaMA models use it, with :math:`\beta = 1` (the gate is SiLU),
in every feed-forward block.

.. activation-formulas:: swiglu
"""

# %%
# In a language model
# -------------------
# The feed-forward block of LLaMA computes
# :math:`W_2\,(\operatorname{silu}(x W_1) \odot x W_3)`: two projections of
# the same vector, one through the gate. With this package the two
# projections are the two halves of one input. LLaMA cuts the hidden width
# of a plain block, :math:`4d`, to about :math:`\tfrac{2}{3} \cdot 4d`, so
# that its three matrices hold as many parameters as the plain block's two
# (PaLM keeps :math:`4d`).

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import silu, swiglu
from activation_functions.plotting import use_style

use_style()
rng = np.random.default_rng(0)
d = 8  # model width
hidden = 2 * 4 * d // 3  # hidden width of the gated block
x = rng.normal(size=(3, d))  # three tokens
w1 = rng.normal(size=(d, hidden))
w3 = rng.normal(size=(d, hidden))
gate, value = x @ w1, x @ w3
# First half: the value; second half: the gate.
hidden_values = swiglu(np.concatenate([value, gate], axis=-1))

print(np.allclose(hidden_values, silu(gate) * value), hidden_values.shape)

# %%
# Which half is the gate
# ----------------------
# Libraries do not agree. ``torch.nn.functional.glu``, ``jax.nn.glu`` and
# ``keras.activations.glu`` gate the second half; many SwiGLU kernels in
# language-model code bases apply SiLU to the first half instead (vLLM's
# ``SiluAndMul`` computes :math:`\operatorname{silu}(x_{:d}) \odot x_{d:}`).
# The two differ by the order of the halves: swap them to move between the
# conventions.


# %%
# The unit over its two inputs
# ----------------------------
# Each contour is a value of :math:`a\,\operatorname{silu}(b)`.

grid = np.linspace(-4.0, 4.0, 161)
first, second = np.meshgrid(grid, grid)
values = swiglu(np.stack([first, second], axis=-1))[..., 0]
fig, ax = plt.subplots()
contours = ax.contourf(second, first, values, levels=17, cmap="RdBu_r")
fig.colorbar(contours, ax=ax, label="swiglu")
ax.set_xlabel("gate b (second half)")
ax.set_ylabel("value a (first half)")
ax.set_title("a times silu(b), over a and b")
plt.show()

# %%
# Properties
# ----------
#
# .. activation-properties:: swiglu
#
# Copy this
# ---------
# SwiGLU and its gradient with NumPy alone, with :math:`\beta = 1`. The
# sigmoid is written ``exp(-logaddexp(0, -b))``, which never overflows, and
# :math:`1 - \sigma(b)` as :math:`\sigma(-b)`, which does not cancel where the
# gate is nearly open.

import numpy as np


def swiglu(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    return a * b * np.exp(-np.logaddexp(0.0, -b))


def swiglu_derivative(x):
    x = np.asarray(x, dtype=float)
    a, b = np.split(x, 2, axis=-1)
    gate = np.exp(-np.logaddexp(0.0, -b))
    shut = np.exp(-np.logaddexp(0.0, b))  # 1 - gate
    return np.concatenate([b * gate, a * gate * (1.0 + b * shut)], axis=-1)


# %%
# As the page was built, the copy was compared with the package and with the
# textbook formula it replaces:

from activation_functions.agreement import compare

print(compare("swiglu", swiglu, swiglu_derivative))

# %%
# Paper
# -----
#
# .. activation-paper:: swiglu
