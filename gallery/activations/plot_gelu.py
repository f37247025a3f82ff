"""
GELU
====

GELU weights the input by the probability that a standard normal variable lies
below it: x Phi(x). BERT and GPT-2 made it common, often through a tanh
approximation, drawn as a thin line; the two are hard to tell apart at this
scale.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.gelu` gives both formulas. The thin line is the
# tanh approximation, and the script prints how far it strays from the exact
# curve on this interval.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import gelu, gelu_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(gelu, gelu_derivative, name="gelu")
x = np.linspace(-5.0, 5.0, 1001)
ax.plot(x, gelu(x, approximate=True), linewidth=1.0, label="tanh approximation")
ax.legend()
print(f"largest difference: {np.max(np.abs(gelu(x) - gelu(x, approximate=True))):.1e}")
plt.show()
