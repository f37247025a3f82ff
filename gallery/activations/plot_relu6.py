"""
ReLU6
=====

ReLU6 caps ReLU at 6, which keeps activations bounded for low-precision
arithmetic; MobileNet uses it.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.relu6` gives both formulas.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions import relu6, relu6_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(relu6, relu6_derivative, name="relu6", x=np.linspace(-3.0, 9.0, 1001))
plt.show()
