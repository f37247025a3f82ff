"""GELU's negative tail: the table of pieces, and the pieces the look-up finds."""

from __future__ import annotations

import numpy as np

from activation_functions._kernels import normal_cdf as _normal_cdf
from activation_functions._kernels.normal_tail import MILLS, X_TIMES_MILLS


def tail_arguments() -> np.ndarray:
    boundaries = [piece[0] for piece in (*X_TIMES_MILLS, *MILLS)]
    rng = np.random.default_rng(7)
    return np.concatenate(
        [
            boundaries,
            np.nextafter(boundaries, 0.0),
            np.nextafter(boundaries, -np.inf)[1:],  # -40 is the lowest argument
            [-1e-300],
            -rng.uniform(0.0, 40.0, 30_000),
        ]
    )


def test_the_tail_is_negative_and_finite_and_agrees_with_its_pieces():
    """Every argument, a piece boundary or not, finds a piece whose value is
    x Phi(x) exp(x**2 / 2) (negative, finite); an element's value does not
    depend on the array it is in."""
    x = tail_arguments()
    whole = _normal_cdf.x_times_mills(x)
    pieces = np.concatenate([_normal_cdf.x_times_mills(chunk) for chunk in np.array_split(x, 7)])
    assert np.array_equal(whole, pieces)
    assert np.all(np.isfinite(whole))
    assert np.all(whole < 0.0)
    assert _normal_cdf.x_times_mills(np.array([0.0, -0.0])).tolist() == [0.0, 0.0]


def test_pieces_are_found_by_quarters():
    """The table look-up gives the piece that a binary search gives."""
    starts = _normal_cdf._STARTS
    assert all(float(4.0 * start).is_integer() for start in starts)
    x = np.concatenate([tail_arguments(), [0.0, -0.0, -40.0]])
    expected = np.searchsorted(starts, x, side="right") - 1
    np.testing.assert_array_equal(_normal_cdf._pieces(x), expected)
