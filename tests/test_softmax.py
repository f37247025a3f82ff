"""Softmax and log-softmax: the article's numbers, stability, axes, infinities."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from mpmath import mp, mpf
from reference import ulp_error

from activation_functions import log_softmax, sigmoid, softmax


def exact_softmax(row: np.ndarray) -> list:
    with mp.workprec(200):
        weights = [mp.exp(mpf(float(v))) for v in row]
        total = mp.fsum(weights)
        return [w / total for w in weights]


def test_reproduces_the_article():
    y = softmax(np.array([0.5, 3.1, 4.3]))
    assert np.array2string(y) == "[0.01690191 0.22756284 0.75553525]"
    assert np.sum(y) == 1.0


def test_large_scores_do_not_overflow():
    np.testing.assert_allclose(softmax([1000.0, 1001.0]), [sigmoid(-1.0), sigmoid(1.0)])
    np.testing.assert_allclose(log_softmax([1000.0, 1.0]), [0.0, -999.0])
    extreme = np.finfo(np.float64).max
    np.testing.assert_array_equal(softmax([extreme, -extreme]), [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax([extreme, -extreme]), [0.0, -np.inf])


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_each_probability_within_four_ulp(dtype):
    rng = np.random.default_rng(42)
    for spread in (1.0, 30.0, 300.0):
        rows = (rng.normal(scale=spread, size=(40, 7))).astype(dtype)
        result = softmax(rows)
        assert result.dtype == dtype
        for row, probabilities in zip(rows, result, strict=True):
            for value, exact in zip(probabilities, exact_softmax(row), strict=True):
                assert ulp_error(float(value), exact, np.dtype(dtype)) <= 4


def exact_log_softmax(row: np.ndarray) -> list:
    """log softmax as (x - max) - log1p(sum of the other weights): log of a
    probability near 1 would need hundreds of bits more."""
    with mp.workprec(200):
        scores = [mpf(float(v)) for v in row]
        peak = max(scores)
        rest = mp.fsum(mp.exp(v - peak) for v in scores) - 1
        return [v - peak - mp.log1p(rest) for v in scores]


@pytest.mark.parametrize("length", [10, 39])
def test_many_rows_within_four_ulp(length):
    """A float64 sum of ten weights can be off by several ulp, and the
    probabilities and log-probabilities with it (up to 7.2 and 4.5 ulp before
    the sums were made accurate); 40 rows are too few to show it."""
    rng = np.random.default_rng(length)
    rows = np.concatenate(
        [
            rng.normal(centre, spread, (3000 // length, length))
            for centre, spread in [(-30, 5), (0, 5), (0, 1)]
        ]
    )
    worst = [0.0, 0.0]
    for row, probabilities, logs in zip(rows, softmax(rows), log_softmax(rows), strict=True):
        exact_logs = exact_log_softmax(row)
        for index, exact in enumerate(exact_softmax(row)):
            worst[0] = max(
                worst[0], ulp_error(float(probabilities[index]), exact, np.dtype(np.float64))
            )
            worst[1] = max(
                worst[1], ulp_error(float(logs[index]), exact_logs[index], np.dtype(np.float64))
            )
    assert worst[0] <= 4, f"softmax: {worst[0]:.2f} ulp"
    assert worst[1] <= 4, f"log_softmax: {worst[1]:.2f} ulp"


def test_log_softmax_within_four_ulp():
    rng = np.random.default_rng(7)
    rows = rng.normal(scale=50.0, size=(40, 6))
    for row, result in zip(rows, log_softmax(rows), strict=True):
        for value, exact in zip(result, exact_softmax(row), strict=True):
            with mp.workprec(200):
                assert ulp_error(float(value), mp.log(exact), np.dtype(np.float64)) <= 4


@settings(max_examples=100, deadline=None)
@given(
    hnp.arrays(
        np.float64,
        hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=6),
        elements=st.floats(-1e6, 1e6),
    ),
    st.integers(-1, 2),
)
def test_sums_to_one_along_any_axis(values, axis):
    axis = min(axis, values.ndim - 1)
    probabilities = softmax(values, axis=axis)
    sums = np.sum(probabilities, axis=axis)
    np.testing.assert_allclose(sums, 1.0, rtol=0, atol=4 * 2.0**-52 * values.shape[axis])
    np.testing.assert_allclose(
        np.exp(log_softmax(values, axis=axis)), probabilities, rtol=1e-13, atol=1e-300
    )


def test_axis_and_shape():
    scores = np.arange(6.0).reshape(2, 3)
    np.testing.assert_allclose(softmax(scores, axis=0), softmax(scores.T).T)
    assert softmax(np.zeros((2, 0))).shape == (2, 0)
    with pytest.raises(ValueError, match=r"softmax\(\) got axis=2 for an array of 2"):
        softmax(scores, axis=2)
    with pytest.raises(ValueError, match="at least one dimension"):
        log_softmax(3.0)
    with pytest.raises(TypeError, match=r"softmax\(\) expects real numbers"):
        softmax(["a", "b"])


def test_infinite_and_nan_entries():
    np.testing.assert_array_equal(softmax([-np.inf, 0.0, 0.0]), [0.0, 0.5, 0.5])
    np.testing.assert_array_equal(log_softmax([-np.inf, 0.0]), [-np.inf, 0.0])
    np.testing.assert_array_equal(softmax([np.inf, 5.0]), [1.0, 0.0])
    np.testing.assert_array_equal(softmax([np.inf, 1e308]), [1.0, 0.0])
    np.testing.assert_array_equal(log_softmax([-1e308, np.inf]), [-np.inf, 0.0])
    np.testing.assert_array_equal(log_softmax([np.inf, 5.0]), [0.0, -np.inf])
    assert np.all(np.isnan(softmax([np.inf, np.inf, 0.0])))
    assert np.all(np.isnan(softmax([-np.inf, -np.inf])))
    assert np.all(np.isnan(log_softmax([-np.inf, -np.inf])))
    assert np.all(np.isnan(softmax([np.nan, 1.0])))
    # Only the slice with the NaN is affected.
    result = softmax([[np.nan, 1.0], [0.0, 0.0]])
    assert np.all(np.isnan(result[0]))
    np.testing.assert_array_equal(result[1], [0.5, 0.5])


def test_two_scores_give_the_sigmoid_of_their_difference():
    x = np.linspace(-30, 30, 61)
    pairs = np.stack([x, np.zeros_like(x)], axis=-1)
    np.testing.assert_allclose(softmax(pairs)[:, 0], sigmoid(x), rtol=1e-15)


def test_input_not_modified_and_dtypes():
    values = np.array([[1.0, 2.0], [3.0, 5.0]], dtype=np.float32)
    copy = values.copy()
    assert softmax(values).dtype == np.float32
    assert log_softmax(values.astype(np.float16)).dtype == np.float16
    assert softmax([1, 2, 3]).dtype == np.float64
    np.testing.assert_array_equal(values, copy)


@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_narrow_scores_are_computed_in_float64_and_rounded_once(dtype):
    """In float32 arithmetic, with NumPy's float32 exp (off by up to 2.5 ulp)
    and a sum of 100 terms, a probability was off by up to 7.9 ulp."""
    rng = np.random.default_rng(3)
    for spread, width in ((1.0, 8), (5.0, 100), (20.0, 10), (300.0, 3)):
        scores = rng.normal(scale=spread, size=(2000 // width, width)).astype(dtype)
        for function in (softmax, log_softmax):
            result = function(scores)
            assert result.dtype == dtype
            wide = function(scores.astype(np.float64)).astype(dtype)
            finite = np.isfinite(wide)
            np.testing.assert_array_equal(np.isfinite(result), finite)
            np.testing.assert_array_max_ulp(result[finite], wide[finite], maxulp=1)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(
    ("shape", "axis"), [((0, 5), -1), ((0, 5), 0), ((5, 0), -1), ((3, 0, 2), 1)]
)
def test_empty_arrays(shape, axis, dtype):
    """An empty batch (no rows) or empty rows give an empty result."""
    for function in (softmax, log_softmax):
        result = function(np.zeros(shape, dtype), axis=axis)
        assert result.shape == shape
        assert result.dtype == dtype


def test_large_arrays_in_blocks_of_rows_agree_with_one_pass():
    """Above 65536 entries, rows along the last axis are taken in blocks; along
    another axis the whole array is done at once. The results are the same."""
    rng = np.random.default_rng(5)
    scores = rng.normal(scale=30.0, size=(20_000, 10))
    scores[0, 3] = np.inf
    scores[1, :] = -np.inf
    scores[2, 4] = np.nan
    scores[3, 5] = -np.inf
    scores[19_999, :2] = np.inf
    for function in (softmax, log_softmax):
        by_rows = function(scores)
        at_once = function(np.ascontiguousarray(scores.T), axis=0).T
        np.testing.assert_array_equal(by_rows, at_once)
        assert np.all(np.isnan(by_rows[[1, 2, 19_999]]))


def test_log_softmax_with_tied_peaks():
    rows = np.array([[3.0, 3.0, 3.0], [1.0, 2.0, 0.0], [5.0, -40.0, 5.0], [0.0, 0.0, -1e-300]])
    for row, result in zip(rows, log_softmax(rows), strict=True):
        for value, exact in zip(result, exact_softmax(row), strict=True):
            with mp.workprec(200):
                assert ulp_error(float(value), mp.log(exact), np.dtype(np.float64)) <= 4


def test_far_entries_keep_their_exact_log_probability_beside_a_nan_row():
    """A NaN in one row must not hide another row's entries far below its peak."""
    x = np.array([[0.0, -2000.0, -1e300], [np.nan, 0.0, 1.0]])
    result = log_softmax(x)
    np.testing.assert_array_equal(result[0], [0.0, -2000.0, -1e300])
    assert np.isnan(result[1]).all()
