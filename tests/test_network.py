"""The experiments' network: backpropagation against finite differences."""

from __future__ import annotations

import numpy as np
import pytest

from activation_functions import ACTIVATIONS
from activation_functions.naive import ARTICLE, FORMULAS
from activation_functions.network import Network, circles, noisy_xor, train, two_spirals

SMOOTH = ["sigmoid", "tanh", "softplus", "swish", "mish", "gelu", "elu", "selu", "softsign"]


def numerical_gradient(network: Network, inputs, labels, parameter: np.ndarray) -> np.ndarray:
    """Central differences of the loss, one parameter entry at a time."""
    gradient = np.empty_like(parameter)
    step = 1e-6
    for index in np.ndindex(parameter.shape):
        original = parameter[index]
        parameter[index] = original + step
        above, _ = network.loss_and_gradients(inputs, labels)
        parameter[index] = original - step
        below, _ = network.loss_and_gradients(inputs, labels)
        parameter[index] = original
        gradient[index] = (above - below) / (2 * step)
    return gradient


@pytest.mark.parametrize("activation", [*SMOOTH, "relu", "leaky_relu"])
def test_backward_pass_matches_finite_differences(activation: str) -> None:
    rng = np.random.default_rng(7)
    network = Network.create([3, 5, 4, 3], activation, rng=rng)
    for bias in network.biases:
        bias[:] = rng.normal(size=bias.shape)
    inputs = rng.normal(size=(6, 3))
    labels = np.array([0, 1, 2, 2, 1, 0])
    _, gradients = network.loss_and_gradients(inputs, labels)
    if activation in ("relu", "leaky_relu"):
        # Differences across a kink are not derivatives: the sample has none within the step.
        layer_input = inputs
        for weight, bias in zip(network.weights[:-1], network.biases[:-1], strict=True):
            pre_activation = layer_input @ weight + bias
            assert np.abs(pre_activation).min() > 1e-3
            layer_input = network.activation.function(pre_activation)
    for analytic, parameter in zip(
        [*gradients.weights, *gradients.biases],
        [*network.weights, *network.biases],
        strict=True,
    ):
        numeric = numerical_gradient(network, inputs, labels, parameter)
        np.testing.assert_allclose(analytic, numeric, rtol=1e-5, atol=1e-8)


def test_gradients_have_the_shapes_of_the_parameters() -> None:
    network = Network.create([2, 7, 3], "mish", rng=np.random.default_rng(0))
    _, gradients = network.loss_and_gradients(np.ones((4, 2)), [0, 1, 2, 0])
    assert [g.shape for g in gradients.weights] == [(2, 7), (7, 3)]
    assert [g.shape for g in gradients.biases] == [(7,), (3,)]


def test_initializations_have_their_standard_deviations() -> None:
    rng = np.random.default_rng(0)
    he = Network.create([400, 300, 2], "relu", rng=rng, initialization="he")
    glorot = Network.create([400, 300, 2], "tanh", rng=rng, initialization="glorot")
    assert he.weights[0].std() == pytest.approx(np.sqrt(2 / 400), rel=0.01)
    assert glorot.weights[0].std() == pytest.approx(np.sqrt(2 / 700), rel=0.01)
    assert not any(b.any() for b in he.biases)


@pytest.mark.parametrize("optimizer", ["adam", "sgd"])
def test_training_fits_an_easy_task(optimizer: str) -> None:
    rng = np.random.default_rng(1)
    inputs, labels = circles(200, noise=0.05, rng=rng)
    network = Network.create([2, 16, 2], "tanh", rng=rng, initialization="glorot")
    learning_rate = 0.05 if optimizer == "adam" else 0.5
    losses = train(
        network, inputs, labels, steps=300, learning_rate=learning_rate, optimizer=optimizer
    )
    assert losses.shape == (300,)
    assert losses[-1] < 0.25 * losses[0]
    assert network.accuracy(inputs, labels) > 0.95


def test_training_is_deterministic() -> None:
    def run() -> np.ndarray:
        rng = np.random.default_rng(3)
        inputs, labels = two_spirals(50, rng=rng)
        network = Network.create([2, 8, 2], "swish", rng=rng)
        return train(network, inputs, labels, steps=20, learning_rate=0.01)

    np.testing.assert_array_equal(run(), run())


@pytest.mark.parametrize("task", [two_spirals, circles, noisy_xor])
def test_tasks_are_balanced_and_bounded(task) -> None:
    inputs, labels = task(1000, noise=0.0, rng=np.random.default_rng(0))
    assert inputs.shape == (1000, 2) and labels.shape == (1000,)
    assert set(np.unique(labels)) == {0, 1}
    assert abs(labels.mean() - 0.5) < 0.05
    assert np.abs(inputs).max() <= 1.0 + 1e-12


def test_noisy_xor_labels_follow_the_quadrants() -> None:
    inputs, labels = noisy_xor(500, noise=0.0, rng=np.random.default_rng(0))
    np.testing.assert_array_equal(labels, (inputs[:, 0] * inputs[:, 1] < 0).astype(int))


def test_circles_radii() -> None:
    inputs, labels = circles(500, noise=0.0, rng=np.random.default_rng(0))
    radius = np.hypot(inputs[:, 0], inputs[:, 1])
    np.testing.assert_allclose(radius, np.where(labels == 0, 0.5, 1.0))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (([2, 3], "softmax"), "elementwise activation"),
        (([2, 3], "nope"), "elementwise activation"),
        (([2], "relu"), "sizes"),
        (([2, 0, 2], "relu"), "sizes"),
        (([2, 2.5, 2], "relu"), "sizes"),
    ],
)
def test_create_rejects_bad_arguments(arguments, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Network.create(*arguments, rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="initialization"):
        Network.create([2, 2], "relu", rng=np.random.default_rng(0), initialization="lecun")


def test_bad_batches_are_rejected() -> None:
    network = Network.create([2, 3, 2], "relu", rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match=r"inputs must have shape \(batch, 2\)"):
        network.forward(np.ones((4, 3)))
    with pytest.raises(ValueError, match="labels must be 2 integers in range"):
        network.loss_and_gradients(np.ones((2, 2)), [0, 2])
    with pytest.raises(ValueError, match="labels"):
        network.loss_and_gradients(np.ones((2, 2)), [0.0, 1.0])
    with pytest.raises(ValueError, match="optimizer"):
        train(network, np.ones((2, 2)), [0, 1], steps=1, learning_rate=0.1, optimizer="rmsprop")
    with pytest.raises(ValueError, match="learning_rate"):
        train(network, np.ones((2, 2)), [0, 1], steps=1, learning_rate=-1.0)
    with pytest.raises(ValueError, match="steps"):
        train(network, np.ones((2, 2)), [0, 1], steps=-1, learning_rate=0.1)


def test_naive_formulas_cover_the_catalogue_and_agree_near_zero() -> None:
    assert set(FORMULAS) == set(ACTIVATIONS)
    assert set(ARTICLE) <= set(FORMULAS)
    x = np.linspace(-3, 3, 60).reshape(3, 20)
    for name, formula in FORMULAS.items():
        np.testing.assert_allclose(
            formula(x), ACTIVATIONS[name](x), rtol=1e-12, atol=1e-15, err_msg=name
        )


@pytest.mark.parametrize("name", [name for name, entry in ACTIVATIONS.items() if entry.elementwise])
def test_every_elementwise_entry_trains_with_the_catalogues_parameters(name: str) -> None:
    """threshold has no defaults: the network must pass the catalogue's parameters."""
    network = Network.create([2, 4, 2], name, rng=np.random.default_rng(3))
    inputs = np.random.default_rng(4).normal(size=(5, 2))
    assert network.forward(inputs).shape == (5, 2)
    loss, _ = network.loss_and_gradients(inputs, np.array([0, 1, 1, 0, 1]))
    assert np.isfinite(loss)
