"""
Vanishing gradients
===================

Does a deep network of sigmoids stop learning, and does ReLU avoid it? A
fully connected network of ten hidden layers, written in NumPy with
:class:`activation_functions.network.Network`, answers both: its backward
pass multiplies the gradient by the activation's derivative once per layer,
and the derivative of the sigmoid is at most 1/4.
"""

# %%
# The task is a set of two interleaved spirals in the plane, 200 points. Every
# network has the same shape (2 inputs, ten hidden layers of 32 units, 2
# outputs) and the initialisation usual for its activation: Glorot's for
# sigmoid and tanh, He's for the ReLU family. Each network starts from the
# same random numbers.

import matplotlib.pyplot as plt
import numpy as np

from activation_functions.network import Network, train, two_spirals
from activation_functions.plotting import COLORS, use_style

use_style()
inputs, labels = two_spirals(200, rng=np.random.default_rng(0))
sizes = [2, *[32] * 10, 2]
setups = {
    "sigmoid": ("glorot", COLORS["vermillion"]),
    "tanh": ("glorot", COLORS["orange"]),
    "relu": ("he", COLORS["blue"]),
    "swish": ("he", COLORS["green"]),
    "mish": ("he", COLORS["purple"]),
}


def fresh(activation: str) -> Network:
    initialization = setups[activation][0]
    rng = np.random.default_rng(1)
    return Network.create(sizes, activation, rng=rng, initialization=initialization)


# %%
# Gradients at initialisation
# ---------------------------
# The size of the gradient of the loss with respect to each layer's weights
# (its Frobenius norm), before any training. Layer 1 is next to the input,
# the farthest from the loss.

fig, ax = plt.subplots()
layers = np.arange(1, len(sizes))
first_to_last = {}
for activation, (_, color) in setups.items():
    _, gradients = fresh(activation).loss_and_gradients(inputs, labels)
    norms = np.array([np.linalg.norm(weight) for weight in gradients.weights])
    first_to_last[activation] = norms[0] / norms[-1]
    ax.semilogy(layers, norms, marker="o", color=color, label=activation)
ax.set_xlabel("layer (1 = next to the input)")
ax.set_ylabel("gradient norm of the layer's weights")
ax.set_title("Gradient size per layer at initialisation, ten hidden layers")
ax.legend()
plt.show()

# %%
# In numbers: how much smaller the gradient reaching the first layer is than
# the one at the output layer.

for activation, ratio in first_to_last.items():
    print(f"{activation:8} first layer / output layer: {ratio:.1e}")

# %%
# Training
# --------
# Plain gradient descent (the same learning rate, 0.1, for every network),
# 300 full-batch steps. A classifier that has learnt nothing predicts
# probability 1/2 for both classes, and its loss is :math:`\ln 2 \approx
# 0.693` (dotted line).

steps = 300
fig, ax = plt.subplots()
final = {}
for activation, (_, color) in setups.items():
    network = fresh(activation)
    losses = train(network, inputs, labels, steps=steps, learning_rate=0.1, optimizer="sgd")
    final[activation] = (losses[-1], network.accuracy(inputs, labels))
    ax.plot(np.arange(steps), losses, color=color, label=activation)
ax.axhline(np.log(2), color=COLORS["black"], linestyle=":", linewidth=1.0)
ax.set_xlabel("gradient step")
ax.set_ylabel("training loss (cross-entropy)")
ax.set_title("Training loss of a ten-layer network on two spirals")
ax.legend()
plt.show()

for activation, (loss, accuracy) in final.items():
    print(f"{activation:8} loss after {steps} steps {loss:.3f}, training accuracy {accuracy:.0%}")

# %%
# What this shows
# ---------------
# The verdicts below are computed from the runs above, so they cannot
# disagree with the figures.

stalled = [name for name, (loss, _) in final.items() if loss > 0.99 * np.log(2)]
vanishing = [name for name, ratio in first_to_last.items() if ratio < 1e-3]
print("gradient at the first layer below 1/1000 of the output layer's:", vanishing)
print("loss still at ln 2 after training (nothing learnt):", stalled)

# %%
# With ten sigmoid layers the gradient reaching the first layer is about a
# millionth of the one at the output, and the loss does not leave
# :math:`\ln 2`: the network learns nothing in 300 steps. The ReLU network's
# gradients keep their size from layer to layer, and it fits the training
# set. tanh, bounded like the sigmoid but with slope 1 rather than 1/4 at 0,
# keeps its gradients too, and learns, though slowly. So the article's claim
# holds for this network: sigmoid stalls, ReLU does not. It is a claim about
# depth and plain gradient descent; a network with two sigmoid layers trains
# (see :ref:`the training experiment
# <sphx_glr_auto_examples_experiments_plot_swish_vs_mish_training.py>`).
