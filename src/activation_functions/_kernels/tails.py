"""Products in the far left tails, where a factor is subnormal but the result is not.

The gated functions (Swish, Mish, GELU) are ``x * gate(x)`` with a gate that
decays like ``exp(x)`` to the left. Two things go wrong there in plain
arithmetic: at ``x = -inf`` the product is ``-inf * 0 = nan``, and near
``x = -710`` the gate ``exp(x)`` is subnormal and has lost most of its bits
although ``x * exp(x)`` is a normal number.
"""

from __future__ import annotations

import numpy as np

from .arrays import FloatArray

__all__ = ["FAR_LEFT", "times_gate", "x_times_exp"]

#: Below this argument (float64), exp() is within a factor 2**-10 or so of the
#: subnormal range and loses bits; products with it go through x_times_exp.
FAR_LEFT = -700.0

# exp(-64), correctly rounded (mpmath).
_EXP_MINUS_64 = 1.603810890548638e-28


def times_gate(x: FloatArray, gate: FloatArray) -> FloatArray:
    """Return ``x * gate`` with 0 where ``x = -inf`` (the gate is 0 there).

    Replacing ``-inf`` by the most negative finite float makes the product an
    exact 0 and changes no finite product.
    """
    return gate * np.maximum(x, -np.finfo(x.dtype).max)


def x_times_exp(x: FloatArray, y: FloatArray) -> FloatArray:
    """Return ``x * exp(y)`` in float64, accurate where ``exp(y)`` alone is subnormal.

    For ``y <= -64`` the sum ``y + 64`` is exact, so ``x * exp(y + 64) *
    exp(-64)`` rounds three times instead of losing bits in a subnormal
    ``exp(y)``. Below -800 the product is 0 in float64; the bound keeps
    ``-inf`` out.
    """
    x = np.maximum(x, -800.0)
    y = np.maximum(y, -800.0)
    shifted = x * np.exp(np.minimum(y, -64.0) + 64.0) * _EXP_MINUS_64
    return np.where(y <= -64.0, shifted, x * np.exp(y))
