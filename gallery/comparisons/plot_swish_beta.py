r"""
Swish for several beta
======================

Swish is :math:`x\,\sigma(\beta x)`. With ``beta = 0`` the gate is the
constant 1/2 and Swish is the line ``x / 2``; as ``beta`` grows the gate tends
to a step and Swish tends to ReLU.
"""

# %%
# Each curve is one value of ``beta``; ReLU is drawn dotted for reference.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import relu, swish
from activation_functions.plotting import COLORS, use_style

use_style()
x = np.linspace(-4.0, 4.0, 801)
fig, ax = plt.subplots()
for beta in (0.0, 0.5, 1.0, 2.0, 10.0):
    ax.plot(x, swish(x, beta=beta), label=f"beta = {beta:g}")
ax.plot(x, relu(x), linestyle=":", color=COLORS["black"], label="relu")
ax.set_xlabel("x")
ax.set_title("Swish from a line (beta = 0) to ReLU (large beta)")
ax.legend()
print(f"largest gap to ReLU at beta = 10: {np.max(np.abs(swish(x, beta=10.0) - relu(x))):.4f}")
plt.show()
