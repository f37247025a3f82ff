"""
Swish and Mish
==============

Swish (2017) and Mish (2019) were both proposed as successors to ReLU, and
their curves are hard to tell apart on a wide interval. Drawn together, with
their derivatives and a close-up around 0, the difference shows.
"""

# %%
# On [-6, 6] (left) the two functions almost coincide; their derivatives show
# that Mish rises a little more steeply around 0 and dips a little deeper. The
# right panel is the difference ``mish(x) - swish(x)`` on [-3, 3].

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import mish, mish_derivative, swish, swish_derivative
from activation_functions.plotting import COLORS, use_style

use_style()
x = np.linspace(-6.0, 6.0, 1201)
fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.0))
for function, derivative, name, color in (
    (swish, swish_derivative, "swish", COLORS["blue"]),
    (mish, mish_derivative, "mish", COLORS["vermillion"]),
):
    left.plot(x, function(x), color=color, label=f"{name}(x)")
    left.plot(x, derivative(x), color=color, linestyle="--", label=f"{name}'(x)")
left.set_xlabel("x")
left.set_title("Swish and Mish with their derivatives")
left.legend()
near = np.linspace(-3.0, 3.0, 601)
right.plot(near, mish(near) - swish(near), color=COLORS["green"])
right.set_xlabel("x")
right.set_title("mish(x) - swish(x) near 0")
plt.show()

# %%
# In numbers: the slopes at 0 and the minima.

print(f"slope at 0: swish {swish_derivative(0.0):.4f}, mish {mish_derivative(0.0):.4f}")
print(f"minimum on the grid: swish {swish(x).min():.4f}, mish {mish(x).min():.4f}")
largest = near[np.argmax(np.abs(mish(near) - swish(near)))]
print(f"largest difference on [-3, 3] at x = {largest:.2f}")
