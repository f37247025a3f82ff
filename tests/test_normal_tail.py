"""GELU's negative tail: its two ways of evaluating the polynomial pieces agree."""

from __future__ import annotations

import numpy as np

from activation_functions import _normal_cdf
from activation_functions._normal_tail import MILLS, X_TIMES_MILLS


def test_small_and_large_arrays_give_identical_results():
    """Arrays up to _SMALL elements gather each element's coefficients, larger
    ones go piece by piece; at every boundary the upper piece is used."""
    boundaries = [piece[0] for piece in (*X_TIMES_MILLS, *MILLS)]
    rng = np.random.default_rng(7)
    x = np.concatenate(
        [
            boundaries,
            np.nextafter(boundaries, 0.0),
            np.nextafter(boundaries, -np.inf)[1:],  # -40 is the lowest argument
            [-0.0, -1e-300],
            -rng.uniform(0.0, 40.0, 3 * _normal_cdf._SMALL),
        ]
    )
    whole = _normal_cdf.x_times_mills(x)
    chunks = np.array_split(x, 4)
    assert x.size > _normal_cdf._SMALL >= max(chunk.size for chunk in chunks)
    pieces = np.concatenate([_normal_cdf.x_times_mills(chunk) for chunk in chunks])
    assert np.array_equal(whole, pieces)
    assert np.all(np.isfinite(whole))
