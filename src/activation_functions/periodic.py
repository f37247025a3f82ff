"""Snake: the identity plus a periodic term, for functions that repeat."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import FloatArray, Result, apply, check_parameter
from ._kernels.compensated import two_product, two_square, two_sum

__all__ = ["snake", "snake_derivative"]

# Beyond |a x| = 2**60 the term sin^2(a x) / a is below a 2**-60th of |x|:
# the result rounds to x.
_FAR = 2.0**60


def _times_frequency(x: FloatArray, frequency: float) -> tuple[FloatArray, FloatArray]:
    """Return ``u, e`` with ``u + e == a x`` exactly (``u`` is inf where ``a x`` overflows)."""
    if frequency == 1.0:
        return x, np.zeros_like(x)
    # two_product needs factors below 2**996: the largest x are scaled down
    # by 2**64 for it, and the exact parts scaled back up.
    large = np.abs(x) > 2.0**960
    u, e = two_product(frequency, np.where(large, x * 2.0**-64, x))
    u[large] *= 2.0**64
    e[large] *= 2.0**64
    return u, e


def _sin_cos_of_sum(u: FloatArray, e: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return sin(u + e) and cos(u + e) for finite ``u``, ``e`` (NaN elsewhere).

    sin(u + e) = sin u cos e + cos u sin e, and cos likewise: the rounding of
    ``a x`` to ``u`` alone would move sin(a x) by up to ``|a x|`` ulp. sin e
    and cos e are taken from their series where ``e`` is small (the next
    terms are below 2**-80).
    """
    u = np.where(np.isfinite(u), u, np.nan)
    with np.errstate(invalid="ignore"):  # (sin(nan) is nan, without a warning here)
        sin_u, cos_u = np.sin(u), np.cos(u)
        square = e * e
        sin_e, cos_e = e * (1.0 - square / 6.0), 1.0 - square / 2.0
        large = np.abs(e) > 2.0**-20
        sin_e[large], cos_e[large] = np.sin(e[large]), np.cos(e[large])
    return sin_u * cos_e + cos_u * sin_e, cos_u * cos_e - sin_u * sin_e


def _sin_squared(u: FloatArray, e: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sin^2(u + e) as a sum of two floats.

    For ``a = 1`` (``e = 0``) the square of the sine is enough. Otherwise the
    division by ``a`` after the sum costs the bits that sum cancels, and
    where sin^2 > 1/2 it is taken as 1 - cos^2, the more accurate there (an
    error of half an ulp in cos moves cos^2 less than one in sin moves sin^2).
    """
    if not e.any():
        with np.errstate(invalid="ignore"):  # (sin(nan) is nan)
            return two_square(np.sin(np.where(np.isfinite(u), u, np.nan)))
    sine, cosine = _sin_cos_of_sum(u, e)
    high, low = two_square(sine)
    cos_high, cos_low = two_square(cosine)
    one_minus, one_minus_low = two_sum(np.ones_like(cos_high), -cos_high)
    use_cos = np.abs(sine) > np.abs(cosine)
    return np.where(use_cos, one_minus, high), np.where(use_cos, one_minus_low - cos_low, low)


def _snake(x: FloatArray, frequency: float) -> FloatArray:
    near = (np.abs(frequency * x) <= _FAR) & (x != 0.0)  # (False for NaN and infinities)
    u, e = _times_frequency(np.where(near, x, 0.0), frequency)
    high, low = _sin_squared(u, e)
    # snake(x) = (a x + sin^2(a x)) / a. For x < 0 the sum may cancel to a
    # quarter of a x: every part is carried until the one division.
    total, error = two_sum(u, high)
    error += e + low
    if frequency == 1.0:
        result = total + error
    else:
        quotient = total / frequency
        product, product_error = _times_frequency(quotient, frequency)  # a q, exactly
        result = quotient + ((total - product - product_error) + error) / frequency
    return np.where(near, result, x)  # (x itself at 0 keeps the sign of -0.0)


def snake(x: ArrayLike, frequency: float = 1.0) -> Result:
    r"""Snake: the input plus a periodic ripple, :math:`x + \sin^2(a x)/a`.

    .. math::

        \operatorname{snake}_a(x) = x + \frac{\sin^2(a x)}{a}
            = x + \frac{1 - \cos(2 a x)}{2a}

    Parameters
    ----------
    x : array_like
        Input values.
    frequency : float, optional
        The frequency :math:`a > 0`; 1 by default. The ripple has period
        :math:`\pi / a` and height :math:`1 / a`.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\infty, \infty)`.

    See Also
    --------
    identity : What snake becomes as :math:`a \to \infty` (the ripple
        vanishes) and, near 0, for any :math:`a`.

    Notes
    -----
    Ziyin, Hartwig and Ueda showed that networks with ReLU or tanh cannot
    extrapolate a periodic signal beyond their training range, and
    proposed this function, which is monotonic (its derivative
    :math:`1 + \sin(2ax)` is never negative) and periodic around the
    identity. Audio models such as BigVGAN learn :math:`a` per channel.
    Near 0 it is :math:`x + a x^2`. For negative :math:`x` the two terms
    have opposite signs and the sum can cancel to about a quarter of
    :math:`x`. It is computed as :math:`(a x + \sin^2(a x))/a`, with
    :math:`a x` carried exactly as a sum of two floats (sin magnifies the
    rounding of a large argument), and the square of the sine too, so that
    the sum is rounded once.

    References
    ----------
    .. [1] L. Ziyin, T. Hartwig and M. Ueda, "Neural networks fail to learn
       periodic functions and how to fix it", NeurIPS 2020;
       https://arxiv.org/abs/2006.08195.
    .. [2] S. Lee, W. Ping, B. Ginsburg, B. Catanzaro and S. Yoon, "BigVGAN:
       a universal neural vocoder with large-scale training", ICLR 2023;
       https://arxiv.org/abs/2206.04658.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import snake
    >>> snake([-np.pi / 2, 0.0, np.pi / 2])
    array([-0.57079633,  0.        ,  2.57079633])
    >>> snake([1.0, 1e300])
    array([1.70807342e+000, 1.00000000e+300])
    """
    frequency = check_parameter(frequency, "frequency", "snake", positive=True)
    return apply(lambda v: _snake(v, frequency), x, "snake", "double")


def _snake_derivative(x: FloatArray, frequency: float) -> FloatArray:
    finite = np.isfinite(x)
    u, e = _times_frequency(np.where(finite, x, 0.0), frequency)
    # sin(2ax), from 2u + 2e (exact) or, where 2u would overflow, 2 sin cos.
    huge = np.abs(u) > 2.0**1020
    if e.any() or huge.any():
        sine, cosine = _sin_cos_of_sum(np.where(huge, u, 2.0 * u), np.where(huge, e, 2.0 * e))
        sine[huge] = 2.0 * sine[huge] * cosine[huge]
    else:
        sine = np.sin(2.0 * u)
    # 1 + sin(2ax) is never negative, and 0 only where the sine is exactly
    # -1: rounding must not take it below.
    result: FloatArray = np.maximum(1.0 + sine, 0.0)
    result[~finite] = np.nan  # 1 + sin(2ax) has no limit at infinity

    return result


def snake_derivative(x: ArrayLike, frequency: float = 1.0) -> Result:
    r"""Derivative of :func:`snake`.

    .. math::

        \operatorname{snake}_a'(x) = 1 + 2\sin(ax)\cos(ax) = 1 + \sin(2ax)

    It oscillates between 0 and 2 and has no limit at :math:`\pm\infty`,
    where the result is NaN; so it is where :math:`a x` is beyond the
    largest float (only for :math:`a > 1`), since the phase of the ripple
    is then not known.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import snake_derivative
    >>> snake_derivative([-np.pi / 4, 0.0, np.pi / 4, np.inf])
    array([ 0.,  1.,  2., nan])
    """
    frequency = check_parameter(frequency, "frequency", "snake_derivative", positive=True)
    return apply(lambda v: _snake_derivative(v, frequency), x, "snake_derivative", "double")
