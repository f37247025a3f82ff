"""The edges a hostile tester found: parameters against narrow dtypes, axes,
odd inputs, memory, signed zeros. Each failed before the package was
restructured (see the closing note of the readable-package issue)."""

from __future__ import annotations

import decimal
import inspect
import tracemalloc
import typing

import numpy as np
import pytest

import activation_functions as af
from activation_functions import ACTIVATIONS
from activation_functions._kernels.arrays import BLOCK

ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_a_zero_slope_is_relu_signed_zeros_included(dtype):
    zeros = af.leaky_relu(np.array([-0.0, 0.0], dtype=dtype), negative_slope=0.0)
    assert not np.signbit(zeros).any()


def test_a_tiny_slope_on_float16_keeps_the_infinite_limits():
    result = af.leaky_relu(np.float16([1.0, np.inf, -np.inf]), negative_slope=1e-8)
    assert result.dtype == np.float16
    np.testing.assert_array_equal(result, [1.0, np.inf, -np.inf])
    derivative = af.leaky_relu_derivative(np.float16([-1.0, 1.0]), negative_slope=1e-8)
    np.testing.assert_array_equal(derivative, np.float16([1e-8, 1.0]))


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_large_parameters_on_narrow_dtypes_give_the_limits_without_warnings(dtype):
    x = np.array([-np.inf, -1.0, 0.0, 2.0, np.inf], dtype=dtype)
    np.testing.assert_array_equal(af.threshold(x, threshold=1e10, value=0.0), [0, 0, 0, 0, np.inf])
    np.testing.assert_array_equal(af.softshrink(x, lambd=1e10), [-np.inf, 0, 0, 0, np.inf])
    np.testing.assert_array_equal(af.hardshrink(x, lambd=1e10), [-np.inf, 0, 0, 0, np.inf])
    with np.errstate(over="ignore"):
        bounds = np.array([-1e10, -1, 0, 2, 1e10]).astype(dtype)
    np.testing.assert_array_equal(af.hard_tanh(x, min_val=-1e10, max_val=1e10), bounds)
    # alpha (e^-1 - 1) is beyond the dtype's range: the infinity is its rounding.
    elu = af.elu(x, alpha=1e300)
    assert elu.dtype == dtype
    np.testing.assert_array_equal(elu, [-np.inf, -np.inf, 0.0, 2.0, np.inf])
    with np.errstate(over="ignore"):
        expected = np.array([-1e300, -1.0, 0, 2, np.inf]).astype(dtype)
    np.testing.assert_array_equal(af.celu(x, alpha=1e300), expected)


def test_swish_with_a_huge_input_and_a_tiny_beta():
    assert af.swish(1e301, beta=1e-300) == pytest.approx(1e301 / (1 + np.exp(-10.0)), rel=1e-15)
    assert af.swish(-1e301, beta=1e-300) == pytest.approx(-1e301 / (1 + np.exp(10.0)), rel=1e-15)
    assert af.swish(1e-300, beta=1e300) == pytest.approx(1e-300 / (1 + np.exp(-1.0)), rel=1e-15)


@pytest.mark.parametrize("function", [af.softmax, af.log_softmax])
@pytest.mark.parametrize("axis", [1.5, (0, 1), True, "0", None], ids=repr)
def test_axis_must_be_an_integer(function, axis):
    with pytest.raises(
        TypeError, match=rf"^{function.__name__}\(\) parameter 'axis' must be an int"
    ):
        function(np.ones((2, 3)), axis=axis)


@pytest.mark.parametrize("function", [af.softmax, af.log_softmax])
def test_numpy_integer_axes_are_integers(function):
    x = np.arange(6.0).reshape(2, 3)
    np.testing.assert_array_equal(function(x, axis=np.int64(0)), function(x, axis=0))
    with pytest.raises(ValueError, match="axis=2 for an array of 2 dimension"):
        function(x, axis=2)


def test_an_infinite_threshold_replaces_everything_as_in_pytorch():
    x = np.array([-np.inf, -1.0, 0.0, 1e308, np.inf, np.nan])
    result = af.threshold(x, threshold=np.inf, value=0.0)
    np.testing.assert_array_equal(result, [0, 0, 0, 0, 0, np.nan])
    np.testing.assert_array_equal(
        af.threshold(x, threshold=-np.inf, value=5.0)[:5], [5, -1, 0, 1e308, np.inf]
    )
    np.testing.assert_array_equal(
        af.threshold_derivative(x, threshold=np.inf, value=0.0)[:5], np.zeros(5)
    )
    with pytest.raises(ValueError, match="'value' must be finite"):
        af.threshold(x, threshold=0.0, value=np.inf)


def test_oversized_ints_and_decimals_get_messages_that_say_what_is_wrong():
    with pytest.raises(TypeError, match=r"^relu\(\) expects real numbers.*dtype object.*float\(\)"):
        af.relu(10**400)
    with pytest.raises(TypeError, match=r"^relu\(\) expects real numbers.*Decimal"):
        af.relu(decimal.Decimal("1.5"))
    with pytest.raises(ValueError, match="'negative_slope' must be finite; got an int too large"):
        af.leaky_relu([1.0], negative_slope=10**400)
    with pytest.raises(TypeError, match="'beta' must be a real number; got Decimal"):
        af.swish([1.0], beta=decimal.Decimal("1.5"))


def test_rrelu_checks_its_generator_and_lets_nan_through():
    for bad in (0, np.random.RandomState(0), "seed"):
        with pytest.raises(
            TypeError, match=r"^rrelu\(\) parameter 'rng' must be a numpy.random.Generator"
        ):
            af.rrelu([-1.0], rng=bad)
        with pytest.raises(TypeError, match=r"^rrelu_derivative\(\) parameter 'rng'"):
            af.rrelu_derivative([-1.0], rng=bad)
    result = af.rrelu([np.nan, -2.0, np.nan], lower=0.0, upper=0.0, rng=np.random.default_rng(1))
    np.testing.assert_array_equal(result, [np.nan, 0.0, np.nan])
    result = af.rrelu([np.nan, -2.0], rng=np.random.default_rng(1))
    assert np.isnan(result[0]) and -2 / 3 <= result[1] <= -2 / 8


def test_rrelu_derivative_with_the_same_generator_gives_the_slopes_drawn():
    x = np.concatenate([-np.linspace(1.0, 5.0, 3 * BLOCK), np.linspace(1.0, 5.0, 7)])
    values = af.rrelu(x, rng=np.random.default_rng(5))
    slopes = af.rrelu_derivative(x, rng=np.random.default_rng(5))
    np.testing.assert_allclose(values, x * slopes, rtol=1e-15)
    assert np.all(slopes[-7:] == 1.0)
    assert np.unique(slopes[:-7]).size > 100  # drawn, not the mean


def test_masked_arrays_are_rejected_rather_than_losing_their_mask():
    masked = np.ma.masked_array([1.0, -2.0], mask=[False, True])
    for function in (af.relu, af.softmax, af.gelu_derivative):
        with pytest.raises(
            TypeError, match=rf"^{function.__name__}\(\) does not take masked arrays"
        ):
            function(masked)


@pytest.mark.parametrize("name", [n for n in ELEMENTWISE if ACTIVATIONS[n](0.0) == 0.0])
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_signed_zeros_take_the_sign_of_the_values_left_of_zero(name, dtype):
    """The rule of the contract: f(+0.0) is +0.0, and f(-0.0) is -0.0 exactly
    where f is negative just left of 0 (+0.0 where f is 0 there)."""
    entry = ACTIVATIONS[name]
    positive, negative = entry(np.array([0.0, -0.0], dtype=dtype))
    assert positive == 0.0 and not np.signbit(positive), name
    left = entry(np.array([-1e-3], dtype=np.float64))[0]
    assert np.signbit(negative) == (left < 0.0), (name, left)


FEW_MILLION = 2_000_000


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ACTIVATIONS))
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_peak_memory_is_at_most_three_times_the_input(name, dtype):
    entry = ACTIVATIONS[name]
    shape = (FEW_MILLION,) if entry.elementwise else (FEW_MILLION // 10, 10)
    x = np.random.default_rng(2).normal(0.0, 5.0, shape).astype(dtype)
    functions = [entry.__call__] + ([entry.derivative_at] if entry.derivative else [])
    for function in functions:
        tracemalloc.start()
        try:
            function(x)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak <= 3 * x.nbytes, f"{name} ({np.dtype(dtype)}): {peak / x.nbytes:.2f}x"


def test_public_functions_say_what_they_return():
    for name in af.__all__:
        function = getattr(af, name)
        if not inspect.isfunction(function):
            continue
        returned = typing.get_type_hints(function)["return"]
        assert returned is not typing.Any, name
