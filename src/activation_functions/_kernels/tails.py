"""Products in the far left tails, where a factor is subnormal but the result is not.

The gated functions (Swish, Mish, GELU) are ``x * gate(x)`` with a gate that
decays like ``exp(x)`` to the left. Two things go wrong there in plain
arithmetic: at ``x = -inf`` the product is ``-inf * 0 = nan``, and near
``x = -710`` the gate ``exp(x)`` is subnormal and has lost most of its bits
although ``x * exp(x)`` is a normal number.
"""

from __future__ import annotations

import numpy as np

from .arrays import LARGEST, FloatArray

__all__ = ["FAR_LEFT", "times_exp", "times_gate", "x_times_exp"]

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
    return gate * np.maximum(x, -LARGEST[x.dtype])


def times_exp(w: FloatArray, y: FloatArray) -> FloatArray:
    """Return ``w * exp(y)`` in float64 for a finite ``w``, accurate where ``exp(y)`` is subnormal.

    For ``y <= -64`` the sum ``y + 64`` is exact (64 is a multiple of the
    ulp of ``y``), so ``w * exp(y + 64) * exp(-64)`` rounds three times
    instead of taking ``exp(y)`` through the subnormal range, where it
    loses up to 52 bits.
    """
    y = np.maximum(y, -1100.0)  # below, every product is 0; keeps -inf out
    far = y <= -64.0
    result = w * np.exp(np.where(far, y + 64.0, y))
    return np.where(far, result * _EXP_MINUS_64, result)


def x_times_exp(x: FloatArray, y: FloatArray) -> FloatArray:
    """Return ``x * exp(y)`` for the far left tail of ``x * gate(x)`` (``x`` may be ``-inf``)."""
    # Below -800 the product is 0 in float64: the bound keeps -inf out.
    return times_exp(np.maximum(x, -800.0), y)
