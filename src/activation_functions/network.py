"""A small fully connected network in NumPy, for the experiments.

The site's experiments train networks whose forward pass calls an activation
from this package and whose backward pass calls its ``_derivative``, so what
they show about an activation is about the function defined here. The
network is deliberately plain: dense layers, one activation for every hidden
layer, a softmax output with the cross-entropy loss, full-batch gradient
descent or Adam. It is for experiments on toy tasks, not for real work.

Examples
--------
>>> import numpy as np
>>> from activation_functions.network import Network, train, two_spirals
>>> rng = np.random.default_rng(0)
>>> inputs, labels = two_spirals(200, rng=rng)
>>> network = Network.create([2, 16, 16, 2], "tanh", rng=rng, initialization="glorot")
>>> losses = train(network, inputs, labels, steps=200, learning_rate=0.02)
>>> bool(losses[-1] < losses[0])
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .catalogue import ACTIVATIONS, Activation
from .softmax import log_softmax

__all__ = ["Gradients", "Network", "circles", "noisy_xor", "train", "two_spirals"]

Array = NDArray[np.float64]


@dataclass
class Gradients:
    """Gradients of the loss with respect to a network's parameters.

    Attributes
    ----------
    weights, biases : list of ndarray
        One array per layer, shaped like the layer's parameters.
    """

    weights: list[Array]
    biases: list[Array]


@dataclass
class Network:
    """A fully connected network with one activation in every hidden layer.

    Layer :math:`l` computes :math:`z_l = a_{l-1} W_l + b_l` and
    :math:`a_l = f(z_l)`, with :math:`a_0` the input; the last layer's
    :math:`z` are the logits of a softmax classifier.

    Attributes
    ----------
    weights, biases : list of ndarray
        ``weights[l]`` has shape ``(sizes[l], sizes[l + 1])``.
    activation : ~activation_functions.Activation
        The catalogue entry whose function and derivative the hidden layers
        use.
    """

    weights: list[Array]
    biases: list[Array]
    activation: Activation = field(repr=False)

    @classmethod
    def create(
        cls,
        sizes: Sequence[int],
        activation: str,
        *,
        rng: np.random.Generator,
        initialization: Literal["he", "glorot"] = "he",
    ) -> Network:
        """A network with random weights and zero biases.

        Parameters
        ----------
        sizes : sequence of int
            Width of every layer, input first, number of classes last; at
            least two entries.
        activation : str
            Name of an elementwise activation in
            :data:`~activation_functions.ACTIVATIONS`.
        rng : numpy.random.Generator
            Source of the initial weights.
        initialization : {"he", "glorot"}, optional
            Weights are normal with standard deviation
            :math:`\\sqrt{2 / n_\\text{in}}` for ``"he"`` [1]_, the usual
            choice for the ReLU family, or
            :math:`\\sqrt{2 / (n_\\text{in} + n_\\text{out})}` for
            ``"glorot"`` [2]_, the usual choice for sigmoid and tanh.

        Returns
        -------
        Network

        Raises
        ------
        ValueError
            If ``activation`` is unknown or not elementwise, a size is not a
            positive integer, or ``initialization`` is neither option.

        References
        ----------
        .. [1] K. He, X. Zhang, S. Ren and J. Sun, "Delving deep into
           rectifiers", ICCV 2015.
        .. [2] X. Glorot and Y. Bengio, "Understanding the difficulty of
           training deep feedforward neural networks", AISTATS 2010.
        """
        name: object = activation  # checked, whatever the annotation says
        entry = ACTIVATIONS.get(name) if isinstance(name, str) else None
        if entry is None or not entry.elementwise:
            raise ValueError(
                f"Network.create: activation must name an elementwise activation "
                f"of ACTIVATIONS, got {activation!r}"
            )
        given: list[object] = list(sizes)  # checked, whatever the annotation says
        if len(given) < 2 or not all(
            isinstance(width, int | np.integer) and width > 0 for width in given
        ):
            raise ValueError(
                f"Network.create: sizes must be at least two positive integers, got {sizes!r}"
            )
        if initialization not in ("he", "glorot"):
            raise ValueError(
                f"Network.create: initialization must be 'he' or 'glorot', got {initialization!r}"
            )
        widths = [int(width) for width in sizes]
        weights = []
        for fan_in, fan_out in pairwise(widths):
            scale = np.sqrt(2 / fan_in if initialization == "he" else 2 / (fan_in + fan_out))
            weights.append(scale * rng.standard_normal((fan_in, fan_out)))
        biases = [np.zeros(width) for width in widths[1:]]
        return cls(weights, biases, entry)

    def forward(self, inputs: ArrayLike) -> Array:
        """Logits for a batch.

        Parameters
        ----------
        inputs : array_like
            Shape ``(batch, sizes[0])``.

        Returns
        -------
        ndarray
            Shape ``(batch, sizes[-1])``.
        """
        return self._layers(self._check_inputs(inputs))[0]

    def _layers(self, values: Array) -> tuple[Array, list[Array], list[Array]]:
        """Logits, and each hidden layer's input and pre-activation."""
        layer_inputs, pre_activations = [], []
        for weight, bias in zip(self.weights[:-1], self.biases[:-1], strict=True):
            layer_inputs.append(values)
            pre_activations.append(values @ weight + bias)
            values = self.activation(pre_activations[-1])
        layer_inputs.append(values)
        return values @ self.weights[-1] + self.biases[-1], layer_inputs, pre_activations

    def loss_and_gradients(self, inputs: ArrayLike, labels: ArrayLike) -> tuple[float, Gradients]:
        """Mean cross-entropy over a batch and its gradients (backpropagation).

        Parameters
        ----------
        inputs : array_like
            Shape ``(batch, sizes[0])``.
        labels : array_like of int
            Class of each example, in ``range(sizes[-1])``.

        Returns
        -------
        loss : float
        gradients : Gradients
        """
        values = self._check_inputs(inputs)
        return self._loss_and_gradients(values, self._check_labels(labels, len(values)))

    def _loss_and_gradients(
        self, values: Array, targets: NDArray[np.intp]
    ) -> tuple[float, Gradients]:
        """:meth:`loss_and_gradients` of inputs and labels already checked."""
        logits, layer_inputs, pre_activations = self._layers(values)
        rows = np.arange(len(values))
        log_probabilities = log_softmax(logits)
        loss = -float(np.mean(log_probabilities[rows, targets]))
        # d loss / d logits of the mean cross-entropy: (softmax - one-hot) / batch.
        delta = np.exp(log_probabilities)
        delta[rows, targets] -= 1.0
        delta /= len(values)
        weight_gradients: list[Array] = []
        bias_gradients: list[Array] = []
        if not self.activation.elementwise:
            raise ValueError(f"Network: {self.activation.name} has no elementwise derivative")
        derivative = self.activation.derivative_at  # with the catalogue's parameters
        for layer in range(len(self.weights) - 1, -1, -1):
            weight_gradients.append(layer_inputs[layer].T @ delta)
            bias_gradients.append(delta.sum(axis=0))
            if layer > 0:
                delta = (delta @ self.weights[layer].T) * derivative(pre_activations[layer - 1])
        return loss, Gradients(weight_gradients[::-1], bias_gradients[::-1])

    def predict(self, inputs: ArrayLike) -> NDArray[np.intp]:
        """The most likely class of each example."""
        return np.asarray(np.argmax(self.forward(inputs), axis=1), dtype=np.intp)

    def accuracy(self, inputs: ArrayLike, labels: ArrayLike) -> float:
        """Fraction of examples whose predicted class is the label."""
        values = self._check_inputs(inputs)
        return float(np.mean(self.predict(values) == self._check_labels(labels, len(values))))

    def _check_inputs(self, inputs: ArrayLike) -> Array:
        values = np.asarray(inputs, dtype=np.float64)
        if values.ndim != 2 or values.shape[1] != self.weights[0].shape[0]:
            raise ValueError(
                f"Network: inputs must have shape (batch, {self.weights[0].shape[0]}), "
                f"got {values.shape}"
            )
        return values

    def _check_labels(self, labels: ArrayLike, batch: int) -> NDArray[np.intp]:
        targets = np.asarray(labels)
        classes = self.weights[-1].shape[1]
        if (
            targets.shape != (batch,)
            or not np.issubdtype(targets.dtype, np.integer)
            or np.any((targets < 0) | (targets >= classes))
        ):
            raise ValueError(
                f"Network: labels must be {batch} integers in range({classes}), "
                f"got {targets.dtype} of shape {targets.shape}"
            )
        return targets.astype(np.intp)


def train(
    network: Network,
    inputs: ArrayLike,
    labels: ArrayLike,
    *,
    steps: int,
    learning_rate: float,
    optimizer: Literal["adam", "sgd"] = "adam",
) -> Array:
    """Train a network in place by full-batch gradient steps.

    Parameters
    ----------
    network : Network
        Updated in place; its weight and bias arrays are replaced by views
        of one vector that holds all of them.
    inputs, labels : array_like
        The training set, as for :meth:`Network.loss_and_gradients`.
    steps : int
        Number of updates.
    learning_rate : float
        Step size.
    optimizer : {"adam", "sgd"}, optional
        Adam [1]_ with its usual constants, or plain gradient descent.

    Returns
    -------
    ndarray
        The loss before each step.

    References
    ----------
    .. [1] D. P. Kingma and J. Ba, "Adam: a method for stochastic
       optimization", ICLR 2015.
    """
    if optimizer not in ("adam", "sgd"):
        raise ValueError(f"train: optimizer must be 'adam' or 'sgd', got {optimizer!r}")
    count: object = steps  # checked, whatever the annotation says
    if not isinstance(count, int) or count < 0:
        raise ValueError(f"train: steps must be a non-negative integer, got {steps!r}")
    if not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"train: learning_rate must be positive, got {learning_rate!r}")
    # Checked once, not at every step (and before the network is changed).
    values = network._check_inputs(inputs)
    targets = network._check_labels(labels, len(values))
    # One flat vector holds every parameter, and the network's arrays become
    # views of it, so that each update is a few operations on one array.
    shapes = [p.shape for p in [*network.weights, *network.biases]]
    parameters = np.concatenate([p.ravel() for p in [*network.weights, *network.biases]])
    views, offset = [], 0
    for shape in shapes:
        size = int(np.prod(shape))
        views.append(parameters[offset : offset + size].reshape(shape))
        offset += size
    layers = len(network.weights)
    network.weights[:], network.biases[:] = views[:layers], views[layers:]
    first = np.zeros_like(parameters)
    second = np.zeros_like(parameters)
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    losses = np.empty(steps)
    for step in range(steps):
        losses[step], gradients = network._loss_and_gradients(values, targets)
        gradient = np.concatenate([g.ravel() for g in [*gradients.weights, *gradients.biases]])
        if optimizer == "sgd":
            parameters -= learning_rate * gradient
            continue
        first *= beta1
        first += (1 - beta1) * gradient
        second *= beta2
        second += (1 - beta2) * gradient**2
        corrected_first = first / (1 - beta1 ** (step + 1))
        corrected_second = second / (1 - beta2 ** (step + 1))
        parameters -= learning_rate * corrected_first / (np.sqrt(corrected_second) + epsilon)
    return losses


def two_spirals(
    n: int, *, noise: float = 0.05, rng: np.random.Generator
) -> tuple[Array, NDArray[np.intp]]:
    """Two interleaved spirals in the plane, one per class.

    Parameters
    ----------
    n : int
        Number of points, split evenly between the classes.
    noise : float, optional
        Standard deviation of the Gaussian noise added to each coordinate.
    rng : numpy.random.Generator

    Returns
    -------
    inputs : ndarray
        Shape ``(n, 2)``, coordinates within about [-1, 1].
    labels : ndarray of int
        0 or 1.
    """
    labels = np.arange(n) % 2
    turn = np.sqrt(rng.uniform(0.05, 1.0, n)) * 3 * np.pi
    points = np.stack([turn * np.cos(turn), turn * np.sin(turn)], axis=1) / (3 * np.pi)
    points[labels == 1] *= -1
    return points + noise * rng.standard_normal((n, 2)), labels


def circles(
    n: int, *, noise: float = 0.1, rng: np.random.Generator
) -> tuple[Array, NDArray[np.intp]]:
    """A disc inside a ring: class 0 at radius 0.5, class 1 at radius 1.

    Parameters and returns are as for :func:`two_spirals`.
    """
    labels = np.arange(n) % 2
    angle = rng.uniform(0, 2 * np.pi, n)
    radius = np.where(labels == 0, 0.5, 1.0)
    points = radius[:, None] * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    return points + noise * rng.standard_normal((n, 2)), labels


def noisy_xor(
    n: int, *, noise: float = 0.1, rng: np.random.Generator
) -> tuple[Array, NDArray[np.intp]]:
    """Points in the square [-1, 1]^2, class 1 where exactly one coordinate is positive.

    The class comes from the clean point; the returned point has Gaussian
    noise added, so some examples sit on the wrong side of an axis.
    Parameters and returns are as for :func:`two_spirals`.
    """
    points = rng.uniform(-1, 1, (n, 2))
    labels = ((points[:, 0] > 0) != (points[:, 1] > 0)).astype(np.intp)
    return points + noise * rng.standard_normal((n, 2)), labels
