"""GELU's negative tail: its two ways of evaluating the polynomial pieces agree."""

from __future__ import annotations

import numpy as np

from activation_functions import _normal_cdf
from activation_functions._normal_tail import MILLS, X_TIMES_MILLS


def tail_arguments() -> np.ndarray:
    boundaries = [piece[0] for piece in (*X_TIMES_MILLS, *MILLS)]
    rng = np.random.default_rng(7)
    return np.concatenate(
        [
            boundaries,
            np.nextafter(boundaries, 0.0),
            np.nextafter(boundaries, -np.inf)[1:],  # -40 is the lowest argument
            [-1e-300],
            -rng.uniform(0.0, 40.0, 3 * _normal_cdf._SMALL),
        ]
    )


def test_small_and_large_arrays_give_identical_results():
    """Arrays up to _SMALL elements gather each element's coefficients, larger
    ones go piece by piece; at every boundary the upper piece is used."""
    x = tail_arguments()
    whole = _normal_cdf.x_times_mills(x)
    chunks = np.array_split(x, 4)
    assert x.size > _normal_cdf._SMALL >= max(chunk.size for chunk in chunks)
    pieces = np.concatenate([_normal_cdf.x_times_mills(chunk) for chunk in chunks])
    assert np.array_equal(whole, pieces)
    assert np.all(np.isfinite(whole))
    assert np.all(whole < 0.0)


def test_only_the_tail_is_written():
    """put_x_times_cdf leaves 0 alone, on small and large arrays."""
    x = np.concatenate([tail_arguments(), [0.0, -0.0] * 150])
    np.random.default_rng(8).shuffle(x)
    marker = 12345.0
    whole = np.full_like(x, marker)
    _normal_cdf.put_x_times_cdf(whole, x)
    pieces = []
    for chunk in np.array_split(x, 4):
        piece = np.full_like(chunk, marker)
        _normal_cdf.put_x_times_cdf(piece, chunk)
        pieces.append(piece)
    assert np.array_equal(whole, np.concatenate(pieces))
    outside = x == 0.0
    assert np.all(whole[outside] == marker)
    assert np.all((whole[~outside] <= 0.0) & (whole[~outside] > -0.2))


def test_pieces_are_found_by_quarters():
    """The table look-up gives the piece that a binary search gives."""
    starts = _normal_cdf._STARTS
    assert all(float(4.0 * start).is_integer() for start in starts)
    x = np.concatenate([tail_arguments(), [0.0, -0.0, -40.0]])
    expected = np.searchsorted(starts, x, side="right") - 1
    np.testing.assert_array_equal(_normal_cdf._pieces(x), expected)
