"""Jumps in the figures: drawn as gaps, with the value at the jump found exactly."""

from __future__ import annotations

import numpy as np
import pytest

import activation_functions as af
from activation_functions.plotting import _jumps, break_jumps

X = np.linspace(-5.0, 9.0, 1401)


@pytest.mark.parametrize(
    ("function", "expected"),
    [
        (af.step, [(0.0, 0.0, 1.0)]),
        (af.hardshrink, [(-0.5, 0.0, -0.5), (0.5, 0.0, 0.5)]),
        (af.relu6_derivative, [(0.0, 0.0, 1.0), (6.0, 0.0, 1.0)]),
        (af.leaky_relu_derivative, [(0.0, 0.01, 1.0)]),
        (lambda x: af.threshold(x, threshold=1.0, value=-2.0), [(1.0, -2.0, 1.0)]),
    ],
)
def test_each_jump_is_found_with_its_value_and_the_other_limit(function, expected):
    found = _jumps(function, X, function(X))
    assert [(point, value) for point, value, _ in found] == [(p, v) for p, v, _ in expected]
    assert [limit for _, _, limit in found] == pytest.approx([limit for _, _, limit in expected])


@pytest.mark.parametrize(
    "function", [af.relu, af.relu6, af.hard_tanh, af.mish, af.tanh, af.exponential]
)
def test_kinks_and_steep_curves_are_not_jumps(function):
    assert not np.isnan(break_jumps(function(X))).any()
