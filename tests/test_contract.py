"""The input/output contract that every function shares (see the package docstring)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import activation_functions as af
from activation_functions import ACTIVATIONS

FLOAT_DTYPES = [np.float16, np.float32, np.float64]

# The mathematical limits at -inf and +inf of every elementwise function,
# at the catalogue's parameters.
LIMITS = {
    "step": (0.0, 1.0),
    "identity": (-np.inf, np.inf),
    "sigmoid": (0.0, 1.0),
    "tanh": (-1.0, 1.0),
    "relu": (0.0, np.inf),
    "softplus": (0.0, np.inf),
    "swish": (0.0, np.inf),
    "silu": (0.0, np.inf),
    "mish": (0.0, np.inf),
    "gelu": (0.0, np.inf),
    "log_sigmoid": (-np.inf, 0.0),
    "softsign": (-1.0, 1.0),
    "leaky_relu": (-np.inf, np.inf),
    "prelu": (-np.inf, np.inf),
    "rrelu": (-np.inf, np.inf),
    "relu6": (0.0, 6.0),
    "threshold": (0.0, np.inf),
    "elu": (-1.0, np.inf),
    "selu": (-af.rectifiers.SELU_SCALE_TIMES_ALPHA, np.inf),
    "celu": (-1.0, np.inf),
    "hard_sigmoid": (0.0, 1.0),
    "hard_swish": (0.0, np.inf),
    "hard_tanh": (-1.0, 1.0),
    "softshrink": (-np.inf, np.inf),
    "hardshrink": (-np.inf, np.inf),
    "tanhshrink": (-np.inf, np.inf),
    "exponential": (0.0, np.inf),
    "squareplus": (0.0, np.inf),
    "quick_gelu": (0.0, np.inf),
    "relu_squared": (0.0, np.inf),
    "star_relu": (af.rectifiers.STAR_RELU_BIAS, np.inf),
    "sparse_sigmoid": (0.0, 1.0),
    "sparse_plus": (0.0, np.inf),
    "snake": (-np.inf, np.inf),
}

# Derivatives at -inf and +inf.
DERIVATIVE_LIMITS = {
    "identity": (1.0, 1.0),
    "relu": (0.0, 1.0),
    "leaky_relu": (0.01, 1.0),
    "prelu": (0.25, 1.0),
    "rrelu": ((1 / 8 + 1 / 3) / 2, 1.0),
    "selu": (0.0, af.rectifiers.SELU_SCALE),
    "softshrink": (1.0, 1.0),
    "hardshrink": (1.0, 1.0),
    "tanhshrink": (1.0, 1.0),
    "swish": (0.0, 1.0),
    "silu": (0.0, 1.0),
    "mish": (0.0, 1.0),
    "gelu": (0.0, 1.0),
    "softplus": (0.0, 1.0),
    "log_sigmoid": (1.0, 0.0),
    "elu": (0.0, 1.0),
    "celu": (0.0, 1.0),
    "hard_swish": (0.0, 1.0),
    "threshold": (0.0, 1.0),
    "exponential": (0.0, np.inf),
    "squareplus": (0.0, 1.0),
    "quick_gelu": (0.0, 1.0),
    "relu_squared": (0.0, np.inf),
    "star_relu": (0.0, np.inf),
    "sparse_plus": (0.0, 1.0),
    # 1 + sin(2x) has no limit at infinity.
    "snake": (np.nan, np.nan),
}
NO_DERIVATIVE_LIMIT = {name for name, (low, _) in DERIVATIVE_LIMITS.items() if np.isnan(low)}


def expected_nan(function, values: np.ndarray) -> np.ndarray:
    """Where ``function`` must give NaN: at NaN, and at the infinities for a
    derivative that has no limit there."""
    name = getattr(function, "__name__", "")
    undefined = name.removesuffix("_derivative") in NO_DERIVATIVE_LIMIT and name.endswith(
        "_derivative"
    )
    return np.isnan(values) | (undefined & np.isinf(values))


def test_every_elementwise_function_has_limits(elementwise):
    assert elementwise.name in LIMITS


def test_limits_at_infinity(elementwise):
    low, high = LIMITS[elementwise.name]
    result = elementwise(np.array([-np.inf, np.inf]))
    np.testing.assert_array_equal(result, [low, high])


def test_derivative_limits_at_infinity(elementwise):
    low, high = DERIVATIVE_LIMITS.get(elementwise.name, (0.0, 0.0))
    result = elementwise.derivative_at(np.array([-np.inf, np.inf]))
    np.testing.assert_array_equal(result, [low, high])


def test_nan_propagates(elementwise):
    values = np.array([np.nan, 0.5, np.nan])
    for function in (elementwise, elementwise.derivative_at):
        result = function(values)
        assert np.isnan(result[0]) and np.isnan(result[2])
        assert not np.isnan(result[1])


@pytest.mark.parametrize("dtype", FLOAT_DTYPES)
def test_float_dtypes_are_kept(elementwise, dtype):
    values = np.linspace(-5, 5, 11).astype(dtype)
    assert elementwise(values).dtype == dtype
    assert elementwise.derivative_at(values).dtype == dtype


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_large_arrays_give_what_their_pieces_give(elementwise, dtype):
    """Large arrays may be worked through in blocks (and GELU's tail takes
    another path on small ones); an element's result must not depend on the
    array it is in, nor on the array being contiguous."""
    rng = np.random.default_rng(13)
    values = (10.0 * rng.standard_normal((3, af._kernels.arrays.BLOCK + 123))).astype(dtype)
    values[0, :5] = [np.nan, -np.inf, np.inf, -0.0, 0.0]
    whole = elementwise(values.T)  # not contiguous
    pieces = [elementwise(piece) for piece in np.array_split(values.T.ravel(), 64)]
    np.testing.assert_array_equal(whole.ravel(), np.concatenate(pieces))
    whole_derivative = elementwise.derivative_at(values)
    pieces = [elementwise.derivative_at(piece) for piece in np.array_split(values.ravel(), 64)]
    np.testing.assert_array_equal(whole_derivative.ravel(), np.concatenate(pieces))


def test_swapped_byte_order_is_read_and_kept(elementwise):
    native = np.linspace(-5, 5, 11)
    swapped = native.astype(native.dtype.newbyteorder())
    result = elementwise(swapped)
    assert result.dtype == swapped.dtype
    np.testing.assert_array_equal(result, elementwise(native))


@pytest.mark.parametrize("dtype", [np.bool_, np.int8, np.uint8, np.int32, np.int64, np.uint64])
def test_bools_and_integers_give_float64(elementwise, dtype):
    values = np.array([0, 1, 1], dtype=dtype)
    result = elementwise(values)
    assert result.dtype == np.float64
    np.testing.assert_array_equal(result, elementwise(values.astype(np.float64)))


@pytest.mark.parametrize(
    "value", [2, 2.5, True, -3, np.float32(1.5), np.int16(-2), np.array(0.5)], ids=repr
)
def test_scalars_give_numpy_scalars(elementwise, value):
    result = elementwise(value)
    assert np.ndim(result) == 0
    assert isinstance(result, np.floating)
    assert result == elementwise(np.array([value]))[0]


def test_nested_lists_and_shapes(elementwise):
    nested = [[-2.0, -1.0, 0.0], [1.0, 2.0, 3.0]]
    result = elementwise(nested)
    assert result.shape == (2, 3)
    np.testing.assert_array_equal(result.ravel(), elementwise(np.ravel(nested)))
    assert elementwise(np.empty((0, 4))).shape == (0, 4)
    transposed = np.asarray(nested).T  # not contiguous
    np.testing.assert_array_equal(elementwise(transposed), result.T)


def test_input_is_never_modified(elementwise):
    values = np.linspace(-800, 800, 33)
    values[3] = np.nan
    copy = values.copy()
    elementwise(values)
    elementwise.derivative_at(values)
    np.testing.assert_array_equal(values, copy)


BAD_INPUTS = [
    ("text", "str"),
    (["a", "b"], "list"),
    ({"x": 1.0}, "dict"),
    (object(), "object"),
    ([1.0, None], "list"),
    (np.array([1 + 2j]), "complex128"),
    (np.array(["2026-01-01"], dtype="datetime64[D]"), "datetime64"),
    (np.array([1.0], dtype=np.longdouble), "float128"),
    ([[1.0, 2.0], [3.0]], "list"),
]


@pytest.mark.parametrize(("value", "described"), BAD_INPUTS, ids=[d for _, d in BAD_INPUTS])
def test_non_numeric_input_raises_type_error_naming_function(elementwise, value, described):
    if described == "float128" and np.dtype(np.longdouble).itemsize == 8:
        pytest.skip("long double is float64 on this platform")
    for function, name in (
        (elementwise, elementwise.name),
        (elementwise.derivative_at, f"{elementwise.name}_derivative"),
    ):
        with pytest.raises(TypeError, match=rf"^{name}\(\) expects real numbers.*{described}"):
            function(value)


@pytest.mark.parametrize(
    ("function", "arguments", "error", "message"),
    [
        (af.swish, {"beta": "1"}, TypeError, "parameter 'beta' must be a real number; got str"),
        (af.swish, {"beta": np.nan}, ValueError, "parameter 'beta' must be finite"),
        (af.leaky_relu, {"negative_slope": np.inf}, ValueError, "'negative_slope' must be finite"),
        (af.elu, {"alpha": -1.0}, ValueError, "'alpha' must be >= 0"),
        (af.celu, {"alpha": 0.0}, ValueError, "'alpha' must be > 0"),
        (af.softshrink, {"lambd": -0.5}, ValueError, "'lambd' must be >= 0"),
        (af.hardshrink, {"lambd": None}, TypeError, "'lambd' must be a real number"),
        (af.hard_tanh, {"min_val": 1.0, "max_val": -1.0}, ValueError, "min_val < max_val"),
        (af.rrelu, {"lower": 0.5, "upper": 0.1}, ValueError, "lower <= upper"),
        (af.threshold, {"threshold": True, "value": 0.0}, TypeError, "'threshold' must be"),
        (af.gelu_derivative, {"approximate": 1}, TypeError, "'approximate' must be a bool"),
    ],
)
def test_bad_parameters_are_named(function, arguments, error, message):
    with pytest.raises(error, match=message):
        function([1.0], **arguments)


@pytest.mark.parametrize("dtype", FLOAT_DTYPES)
def test_extreme_values_give_no_warning(elementwise, dtype):
    info = np.finfo(dtype)
    extremes = np.array(
        [
            info.max,
            info.max / 2,
            2.0 ** (info.maxexp - 1),
            info.smallest_normal,
            info.smallest_subnormal,
            0.0,
            1.0,
            np.inf,
            np.nan,
            700.0,
            710.0,
            750.0,
        ],
        dtype=dtype,
    )
    extremes = np.concatenate([extremes, -extremes])
    for function in (elementwise.function, elementwise.derivative):
        for value in extremes:  # 0-d arrays take other code paths than 1-d ones
            function(value, **elementwise.parameters)
        result = function(extremes, **elementwise.parameters)
        np.testing.assert_array_equal(np.isnan(result), expected_nan(function, extremes))


@settings(max_examples=60, deadline=None)
@given(
    values=hnp.arrays(
        dtype=st.sampled_from(FLOAT_DTYPES),
        shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=5),
        elements={"allow_nan": True, "allow_infinity": True},
    )
)
def test_any_float_array_gives_no_warning_and_keeps_shape(values):
    # pytest turns every warning into an error, so any RuntimeWarning fails here.
    for entry in ACTIVATIONS.values():
        if not entry.elementwise:
            continue
        for function in (entry.function, entry.derivative):
            result = np.asarray(function(values, **entry.parameters))
            assert result.shape == values.shape
            assert result.dtype == values.dtype
            np.testing.assert_array_equal(np.isnan(result), expected_nan(function, values))


@settings(max_examples=200, deadline=None)
@given(x=st.floats(min_value=-30.0, max_value=30.0, width=64))
def test_smooth_functions_agree_with_their_definitions_in_the_tame_middle(x):
    """Away from overflow the naive textbook formulas are accurate: compare."""
    sigmoid = 1.0 / (1.0 + np.exp(-x))
    np.testing.assert_allclose(af.sigmoid(x), sigmoid, rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(af.swish(x), x * sigmoid, rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(af.softplus(x), np.log1p(np.exp(x)), rtol=1e-14)
    mish = x * np.tanh(np.log1p(np.exp(x)))
    np.testing.assert_allclose(af.mish(x), mish, rtol=1e-13, atol=1e-300)
    np.testing.assert_allclose(af.elu(x), x if x > 0 else np.expm1(x), rtol=1e-15)


def test_rrelu_training_mode_draws_slopes_between_the_bounds():
    rng = np.random.default_rng(1)
    values = -np.ones(10_000)
    slopes = af.rrelu(values, rng=rng) / values
    assert slopes.min() >= 1 / 8 and slopes.max() <= 1 / 3
    assert abs(slopes.mean() - (1 / 8 + 1 / 3) / 2) < 0.005
    np.testing.assert_array_equal(af.rrelu([2.0, 3.0], rng=rng), [2.0, 3.0])
    np.testing.assert_array_equal(af.rrelu([-np.inf], lower=0.0, upper=0.0, rng=rng), [0.0])


def test_swish_special_betas():
    x = np.array([-np.inf, -2.0, 0.0, 3.0, np.inf])
    np.testing.assert_array_equal(af.swish(x, beta=0.0), x / 2)
    np.testing.assert_array_equal(af.swish_derivative(x, beta=0.0), np.full(5, 0.5))
    np.testing.assert_array_equal(af.swish(x, beta=1.0), af.silu(x))
    # Large beta approaches ReLU.
    np.testing.assert_allclose(af.swish(x[1:-1], beta=200.0), af.relu(x[1:-1]), atol=1e-170)


def test_leaky_relu_with_zero_slope_is_relu():
    x = np.array([-np.inf, -1.0, 0.0, 2.0, np.inf])
    np.testing.assert_array_equal(af.leaky_relu(x, negative_slope=0.0), af.relu(x))


def test_far_left_tails_are_normal_numbers_not_zero():
    """torch's silu returns 0 at x = -710 where x e^x is a normal float."""
    x = -710.0
    assert af.silu(x) < -np.finfo(np.float64).smallest_normal
    # A NaN elsewhere in the array must not hide the tail.
    assert af.silu([np.nan, x])[1] == af.silu(x)
    tail = af.swish([-352.0, np.nan], beta=2.0)[0]
    assert tail == pytest.approx(-352.0 * np.exp(-704.0), rel=1e-14)
    assert af.mish(x) < -np.finfo(np.float64).smallest_normal
    assert af.gelu(-37.5) < -np.finfo(np.float64).smallest_normal
