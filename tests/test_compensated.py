"""The error-free transformations (the pair of floats is the exact sum or product) and the accurate sum."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from activation_functions._kernels.compensated import accurate_sum, two_product, two_square, two_sum


def samples(dtype: type, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    scales = 10.0 ** rng.integers(-30, 30, 2000)
    if dtype is np.float32:
        scales = 10.0 ** rng.integers(-10, 10, 2000)
    return (rng.standard_normal(2000) * scales).astype(dtype)


def exact(values: np.ndarray) -> list[Fraction]:
    return [Fraction(float(v)) for v in values]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_two_sum_is_exact(dtype):
    a, b = samples(dtype, 1), samples(dtype, 2)
    s, e = two_sum(a, b)
    assert s.dtype == e.dtype == dtype
    np.testing.assert_array_equal(s, a + b)
    for x, y, total, error in zip(exact(a), exact(b), exact(s), exact(e), strict=True):
        assert total + error == x + y


def test_two_product_and_two_square_are_exact():
    a, b = samples(np.float64, 3), samples(np.float64, 4)
    p, e = two_product(a, b)
    for x, y, product, error in zip(exact(a), exact(b), exact(p), exact(e), strict=True):
        assert product + error == x * y
    square, square_error = two_square(a)
    for x, product, error in zip(exact(a), exact(square), exact(square_error), strict=True):
        assert product + error == x * x
    # A scalar factor, as the GELU argument uses.
    p, e = two_product(0.7978845608028654, b)
    for y, product, error in zip(exact(b), exact(p), exact(e), strict=True):
        assert product + error == Fraction(0.7978845608028654) * y


@pytest.mark.parametrize("length", [1, 2, 3, 10, 39, 1000])
def test_accurate_sum_is_faithful(length):
    """Within one unit of the exact sum (math.fsum rounds it correctly), where
    a plain sum of ten or more numbers is off by several."""
    rng = np.random.default_rng(length)
    rows = np.exp(rng.normal(0.0, 10.0, (300, length)))
    total = accurate_sum(rows, lambda array: np.add.reduce(array, axis=1, keepdims=True))
    assert total.shape == (300, 1)
    exact_sums = np.array([math.fsum(row) for row in rows])
    assert np.all(np.abs(total[:, 0] - exact_sums) <= np.spacing(exact_sums))
    # Along the first axis, each column's sum is the same.
    columns = np.ascontiguousarray(rows.T)
    by_columns = accurate_sum(columns, lambda array: np.add.reduce(array, axis=0, keepdims=True))
    np.testing.assert_array_equal(by_columns[0], total[:, 0])
