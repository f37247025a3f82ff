"""Softmin, sparsemax and 1.5-entmax against exact references, and every
Jacobian of the softmax family against finite differences."""

from __future__ import annotations

import numpy as np
import pytest
from mpmath import mp, mpf

import activation_functions as af

FAMILY = [af.softmax, af.log_softmax, af.softmin, af.sparsemax, af.entmax15]
SPARSE = [af.sparsemax, af.entmax15]


def exact_sparsemax(row: np.ndarray) -> list:
    with mp.workprec(200):
        z = sorted((mpf(float(v)) for v in row), reverse=True)
        running, tau = mpf(0), None
        for k, value in enumerate(z, start=1):
            running += value
            if 1 + k * value > running:
                tau = (running - 1) / k
        return [max(mpf(float(v)) - tau, mpf(0)) for v in row]


def exact_entmax15(row: np.ndarray) -> list:
    """max(x/2 - tau, 0)^2 summing to 1: for each support size k of the sorted
    halved scores, tau solves sum_(j<=k) (z_j - tau)^2 = 1 (the smaller root);
    the support is the largest k whose tau is at most z_k. At 200 bits."""
    with mp.workprec(200):
        half = [mpf(float(v)) / 2 for v in row]
        z = sorted(half, reverse=True)
        total, squares, tau = mpf(0), mpf(0), None
        for k, value in enumerate(z, start=1):
            total += value
            squares += value * value
            mean = total / k
            discriminant = mean * mean - (squares - 1) / k
            candidate = mean - mp.sqrt(discriminant) if discriminant >= 0 else None
            if candidate is not None and candidate <= value:
                tau = candidate
        assert abs(mp.fsum(max(v - tau, 0) ** 2 for v in half) - 1) < mpf(2) ** -100
        return [max(v - tau, 0) ** 2 for v in half]


EXACT = {"sparsemax": exact_sparsemax, "entmax15": exact_entmax15}


def rows_of_every_kind(seed: int) -> np.ndarray:
    """Rows with supports of one to all of their entries, ties, and large scores."""
    rng = np.random.default_rng(seed)
    rows = [
        rng.normal(0.0, spread, (30, width)) for spread in (0.05, 0.5, 3.0) for width in (2, 7, 40)
    ]
    rows = [np.pad(r, ((0, 0), (0, 40 - r.shape[1])), constant_values=-50.0) for r in rows]
    rows.append(np.full((1, 40), 3.0))  # a tie: every entry 1/40
    rows.append(1e12 + rng.normal(0.0, 0.5, (5, 40)))  # large scores, small differences
    return np.concatenate(rows)


@pytest.mark.parametrize("function", SPARSE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_sparse_members_within_four_ulp_of_one(function, dtype):
    """The bound of their docstrings: an absolute error of at most 4 ulp of 1."""
    rows = rows_of_every_kind(11).astype(dtype)
    result = function(rows)
    assert result.dtype == dtype
    unit = float(np.finfo(dtype).eps)
    worst = 0.0
    for row, probabilities in zip(rows, result, strict=True):
        for value, exact in zip(probabilities, EXACT[function.__name__](row), strict=True):
            worst = max(worst, float(abs(mpf(float(value)) - exact)) / unit)
    assert worst <= 4.0, f"{function.__name__} ({np.dtype(dtype)}): {worst:.2f} ulp of 1"


@pytest.mark.parametrize("function", SPARSE, ids=lambda f: f.__name__)
def test_sparse_members_are_probabilities_with_exact_zeros(function):
    rows = rows_of_every_kind(12)
    result = function(rows)
    assert np.all(result >= 0.0) and np.all(result <= 1.0)
    np.testing.assert_allclose(result.sum(axis=1), 1.0, rtol=0, atol=1e-14)
    # Scores further below the largest than the support can reach get exactly 0
    # (1 for sparsemax, 2 for 1.5-entmax), and the padding always does.
    reach = {"sparsemax": 1.0, "entmax15": 2.0}[function.__name__]
    far = rows < rows.max(axis=1, keepdims=True) - reach
    assert np.all(result[far] == 0.0)
    assert far.any()


def test_sparsemax_of_two_scores_is_the_sparse_sigmoid():
    x = np.linspace(-3.0, 3.0, 601)
    pairs = np.stack([x, np.zeros_like(x)], axis=-1)
    np.testing.assert_allclose(af.sparsemax(pairs)[:, 0], af.sparse_sigmoid(x), atol=1e-16)


def test_softmin_is_the_softmax_of_the_negated_scores():
    rng = np.random.default_rng(3)
    scores = rng.normal(scale=20.0, size=(50, 9))
    np.testing.assert_array_equal(af.softmin(scores), af.softmax(-scores))
    np.testing.assert_array_equal(af.softmin(scores, axis=0), af.softmax(-scores, axis=0))


@pytest.mark.parametrize("function", FAMILY[2:], ids=lambda f: f.__name__)
def test_infinities_nan_and_shift(function):
    nan_row = function([[np.nan, 1.0, 2.0], [0.0, 1.0, 2.0]])
    assert np.isnan(nan_row[0]).all() and not np.isnan(nan_row[1]).any()
    assert np.isnan(function([-np.inf, -np.inf])).all()
    if function is af.softmin:
        np.testing.assert_array_equal(function([-np.inf, 5.0]), [1.0, 0.0])
        return
    np.testing.assert_array_equal(function([np.inf, 5.0, -np.inf]), [1.0, 0.0, 0.0])
    assert np.isnan(function([np.inf, np.inf, 0.0])).all()
    unit = np.finfo(np.float64).eps
    np.testing.assert_allclose(function([-np.inf, 0.0, 0.0]), [0.0, 0.5, 0.5], rtol=0, atol=unit)

    # Adding a constant changes nothing.
    row = np.array([0.3, -0.2, 1.1, 0.9])
    np.testing.assert_allclose(function(row + 1e6), function(row), atol=1e-10)


@pytest.mark.parametrize("function", FAMILY[2:], ids=lambda f: f.__name__)
def test_axes_dtypes_and_bad_input(function):
    name = function.__name__
    scores = np.random.default_rng(1).normal(size=(3, 4, 5))
    np.testing.assert_array_equal(
        function(scores, axis=1), np.moveaxis(function(np.moveaxis(scores, 1, -1)), -1, 1)
    )
    assert function(scores.astype(np.float16)).dtype == np.float16
    assert function([1, 2, 3]).dtype == np.float64
    assert function(np.zeros((0, 3))).shape == (0, 3)
    with pytest.raises(ValueError, match=rf"^{name}\(\) needs an array of at least one"):
        function(1.0)
    with pytest.raises(TypeError, match=rf"^{name}\(\) parameter 'axis' must be an int"):
        function(scores, axis=1.0)
    with pytest.raises(TypeError, match=rf"^{name}\(\) expects real numbers"):
        function(["a"])


def test_large_arrays_in_blocks_agree_with_one_pass():
    rng = np.random.default_rng(5)
    scores = rng.normal(scale=2.0, size=(20_000, 10))
    scores[0, 3] = np.inf
    scores[2, 4] = np.nan
    for function in [*SPARSE, af.softmin]:
        np.testing.assert_array_equal(
            function(scores), function(np.ascontiguousarray(scores.T), axis=0).T
        )


def finite_difference_jacobian(function, x: np.ndarray, step: float = 1e-6) -> np.ndarray:
    """Central differences, column by column: J[..., i, j] = d f_i / d x_j."""
    n = x.shape[-1]
    columns = []
    for j in range(n):
        shift = np.zeros(n)
        shift[j] = step
        columns.append((function(x + shift) - function(x - shift)) / (2 * step))
    return np.stack(columns, axis=-1)


@pytest.mark.parametrize("function", FAMILY, ids=lambda f: f.__name__)
def test_jacobians_match_finite_differences(function):
    jacobian = getattr(af, f"{function.__name__}_jacobian")
    rng = np.random.default_rng(8)
    scores = rng.normal(scale=1.5, size=(4, 6, 5))
    result = jacobian(scores)
    assert result.shape == (4, 6, 5, 5)
    np.testing.assert_allclose(
        result, finite_difference_jacobian(function, scores), rtol=0, atol=2e-8
    )
    # Along another axis: the matrices of the slices along it.
    moved = jacobian(np.moveaxis(scores, -1, 1), axis=1)
    np.testing.assert_allclose(moved, result, rtol=0, atol=1e-15)


@pytest.mark.parametrize("function", FAMILY, ids=lambda f: f.__name__)
def test_jacobian_structure(function):
    jacobian = getattr(af, f"{function.__name__}_jacobian")
    scores = np.random.default_rng(9).normal(size=(50, 7))
    matrices = jacobian(scores)
    if function is af.log_softmax:
        # Each row of d log p / d x is e_i - p, which sums to 0.
        np.testing.assert_allclose(matrices.sum(axis=-1), 0.0, atol=1e-15)
        return
    # The probabilities sum to 1 whatever the scores: every column sums to 0,
    # and adding a constant to every score changes nothing: every row does too.
    np.testing.assert_allclose(matrices.sum(axis=-2), 0.0, atol=1e-15)
    np.testing.assert_allclose(matrices.sum(axis=-1), 0.0, atol=1e-15)
    np.testing.assert_allclose(matrices, np.swapaxes(matrices, -1, -2), atol=1e-16)
    assert jacobian(scores.astype(np.float32)).dtype == np.float32
    with pytest.raises(TypeError, match=rf"^{jacobian.__name__}\(\) parameter 'axis'"):
        jacobian(scores, axis="0")


def test_softmax_jacobian_against_mpmath():
    row = np.array([0.5, 3.1, 4.3])
    result = af.softmax_jacobian(row)
    with mp.workprec(200):
        weights = [mp.exp(mpf(v)) for v in row]
        p = [w / mp.fsum(weights) for w in weights]
        for i in range(3):
            for j in range(3):
                exact = p[i] * ((1 if i == j else 0) - p[j])
                assert abs(mpf(float(result[i, j])) - exact) <= 4 * mpf(2) ** -53


def test_the_sparse_jacobians_vanish_outside_the_support():
    row = np.array([2.0, 1.9, -3.0, 0.5])
    for function in SPARSE:
        matrix = getattr(af, f"{function.__name__}_jacobian")(row)
        outside = function(row) == 0.0
        assert outside.any()
        assert np.all(matrix[outside] == 0.0) and np.all(matrix[:, outside] == 0.0)
        assert not np.signbit(matrix[outside]).any()
