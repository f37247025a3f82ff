"""Smooth rectifiers: softplus and the self-gated functions Swish/SiLU, Mish and GELU.

Swish, Mish and GELU all have the form ``x * gate(x)`` with a gate that rises
from 0 to 1. The gate is computed in its stable form, and the product is
formed only where the gate is not exactly 0, so that ``x = -inf`` gives 0
instead of ``-inf * 0 = nan``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy import special

from ._arrays import (
    LARGEST,
    as_float_array,
    by_blocks,
    check_flag,
    check_parameter,
    gated_product,
    restore,
)
from ._compensated import two_product, two_square, two_sum
from ._normal_cdf import exp_minus_half_square, put_x_times_cdf, x_times_mills
from .squashing import _sigmoid, _softplus

__all__ = [
    "gelu",
    "gelu_derivative",
    "mish",
    "mish_derivative",
    "silu",
    "silu_derivative",
    "softplus",
    "softplus_derivative",
    "swish",
    "swish_derivative",
]

FloatArray = NDArray[np.floating[Any]]

# sqrt(8 / pi) and 0.044715, each split into a float64 and the float64 nearest
# to what it leaves out (computed with mpmath at 200 bits).
_TANH_GELU_SCALE = (1.5957691216057308, -9.96930880911092e-17)
_TANH_GELU_CUBIC = (0.044715, 2.1960211427085595e-18)
# exp(-64), correctly rounded (mpmath).
_EXP_MINUS_64 = 1.603810890548638e-28
# Below this argument exp() is near (within a factor 2**-10 or so) the
# subnormal range, where it loses bits: x * exp(x) is then formed with a
# shift (_x_times_exp). (These functions compute in float64.)
_FAR_LEFT = -700.0
_INVERSE_SQRT_TWO_PI = 0.3989422804014327
# Above this, float32 x / (1 + exp(-x)) neither overflows (exp(-x) does below
# -88.7) nor nears the subnormal range.
_FAR_LEFT_SINGLE = -80.0


def _is_power_of_two(number: float) -> bool:
    return number != 0.0 and float(np.frexp(abs(number))[0]) == 0.5


def _x_times_exp(x: FloatArray, y: FloatArray) -> FloatArray:
    """Return ``x * exp(y)`` in float64 where ``exp(y)`` alone may be subnormal.

    ``x * exp(y)`` can be a normal number while ``exp(y)`` is subnormal and
    has lost most of its bits (``x = -710`` in ``x * exp(x)``). For
    ``y <= -64`` the sum ``y + 64`` is exact (both are multiples of the unit
    in the last place of ``y``), so ``x * exp(y + 64) * exp(-64)`` rounds
    three times instead of losing bits.
    """
    scaled = x * np.exp(np.minimum(y, -64.0) + 64.0) * _EXP_MINUS_64
    return np.where(y <= -64.0, scaled, x * np.exp(y))


def _far_left_product(x: FloatArray, y: FloatArray) -> FloatArray:
    """Return ``x * exp(y)`` for ``x, y`` in the far left tail."""
    # Below -800 the product is 0 in float64; the bound keeps -inf out.
    return _x_times_exp(np.maximum(x, -800.0), np.maximum(y, -800.0))


def _x_sigmoid(
    values: FloatArray,
    clipped: FloatArray,
    argument: FloatArray,
    error: FloatArray | None = None,
) -> FloatArray:
    """Return ``x * sigmoid(argument + error)`` to a few units in the last place.

    ``error`` is the rounding error of ``argument`` (None if it is exact);
    ``clipped`` is ``values`` clipped to where ``argument`` was computed, and
    is used in the far left tail, where the sigmoid is ``exp(argument)``.
    """
    gate = _sigmoid(argument)
    if error is not None:
        # sigmoid(a + e) = sigmoid(a) (1 + sigmoid(-a) e) to first order in e.
        gate += gate * _sigmoid(-argument) * error
    result = gated_product(values, gate)
    # A minimum is one pass where the mask would be two; fmin skips NaN.
    if np.fmin.reduce(argument, axis=None, initial=np.inf) < _FAR_LEFT:
        far = argument < _FAR_LEFT
        product = _far_left_product(clipped[far], argument[far])
        result[far] = product if error is None else product * (1.0 + error[far])
    return result


def softplus(x: ArrayLike) -> Any:
    r"""Softplus: a smooth approximation of ReLU.

    .. math::

        \operatorname{softplus}(x) = \log\left(1 + e^{x}\right)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(0, \infty)`.

    See Also
    --------
    relu : The function softplus smooths.
    log_sigmoid : ``log_sigmoid(x) = -softplus(-x)``.
    mish : Uses softplus inside a tanh.

    Notes
    -----
    Written as ``log(1 + exp(x))`` it overflows to ``inf`` for ``x > 709``
    and returns 0 for ``x < -37`` where the true value is :math:`e^{x}`. This
    function computes ``logaddexp(x, 0)`` :math:`= \max(x, 0) + \log1p(e^{-|x|})`,
    accurate everywhere. Its derivative is the sigmoid.

    References
    ----------
    .. [1] C. Dugas, Y. Bengio, F. Belisle, C. Nadeau and R. Garcia,
       "Incorporating second-order functional knowledge for better option
       pricing", NIPS 2000.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import softplus
    >>> softplus([-50.0, 0.0, 800.0])
    array([1.92874985e-22, 6.93147181e-01, 8.00000000e+02])

    The naive formula overflows at the right end and loses the left one:

    >>> with np.errstate(over="ignore"):
    ...     print(np.log(1.0 + np.exp([-50.0, 0.0, 800.0])))
    [0.         0.69314718        inf]
    """
    values, output = as_float_array(x, "softplus", "same")
    return restore(by_blocks(_softplus, values, in_float64=True), output)


def softplus_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`softplus`: the sigmoid.

    .. math::

        \operatorname{softplus}'(x) = \sigma(x) = \frac{1}{1 + e^{-x}}

    Examples
    --------
    >>> from activation_functions import softplus_derivative
    >>> print(softplus_derivative(0.0))
    0.5
    """
    values, output = as_float_array(x, "softplus_derivative", "single")
    return restore(_sigmoid(values), output)


def _swish_argument(
    values: FloatArray, beta: float
) -> tuple[FloatArray, FloatArray, FloatArray | None]:
    """Return ``x`` clipped, ``beta * x`` rounded, and its rounding error (or None)."""
    # Beyond |beta * x| = 800 the sigmoid is exactly 0 or 1: clipping there
    # keeps beta * x from overflowing.
    if beta == 1.0:
        return values, values, None  # nothing to overflow
    limit = min(800.0 / abs(beta), LARGEST[values.dtype])
    clipped = values.clip(-limit, limit)
    if _is_power_of_two(beta) or abs(beta) > 1e290:
        return clipped, np.multiply(clipped, beta), None
    # beta * x is rounded, and the sigmoid's relative condition number grows
    # like |beta * x| in the left tail: two_product gives the rounding error
    # exactly, so that it can be corrected for.
    argument, error = two_product(beta, clipped)
    return clipped, argument, error


def _swish(values: FloatArray, beta: float) -> FloatArray:
    if beta == 0.0:
        return np.multiply(values, 0.5)
    if beta == 1.0:
        return _silu(values)
    if beta < 0.0:
        # x sigmoid(beta x) = -(-x) sigmoid(|beta| (-x)): one gate that is 0 at -inf.
        return np.negative(_swish(np.negative(values), -beta))
    clipped, argument, error = _swish_argument(values, beta)
    return _x_sigmoid(values, clipped, argument, error)


def _silu(values: FloatArray) -> FloatArray:
    """Return SiLU as ``x / (1 + exp(-x))``, in the dtype of ``values`` (float32 or float64).

    This rounds four times. In float32 its error is at most 3.66 units in
    the last place for ``x >= -80`` (every float32 was checked), where
    ``x * sigmoid(x)`` rounds once more and reaches 4.04. Far left, where
    ``exp(-x)`` overflows (below -88.7 in float32, -709.8 in float64), the
    few elements are computed as ``x exp(x)`` in float64 instead.
    """
    far_left = _FAR_LEFT_SINGLE if values.dtype == np.float32 else _FAR_LEFT
    low = np.fmin.reduce(values, axis=None, initial=np.inf)  # fmin skips NaN
    result = np.negative(values.clip(far_left, None) if low < far_left else values)
    np.exp(result, out=result)
    result += 1.0
    np.divide(values, result, out=result)
    if low < far_left:
        far = values < far_left
        tail = values[far].astype(np.float64)
        result[far] = _far_left_product(tail, tail)
    return result


def _swish_derivative(values: FloatArray, beta: float) -> FloatArray:
    if beta == 0.0:
        return np.where(np.isnan(values), values, 0.5)
    _, argument, _ = _swish_argument(values, beta)
    # Beyond 800 the derivative is exactly 0 or 1; the bound keeps inf * 0 out.
    argument = argument.clip(-800.0, 800.0)
    gate = _sigmoid(argument)
    return gate + argument * gate * _sigmoid(-argument)


def swish(x: ArrayLike, beta: float = 1.0) -> Any:
    r"""Swish: the input times a sigmoid gate of slope ``beta``.

    .. math::

        \operatorname{swish}_\beta(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}

    Parameters
    ----------
    x : array_like
        Input values.
    beta : float, optional
        Slope of the gate; 1 by default (then swish is :func:`silu`). With
        ``beta = 0`` swish is the line ``x / 2``; as ``beta`` grows it tends
        to :func:`relu`.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[m / \beta, \infty)` for ``beta > 0``, with
        :math:`m \approx -0.2785`.

    See Also
    --------
    silu : Swish with ``beta = 1``.
    mish, gelu : Gated functions of the same shape.
    hard_swish : A piecewise quadratic approximation.

    Notes
    -----
    Unlike ReLU it is smooth at 0 and slightly negative for negative input,
    with a minimum of about -0.2785 at :math:`x \approx -1.2785` (for
    ``beta = 1``). Ramachandran et al. found it by automated search and
    proposed a trainable ``beta``. For ``beta = 1`` it is computed as
    :func:`silu` is; otherwise as :math:`x\,\sigma(\beta x)` in float64,
    with the rounding error of :math:`\beta x` carried into the sigmoid
    (which magnifies it far in the left tail). For ``x = -inf`` the result
    is 0, not ``-inf * 0``.

    References
    ----------
    .. [1] P. Ramachandran, B. Zoph and Q. V. Le, "Searching for activation
       functions", arXiv:1710.05941, 2017.

    Examples
    --------
    >>> from activation_functions import swish
    >>> swish([-1000.0, -1.0, 0.0, 1.0])
    array([-0.        , -0.26894142,  0.        ,  0.73105858])
    >>> swish([-1.0, 1.0], beta=10.0)
    array([-4.53978687e-05,  9.99954602e-01])
    """
    beta = check_parameter(beta, "beta", "swish")
    if beta == 1.0:
        values, output = as_float_array(x, "swish", "single")
        return restore(_silu(values), output)
    values, output = as_float_array(x, "swish", "same")
    return restore(by_blocks(lambda block: _swish(block, beta), values, in_float64=True), output)


def swish_derivative(x: ArrayLike, beta: float = 1.0) -> Any:
    r"""Derivative of :func:`swish`.

    .. math::

        \operatorname{swish}_\beta'(x) = \sigma(\beta x)
            + \beta x\,\sigma(\beta x)\,\sigma(-\beta x)

    Examples
    --------
    >>> from activation_functions import swish_derivative
    >>> swish_derivative([-1000.0, 0.0, 1000.0])
    array([0. , 0.5, 1. ])
    """
    beta = check_parameter(beta, "beta", "swish_derivative")
    values, output = as_float_array(x, "swish_derivative")
    return restore(_swish_derivative(values, beta), output)


def silu(x: ArrayLike) -> Any:
    r"""Sigmoid-weighted linear unit: the input times its sigmoid.

    .. math::

        \operatorname{silu}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-0.2785, \infty)`.

    See Also
    --------
    swish : The same function with a slope parameter.

    Notes
    -----
    SiLU was named by Hendrycks and Gimpel and used for reinforcement
    learning by Elfwing et al.; Ramachandran et al. later found it by search
    and called it Swish. It is computed as :math:`x / (1 + e^{-x})` in the
    input's precision (float32 too: that form is within 3.7 ulp for every
    float32, where :math:`x\,\sigma(x)` rounds once more and reaches 4.04).
    Far in the left tail, where :math:`e^{-x}` overflows, the result is
    :math:`x e^{x}`, a normal float down to :math:`x \approx -703`; it is
    computed there to full precision, not flushed to 0.

    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian error linear units (GELUs)",
       arXiv:1606.08415, 2016.
    .. [2] S. Elfwing, E. Uchibe and K. Doya, "Sigmoid-weighted linear units
       for neural network function approximation in reinforcement learning",
       Neural Networks 107, 3-11, 2018.

    Examples
    --------
    >>> from activation_functions import silu
    >>> silu([-700.0, -1.0, 2.0])
    array([-6.90177358e-302, -2.68941421e-001,  1.76159416e+000])
    """
    values, output = as_float_array(x, "silu", "single")
    return restore(_silu(values), output)


def silu_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`silu`.

    .. math::

        \operatorname{silu}'(x) = \sigma(x)\,\bigl(1 + x\,\sigma(-x)\bigr)

    Examples
    --------
    >>> from activation_functions import silu_derivative
    >>> print(silu_derivative(0.0))
    0.5
    """
    values, output = as_float_array(x, "silu_derivative", "single")
    return restore(_swish_derivative(values, 1.0), output)


def _mish_terms(clipped: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``t = e^x`` and ``n = t (t + 2)`` for x already clipped (exp stays finite)."""
    # tanh(log(1 + t)) = ((1 + t)^2 - 1) / ((1 + t)^2 + 1) = n / (n + 2):
    # no tanh, no log, no cancellation for small t.
    t = np.exp(clipped)
    n = np.add(t, 2.0)
    n *= t
    return t, n


def _mish_gate(clipped: FloatArray) -> FloatArray:
    """Return ``tanh(softplus(x)) = n / (n + 2)``, written over a new array."""
    t, n = _mish_terms(clipped)
    np.add(n, 2.0, out=t)
    return np.divide(n, t, out=n)


def mish(x: ArrayLike) -> Any:
    r"""Mish: the input times the tanh of its softplus.

    .. math::

        \operatorname{mish}(x) = x \tanh\bigl(\operatorname{softplus}(x)\bigr)
            = x \tanh\bigl(\log(1 + e^{x})\bigr)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-0.3088, \infty)`.

    See Also
    --------
    swish, gelu, softplus

    Notes
    -----
    With :math:`t = e^{x}`, :math:`\tanh(\log(1 + t)) = n / (n + 2)` where
    :math:`n = t (t + 2)`. That form needs one exponential instead of the
    three of ``x * tanh(log(1 + exp(x)))``, and it neither overflows (the
    article's form, with its tanh written as a quotient of exponentials,
    gives ``nan`` for ``x > 710``) nor cancels. Its minimum is
    about -0.3088 at :math:`x \approx -1.1924`.

    References
    ----------
    .. [1] D. Misra, "Mish: a self regularized non-monotonic activation
       function", BMVC 2020; arXiv:1908.08681, 2019.

    Examples
    --------
    >>> from activation_functions import mish
    >>> mish([-1.0, 0.0, 1.0, 800.0])
    array([-3.03401461e-01,  0.00000000e+00,  8.65098388e-01,  8.00000000e+02])
    """
    values, output = as_float_array(x, "mish", "same")
    return restore(by_blocks(_mish, values, in_float64=True), output)


def _mish(values: FloatArray) -> FloatArray:
    # Above 20 the gate rounds to 1; below -800, x e^x is 0: clipping keeps exp finite.
    clipped = values.clip(-800.0, 20.0)
    result = gated_product(values, _mish_gate(clipped))
    far = clipped < _FAR_LEFT
    if far.any():
        # There the gate is e^x (to a relative 1e-34), itself near subnormal.
        result[far] = _far_left_product(clipped[far], clipped[far])
    return result


def mish_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`mish`.

    .. math::

        \operatorname{mish}'(x) = \tanh(\operatorname{softplus}(x))
            + x\,\sigma(x)\,\operatorname{sech}^2(\operatorname{softplus}(x))
            = \frac{n}{n + 2} + \frac{4 x t (1 + t)}{(n + 2)^2}

    with :math:`t = e^{x}` and :math:`n = t (t + 2)`.

    Examples
    --------
    >>> from activation_functions import mish_derivative
    >>> print(mish_derivative(0.0))
    0.6
    """
    values, output = as_float_array(x, "mish_derivative", "single")
    # Above 40 (20 in float32) the second term is below half a unit of 1 and
    # the derivative rounds to 1; the bound keeps (n + 2)**2 finite.
    upper = 40.0 if values.dtype == np.float64 else 20.0
    clipped = values.clip(-800.0, upper)
    t, n = _mish_terms(clipped)
    denominator = n + 2.0
    derivative = n / denominator + 4.0 * clipped * t * (1.0 + t) / denominator**2
    return restore(derivative, output)


def _gelu_exact(values: FloatArray) -> FloatArray:
    """Return x Phi(x) to a few units in the last place (a block at a time)."""
    # From 0 up (and NaN), SciPy's ndtr. Below 0 it is the slow part of ndtr,
    # and (like erfc and erfcx) off by up to 5 units; erfc(z) is off by much
    # more, through exp(-z**2) with a rounded square. There, x Phi(x) =
    # G(x) exp(-x**2 / 2) with G fitted to double precision (see
    # _normal_tail) and the square carried exactly.
    result = np.maximum(values, 0.0)
    special.ndtr(result, out=result)
    result *= values
    tail = np.fmin(values, 0.0)  # (NaN becomes 0, outside the tail)
    np.maximum(tail, -40.0, out=tail)  # beyond, x Phi(x) < 1e-340
    put_x_times_cdf(result, tail)
    return result


def _gelu_exact_derivative(values: FloatArray) -> FloatArray:
    """Return Phi(x) + x phi(x)."""
    clipped = values.clip(-40.0, 40.0)  # beyond, exactly 0 or 1
    gaussian = exp_minus_half_square(clipped)
    derivative = np.asarray(special.ndtr(values) + clipped * _INVERSE_SQRT_TWO_PI * gaussian)
    negative = (values < 0.0) & (values > -40.0)
    if negative.any():
        x = values[negative]
        mills = x_times_mills(x) / x
        derivative[negative] = gaussian[negative] * (mills + _INVERSE_SQRT_TWO_PI * x)
    return derivative


def _tanh_gelu_argument(values: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``v = sqrt(8/pi) (x + 0.044715 x^3)`` as a rounded value and its error."""
    # In the left tail sigmoid(v) is about exp(v) with |v| up to 700, so an
    # error of one unit in v would be hundreds of units in the result: v is
    # evaluated in double-double arithmetic.
    scale, scale_low = _TANH_GELU_SCALE
    cubic, cubic_low = _TANH_GELU_CUBIC
    square, square_error = two_square(values)
    cube, cube_error = two_product(square, values)
    cube_error += square_error * values
    term, term_error = two_product(cubic, cube)
    term_error += cubic * cube_error + cubic_low * cube
    inner, inner_error = two_sum(values, term)
    inner_error += term_error
    argument, argument_error = two_product(scale, inner)
    argument_error += scale * inner_error + scale_low * inner
    return argument, argument_error


def gelu(x: ArrayLike, approximate: bool = False) -> Any:
    r"""Gaussian error linear unit: the input times the normal CDF.

    .. math::

        \operatorname{gelu}(x) = x\,\Phi(x)
            = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt 2}\right)

    and, with ``approximate=True``,

    .. math::

        \operatorname{gelu}_{\tanh}(x) = \frac{x}{2}\left(1 + \tanh\left(
            \sqrt{2/\pi}\,\bigl(x + 0.044715\,x^3\bigr)\right)\right)

    Parameters
    ----------
    x : array_like
        Input values.
    approximate : bool, optional
        Use the tanh approximation of Hendrycks and Gimpel (the form in BERT
        and GPT-2) instead of the exact CDF. False by default.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-0.1700, \infty)`.

    See Also
    --------
    silu : Hendrycks and Gimpel's sigmoid approximation, ``x sigma(1.702 x)``.
    mish, swish

    Notes
    -----
    The exact form uses SciPy's ``ndtr`` for :math:`x \ge 0`. Below 0 it
    writes :math:`x\Phi(x) = G(x)\,e^{-x^2/2}`, where the slowly varying
    :math:`G` is a piecewise polynomial fitted to double precision and
    :math:`x^2` is carried exactly; the textbook ``1 + erf`` cancels to 0
    from :math:`x \approx -8.3` on, and SciPy's ``erfc`` is hundreds of
    units in the last place off near :math:`x = -35`. The
    tanh form is evaluated as :math:`x\,\sigma(2u)` with the argument in
    double-double arithmetic, since :math:`1 + \tanh u` cancels for negative
    :math:`u`. Both are accurate to a few units in the last place.

    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian error linear units (GELUs)",
       arXiv:1606.08415, 2016.

    Examples
    --------
    >>> from activation_functions import gelu
    >>> gelu([-3.0, 0.0, 1.0])
    array([-0.00404969,  0.        ,  0.84134475])
    >>> gelu([-3.0, 0.0, 1.0], approximate=True)
    array([-0.00363739,  0.        ,  0.84119199])

    In the tail the value is tiny but not zero:

    >>> print(gelu(-20.0))
    -5.507248237212468e-88
    """
    values, output = as_float_array(x, "gelu", "same")
    if check_flag(approximate, "approximate", "gelu"):
        values = values.astype(np.float64, copy=False)
        clipped = values.clip(-30.0, 30.0)  # beyond, the gate is exactly 0 or 1
        argument, error = _tanh_gelu_argument(clipped)
        result = _x_sigmoid(values, clipped, argument, error)
    else:
        result = by_blocks(_gelu_exact, values, in_float64=True)  # dozens of passes
    return restore(result, output)


def gelu_derivative(x: ArrayLike, approximate: bool = False) -> Any:
    r"""Derivative of :func:`gelu`.

    .. math::

        \operatorname{gelu}'(x) = \Phi(x) + x\,\varphi(x),
        \qquad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}

    and for the tanh form, with :math:`v = \sqrt{8/\pi}(x + 0.044715x^3)`,

    .. math::

        \operatorname{gelu}_{\tanh}'(x) = \sigma(v)
            + x\,\sigma(v)\,\sigma(-v)\,\sqrt{8/\pi}\,(1 + 0.134145\,x^2)

    Examples
    --------
    >>> from activation_functions import gelu_derivative
    >>> print(gelu_derivative(0.0))
    0.5
    """
    values, output = as_float_array(x, "gelu_derivative")
    derivative: FloatArray
    # Beyond |x| = 40 (30 for the tanh form) the derivative is exactly 0 or 1.
    if check_flag(approximate, "approximate", "gelu_derivative"):
        clipped = values.clip(-30.0, 30.0)
        scale, _ = _TANH_GELU_SCALE
        cubic, _ = _TANH_GELU_CUBIC
        argument = scale * (clipped + cubic * clipped**3)
        slope = scale * (1.0 + 3.0 * cubic * clipped**2)
        gate = _sigmoid(argument)
        derivative = gate + clipped * gate * _sigmoid(-argument) * slope
    else:
        derivative = _gelu_exact_derivative(values)
    return restore(derivative, output)
