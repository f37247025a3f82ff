"""The gated units: a * f(b) on the two halves of the input, and their gradients."""

from __future__ import annotations

import numpy as np
import pytest
from mpmath import mp, mpf
from reference import REFERENCES, dense_grid, ulp_error
from test_derivative_bounds import derivative_error, derivative_terms

import activation_functions as af
from activation_functions._kernels.arrays import BLOCK
from activation_functions.network import Network

# Each unit, its keyword arguments, and the elementwise function of its gate.
UNITS = {
    "glu": ({}, "sigmoid", {}),
    "reglu": ({}, "relu", {}),
    "geglu": ({}, "gelu", {}),
    "geglu_tanh": ({"approximate": True}, "gelu", {"approximate": True}),
    "swiglu": ({}, "silu", {}),
    "swiglu_beta_1.702": ({"beta": 1.702}, "swish", {"beta": 1.702}),
}
GATE_REFERENCES = {
    **REFERENCES,
    "gelu_tanh": lambda x: x / (1 + mp.exp(-2 * mp.sqrt(2 / mp.pi) * (x + mpf("0.044715") * x**3))),
    "swish_beta_1.702": lambda x: x / (1 + mp.exp(-mpf(1.702) * x)),
}


def unit(label: str):
    return getattr(af, label.split("_", maxsplit=1)[0])


def gate_reference(label: str):
    _, gate, gate_arguments = UNITS[label]
    if gate_arguments.get("approximate"):
        return GATE_REFERENCES["gelu_tanh"]
    if "beta" in gate_arguments:
        return GATE_REFERENCES["swish_beta_1.702"]
    return GATE_REFERENCES[gate]


def normal_gates(function, b: np.ndarray, arguments: dict) -> np.ndarray:
    """The b where ``function(b)`` (a gate or its derivative) is 0 exactly or a
    normal float64: where it is below the smallest normal number the contract
    allows it to be flushed, and a times it with it."""
    wide = np.abs(function(b.astype(np.float64), **arguments))
    exact_zero = (wide == 0.0) & np.isin(function.__name__, ["relu", "relu_derivative"])
    return b[exact_zero | (wide >= np.finfo(np.float64).smallest_normal)]


def pairs(dtype, b: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Gates b (the whole dense grid by default); values a of every size, by a fixed draw."""
    b = dense_grid(np.dtype(dtype)) if b is None else b
    rng = np.random.default_rng(4)
    a = (rng.choice([-1.0, 1.0], b.size) * 10.0 ** rng.uniform(-3, 3, b.size)).astype(dtype)
    return a, b


@pytest.mark.slow
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("label", list(UNITS))
def test_within_four_ulp_of_a_times_the_gate(label, dtype):
    arguments, gate, gate_arguments = UNITS[label]
    grid = dense_grid(np.dtype(dtype))
    a, b = pairs(dtype, normal_gates(af.ACTIVATIONS[gate].function, grid, gate_arguments))
    result = unit(label)(np.concatenate([a, b]), **arguments)
    assert result.dtype == dtype
    reference = gate_reference(label)
    worst, where = 0.0, None
    with mp.workprec(160):
        for x, y, value in zip(a, b, result, strict=True):
            exact = mpf(float(x)) * reference(mpf(float(y)))
            error = ulp_error(float(value), exact, np.dtype(dtype))
            if error > worst:
                worst, where = error, (x, y)
    assert worst <= 4.0, f"{label} ({np.dtype(dtype)}): {worst:.2f} ulp at (a, b) = {where}"


@pytest.mark.slow
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("label", list(UNITS))
def test_gradient_within_eight_ulp(label, dtype):
    """d/da is the gate f(b) (the elementwise bound, 4 ulp); d/db is a f'(b),
    within 8 ulp of the exact value or of its largest term, as f'(b) itself."""
    arguments, gate, gate_arguments = UNITS[label]
    grid = dense_grid(np.dtype(dtype))
    grid = grid[grid != 0.0] if gate == "relu" else grid  # (the kink)
    a, b = pairs(dtype, normal_gates(af.ACTIVATIONS[gate].derivative, grid, gate_arguments))
    gradient = getattr(af, f"{unit(label).__name__}_derivative")(
        np.concatenate([a, b]), **arguments
    )
    by_a, by_b = np.split(gradient, 2)
    # d/da is the gate, computed in float64 and rounded once.
    gate_values = af.ACTIVATIONS[gate].function(b.astype(np.float64), **gate_arguments)
    np.testing.assert_array_equal(by_a, gate_values.astype(dtype))
    terms = derivative_terms(gate, gate_arguments)
    worst, where = 0.0, None
    with mp.workprec(160):
        for x, y, value in zip(a, b, by_b, strict=True):
            scaled = tuple(mpf(float(x)) * term for term in terms(mpf(float(y))))
            error = derivative_error(float(value), scaled, np.dtype(dtype))
            if error > worst:
                worst, where = error, (x, y)
    assert worst <= 8.0, f"{label}' ({np.dtype(dtype)}): {worst:.2f} ulp at (a, b) = {where}"


@pytest.mark.parametrize("label", list(UNITS))
def test_gradient_matches_finite_differences(label):
    arguments, _, _ = UNITS[label]
    function = unit(label)
    gradient = getattr(af, f"{function.__name__}_derivative")
    x = np.random.default_rng(6).normal(scale=2.0, size=(3, 8))
    x[np.abs(x) < 1e-3] = 0.5  # (away from ReLU's kink)
    step = 1e-6
    numerical = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        shift = np.zeros_like(x)
        shift[index] = step
        numerical[index] = (
            np.sum(function(x + shift, **arguments)) - np.sum(function(x - shift, **arguments))
        ) / (2 * step)
    np.testing.assert_allclose(gradient(x, **arguments), numerical, rtol=0, atol=1e-8)


@pytest.mark.parametrize("name", ["glu", "reglu", "geglu", "swiglu"])
def test_the_halves_are_value_then_gate(name):
    """The split of torch.nn.functional.glu: a is the first half, b the second."""
    gate = {"glu": af.sigmoid, "reglu": af.relu, "geglu": af.gelu, "swiglu": af.silu}[name]
    a, b = np.array([[1.5, -2.0], [0.25, 3.0]]), np.array([[0.5, -1.0], [2.0, 4.0]])
    function = getattr(af, name)
    np.testing.assert_allclose(function(np.concatenate([a, b], axis=1)), a * gate(b), rtol=1e-15)
    np.testing.assert_allclose(
        function(np.concatenate([a, b], axis=0), axis=0), a * gate(b), rtol=1e-15
    )


@pytest.mark.parametrize("name", ["glu", "reglu", "geglu", "swiglu"])
def test_contract(name):
    function = getattr(af, name)
    derivative = getattr(af, f"{name}_derivative")
    for f, label in ((function, name), (derivative, f"{name}_derivative")):
        with pytest.raises(
            ValueError, match=rf"^{label}\(\) splits x .* axis=-1.* odd length \(3\)"
        ):
            f(np.ones((2, 3)))
        with pytest.raises(
            ValueError, match=rf"^{label}\(\) splits x .* axis=0.* odd length \(3\)"
        ):
            f(np.ones((3, 2)), axis=0)
        with pytest.raises(ValueError, match=rf"^{label}\(\) needs an array of at least one"):
            f(2.0)
        with pytest.raises(TypeError, match=rf"^{label}\(\) parameter 'axis' must be an int"):
            f(np.ones(4), axis=0.0)
        with pytest.raises(TypeError, match=rf"^{label}\(\) expects real numbers"):
            f(["a", "b"])
    x = np.random.default_rng(2).normal(size=(4, 6))
    for dtype in (np.float16, np.float32, np.float64):
        assert function(x.astype(dtype)).dtype == dtype
        assert derivative(x.astype(dtype)).dtype == dtype
    assert function(x).shape == (4, 3) and function(x, axis=0).shape == (2, 6)
    assert derivative(x).shape == x.shape and derivative(x, axis=0).shape == x.shape
    assert function([1, 2]).dtype == np.float64
    copy = x.copy()
    function(x), derivative(x)
    np.testing.assert_array_equal(x, copy)


@pytest.mark.parametrize("name", ["glu", "reglu", "geglu", "swiglu"])
def test_special_values_without_warnings(name):
    """NaN propagates; a gate of exactly 0 closes the unit, even for an infinite a."""
    function = getattr(af, name)
    derivative = getattr(af, f"{name}_derivative")
    a = np.array([np.inf, -np.inf, np.nan, 2.0, np.inf, 1e308, -0.0])
    b = np.array([-np.inf, -np.inf, 1.0, np.nan, np.inf, 1e308, 3.0])
    result = function(np.concatenate([a, b]))
    np.testing.assert_array_equal(result[:2], [0.0, 0.0])
    assert np.isnan(result[2]) and np.isnan(result[3])
    assert result[4] == np.inf and result[5] == 1e308 * float(function([1.0, 1e308])[0])
    gradient = derivative(np.concatenate([a, b]))
    assert np.isnan(gradient[[3, 9, 10]]).all()  # (b = NaN, and a = NaN in d/db)
    assert not np.isnan(gradient[2])
    info = np.finfo(np.float64)
    extremes = np.array([info.max, info.smallest_subnormal, 0.0, 710.0, -750.0, np.inf])
    grid = np.concatenate([np.repeat(extremes, extremes.size), np.tile(-extremes, extremes.size)])
    assert not np.isnan(function(grid)[~np.isnan(function(grid))]).any()
    derivative(grid)  # any warning fails the test (filterwarnings = error)


def test_large_inputs_in_blocks_agree_with_their_pieces():
    rng = np.random.default_rng(13)
    x = 5.0 * rng.standard_normal((2 * BLOCK + 246, 2))
    for name in ("glu", "geglu", "swiglu"):
        whole = getattr(af, name)(x.T, axis=0)  # the halves are rows: not contiguous
        pieces = np.concatenate(
            [getattr(af, name)(piece.T, axis=0) for piece in np.array_split(x, 7)], axis=1
        )
        np.testing.assert_array_equal(whole, pieces)


def test_zero_centred_claim_for_independent_halves():
    """E[a f(b)] = E[a] E[f(b)] = 0 for independent standard normal halves."""
    nodes, weights = np.polynomial.hermite_e.hermegauss(80)
    weights = weights / weights.sum()
    a, b = np.meshgrid(nodes, nodes, indexing="ij")
    for name in ("glu", "reglu", "geglu", "swiglu"):
        entry = af.ACTIVATIONS[name]
        values = entry(np.stack([a.ravel(), b.ravel()], axis=-1))[:, 0]
        mean = np.sum(values * np.outer(weights, weights).ravel())
        assert entry.zero_centred and abs(mean) < 1e-12, (name, mean)
    # Independence matters: with b = a, GLU is a sigma(a), whose mean is not 0.
    same = af.glu(np.stack([a.ravel(), a.ravel()], axis=-1))[:, 0]
    assert np.sum(same * np.outer(weights, weights).ravel()) > 0.1


def test_network_refuses_the_gated_units():
    with pytest.raises(ValueError, match="elementwise activation"):
        Network.create([2, 4, 2], "swiglu", rng=np.random.default_rng(0))
