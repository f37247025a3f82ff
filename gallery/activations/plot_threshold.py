"""
Threshold
=========

Threshold replaces every value at or below a threshold by a fixed value. With
threshold 1 and value 0, as drawn, it is zero up to 1 and the identity above,
with a jump at 1.
"""

# %%
# The function is drawn solid and its derivative dashed; the API page of
# :func:`activation_functions.threshold` gives both formulas.

import matplotlib.pyplot as plt

from activation_functions import threshold, threshold_derivative
from activation_functions.plotting import plot_activation, use_style

use_style()
ax = plot_activation(threshold, threshold_derivative, name="threshold", threshold=1.0, value=0.0)
plt.show()
