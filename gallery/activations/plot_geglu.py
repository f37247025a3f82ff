r"""
GEGLU
=====

GEGLU (Shazeer, 2020) gates the first half :math:`a` of the input by the
GELU of the second half :math:`b`:

.. math::

    \operatorname{geglu}(x) = a \odot \operatorname{gelu}(b), \qquad x = (a, b)

    \frac{\partial}{\partial a} = \operatorname{gelu}(b)

    \frac{\partial}{\partial b} = a\,\bigl(\Phi(b) + b\,\varphi(b)\bigr)

In Shazeer's comparison in T5 it had the lowest perplexity of all the
variants; Google's Gemma models use it, with the tanh form of GELU
(``approximate=True``).
"""

# %%
# The first half is the value and the second the gate, as in
# ``torch.nn.functional.glu``; ``approximate=True`` uses the tanh form of
# GELU for the gate.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import geglu
from activation_functions.plotting import use_style

use_style()
x = np.array([1.0, 1.0, -0.5, 2.0])
print(geglu(x))
print(geglu(x, approximate=True))

# %%
# Each contour is a value of :math:`a \operatorname{gelu}(b)`. GELU dips
# below 0 for negative :math:`b`, so there the output has the opposite sign
# of :math:`a`.

grid = np.linspace(-4.0, 4.0, 161)
first, second = np.meshgrid(grid, grid)
values = geglu(np.stack([first, second], axis=-1))[..., 0]
fig, ax = plt.subplots()
contours = ax.contourf(second, first, values, levels=17, cmap="RdBu_r")
fig.colorbar(contours, ax=ax, label="geglu")
ax.set_xlabel("gate b (second half)")
ax.set_ylabel("value a (first half)")
ax.set_title("a times gelu(b), over a and b")
plt.show()
