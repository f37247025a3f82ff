"""Each closed-form derivative against mpmath's numerical derivative of the reference."""

from __future__ import annotations

import numpy as np
import pytest
from mpmath import mp, mpf
from reference import PARAMETRISED, REFERENCES, WORKING_BITS

from activation_functions import ACTIVATIONS

# Points from -40 to 40, plus the tails where naive derivative formulas
# (1 - tanh(x)**2, s * (1 - s)) lose everything.
POINTS = np.concatenate(
    [np.linspace(-40.0, 40.0, 641), -np.geomspace(40.0, 700.0, 25), np.geomspace(40.0, 700.0, 25)]
)

TINY = np.finfo(np.float64).smallest_normal

CASES = [(name, name, {}) for name in REFERENCES if name != "step"] + [
    (label, name, parameters) for label, (name, parameters, _) in PARAMETRISED.items()
]
REFERENCE_BY_LABEL = {
    **REFERENCES,
    **{label: reference for label, (_, _, reference) in PARAMETRISED.items()},
}


def numerical_derivative(reference, x: float) -> mpf:
    # A central difference with a step of 2**-120. Where f' is tiny while f
    # is of order one (sigmoid'(700) = 1e-304 next to sigmoid(700) = 1), the
    # difference needs about 1.44 |x| bits more to resolve: give it 3 |x|.
    with mp.workprec(WORKING_BITS):
        return mp.diff(reference, mpf(x), h=mpf(2) ** -120, addprec=200 + int(3 * abs(x)))


@pytest.mark.parametrize(("label", "name", "parameters"), CASES, ids=[c[0] for c in CASES])
def test_derivative_matches_mpmath(label, name, parameters):
    entry = ACTIVATIONS[name]
    kinks = np.asarray(
        entry.kinks + tuple(-k for k in entry.kinks) if name == "softshrink" else entry.kinks
    )
    points = (
        POINTS[np.all(np.abs(POINTS[:, None] - kinks[None, :]) > 1e-3, axis=1)]
        if kinks.size
        else POINTS
    )
    derivative = entry.derivative(points, **{**entry.parameters, **parameters})
    reference = REFERENCE_BY_LABEL[label]
    for x, computed in zip(points, derivative, strict=True):
        expected = numerical_derivative(reference, float(x))
        if abs(expected) < TINY:
            # Below the normal range, flushing to zero is allowed.
            assert abs(computed) <= TINY, f"{label}'({x!r}) = {computed!r}"
            continue
        # Relative accuracy, with an absolute floor of 1e-15 only where the
        # derivative is of order one (it crosses zero for swish, mish, gelu).
        tolerance = 1e-12 * abs(expected) + (1e-15 if abs(x) <= 40 else 0.0)
        assert abs(mpf(float(computed)) - expected) <= tolerance, (
            f"{label}'({x!r}) = {computed!r}, mpmath says {float(expected)!r}"
        )


def test_kink_convention_takes_the_piece_containing_the_point():
    expectations = {
        "relu": [(0.0, 0.0)],
        "leaky_relu": [(0.0, 0.01)],
        "relu6": [(0.0, 0.0), (6.0, 0.0)],
        "hard_tanh": [(-1.0, 0.0), (1.0, 0.0)],
        "hard_sigmoid": [(-3.0, 0.0), (3.0, 0.0)],
        "hard_swish": [(-3.0, 0.0), (3.0, 1.0)],
        "elu": [(0.0, 1.0)],
        "softshrink": [(-0.5, 0.0), (0.5, 0.0)],
        "threshold": [(1.0, 0.0)],
        "step": [(0.0, 0.0)],
    }
    for name, pairs in expectations.items():
        entry = ACTIVATIONS[name]
        for x, slope in pairs:
            assert entry.derivative_at(x) == slope, (name, x)


def test_derivatives_where_naive_formulas_give_zero():
    """1 - tanh(20)**2 and s (1 - s) at 40 are 0 in float64; the truth is not."""
    assert ACTIVATIONS["tanh"].derivative_at(20.0) == pytest.approx(4 * np.exp(-40.0), rel=1e-14)
    assert ACTIVATIONS["sigmoid"].derivative_at(40.0) == pytest.approx(np.exp(-40.0), rel=1e-14)
