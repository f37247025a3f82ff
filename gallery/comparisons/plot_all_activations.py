"""
All activation functions
========================

Every elementwise function of the catalogue on one page, each with its
derivative, in the order of the comparison table.
"""

# %%
# The panels are drawn from :data:`activation_functions.ACTIVATIONS`, so a
# function added to the catalogue appears here without editing this script.

# sphinx_gallery_thumbnail_number = 1
import matplotlib.pyplot as plt
import numpy as np

from activation_functions import ACTIVATIONS
from activation_functions.plotting import plot_activation, use_style

use_style()
entries = [entry for entry in ACTIVATIONS.values() if entry.elementwise]
columns = 5
rows = -(-len(entries) // columns)
fig, axes = plt.subplots(rows, columns, figsize=(10.0, 2.3 * rows), sharex=True)
fig.suptitle("Every elementwise activation function with its derivative")
x = np.linspace(-4.0, 4.0, 801)
for ax, entry in zip(axes.flat, entries, strict=False):
    plot_activation(
        entry.function, entry.derivative, name=entry.name, x=x, ax=ax, **entry.parameters
    )
    ax.set_title(entry.title)
    ax.legend().remove()
    ax.set_xlabel("")
for ax in axes.flat[len(entries) :]:
    ax.remove()
plt.show()
