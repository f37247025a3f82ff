"""The check that a page's "Copy this" code agrees with the package."""

from __future__ import annotations

import math

import numpy as np
import pytest

import activation_functions as af
from activation_functions.agreement import BOUND, compare, difference


def test_difference_is_relative_above_one_and_absolute_below():
    after_two = np.nextafter(2.0, 3.0)  # 2 + 4.4e-16
    copy = np.array([after_two, 1e-20, np.inf, np.nan, np.inf, 1.0])
    ours = np.array([2.0, 0.0, np.inf, np.nan, -np.inf, np.nan])
    eps = np.finfo(np.float64).eps
    assert difference(copy, ours).tolist() == [eps, 1e-20, 0.0, 0.0, math.inf, math.inf]


@pytest.mark.parametrize("name", ["softplus", "glu", "softmax", "threshold"])
def test_the_package_agrees_with_itself(name):
    entry = af.ACTIVATIONS[name]
    companion = entry.jacobian or entry.derivative
    result = compare(name, entry.function, companion)
    assert result.function_difference == 0.0
    assert result.derivative_difference == 0.0


def test_a_copy_that_drifts_fails():
    def softplus(x):
        return af.softplus(x) * (1 + 2 * BOUND)

    with pytest.raises(AssertionError, match="softplus differs from the package"):
        compare("softplus", softplus)


def test_where_the_textbook_softplus_fails():
    result = compare("softplus", af.softplus)
    # exp overflows beyond log(largest float64) = 709.78...
    edge = math.log(np.finfo(np.float64).max)
    assert result.naive_fails_at == pytest.approx(edge, abs=1e-9)
    assert result.naive_gives == math.inf
    assert result.naive_warns == "overflow"
    assert "is off from x = 709.783 (it gives inf)," in str(result)


def test_a_textbook_formula_that_holds():
    result = compare("relu", af.relu, af.relu_derivative)
    assert result.naive_fails_at is None
    assert result.naive_warns == ""
    assert str(result).endswith("the textbook formula agrees here too.")
