"""Self-gated functions: the input times a gate of itself (Swish/SiLU, Mish, GELU, quick GELU).

Each is ``x * gate(x)`` with a gate that rises from 0 to 1. The gate is
computed in its stable form; at ``x = -inf`` the product is 0 instead of
``-inf * 0 = nan``; and far in the left tail, where the gate is about
``e^x`` and near the subnormal range, the product is formed as ``x e^x``
without losing bits (``_kernels.tails``).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike
from scipy import special

from ._kernels.arrays import FloatArray, Result, apply, check_flag, check_parameter
from ._kernels.compensated import two_product, two_square, two_sum
from ._kernels.normal_cdf import x_times_cdf, x_times_mills
from ._kernels.tails import FAR_LEFT, times_exp, times_gate, x_times_exp
from .sigmoids import _sigmoid

__all__ = [
    "gelu",
    "gelu_derivative",
    "mish",
    "mish_derivative",
    "quick_gelu",
    "quick_gelu_derivative",
    "silu",
    "silu_derivative",
    "swish",
    "swish_derivative",
]

# sqrt(8 / pi) and 0.044715, each split into a float64 and the float64 nearest
# to what it leaves out (computed with mpmath at 200 bits).
_TANH_GELU_SCALE = (1.5957691216057308, -9.96930880911092e-17)
_TANH_GELU_CUBIC = (0.044715, 2.1960211427085595e-18)
_INVERSE_SQRT_TWO_PI = 0.3989422804014327
# The slope of quick GELU's sigmoid gate (Hendrycks and Gimpel, section 2).
QUICK_GELU_SLOPE = 1.702
# Where float32 e^-x overflows (below -88.7), SiLU is computed in float64.
_FAR_LEFT_FLOAT32 = -80.0


def _times_sigmoid(
    x: FloatArray, clipped: FloatArray, argument: FloatArray, error: FloatArray
) -> FloatArray:
    """Return ``x * sigmoid(argument + error)``, with ``error`` the rounding error of ``argument``.

    Far left the sigmoid is ``e^argument``, whose relative error is the
    absolute error of its argument: hundreds of ulp unless ``error`` is
    carried. ``clipped`` is ``x`` clipped to where ``argument`` was computed.
    """
    # sigmoid(a + e) = sigmoid(a) (1 + sigmoid(-a) e) to first order in e.
    gate = _sigmoid(argument) * (1.0 + _sigmoid(-argument) * error)
    result = times_gate(x, gate)
    far = argument < FAR_LEFT
    if far.any():
        result[far] = x_times_exp(clipped[far], argument[far]) * (1.0 + error[far])
    return result


def _silu(x: FloatArray) -> FloatArray:
    # x / (1 + e^-x) rounds once less than x * sigmoid(x): within 4 ulp in
    # float32 too. Far left, where e^-x overflows, the result is x e^x.
    far_left = _FAR_LEFT_FLOAT32 if x.dtype == np.float32 else FAR_LEFT
    with np.errstate(over="ignore", invalid="ignore"):  # where far_left replaces it
        result = x / (1.0 + np.exp(-x))
    far = x < far_left
    if far.any():
        tail = x[far].astype(np.float64)
        result[far] = x_times_exp(tail, tail)
    return result


def _beta_times(x: FloatArray, beta: float) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Return x clipped, ``beta * x`` rounded and its rounding error (beta != 0)."""
    # Beyond |beta x| = 800 the sigmoid is exactly 0 or 1: clipping there
    # keeps beta x finite.
    limit = 800.0 / abs(beta)
    clipped = np.clip(x, -limit, limit)
    # beta = m 2^k with m in [1, 2): the product m (x 2^k) is the same float,
    # and its factors are small enough for two_product's split.
    mantissa, exponent = math.frexp(beta)
    if abs(mantissa) == 0.5:  # beta is a power of two: beta x is exact
        return clipped, clipped * beta, np.zeros_like(clipped)
    argument, error = two_product(2.0 * mantissa, np.ldexp(clipped, exponent - 1))
    return clipped, argument, error


def _swish(x: FloatArray, beta: float) -> FloatArray:
    if beta == 0.0:
        return x * 0.5
    if beta < 0.0:
        # x sigmoid(beta x) = -(-x) sigmoid(|beta| (-x)): a gate that is 0 at -inf.
        return -_swish(-x, -beta)
    clipped, argument, error = _beta_times(x, beta)
    return _times_sigmoid(x, clipped, argument, error)


def _gated_slope(a: FloatArray, e: FloatArray, q: FloatArray, dq_da: float) -> FloatArray:
    """Return ``s + q s (1 - s)`` with ``s = sigmoid(a + e)``, ``e`` the rounding error of ``a``.

    This is swish'(x) with ``a = beta x, q = a``, and the tanh-GELU's
    derivative with ``a = v(x), q = x v'(x)``. With ``E = e^-|a|``, which
    never overflows, it is ``E (1 + E + q) / (1 + E)^2`` for ``a <= 0`` and
    ``(1 + E + q E) / (1 + E)^2`` above; below ``a = -64`` it is
    ``(1 + q) e^a``, formed where ``e^a`` alone is subnormal. The error of
    ``a`` enters to first order, through the slope ``s (1 - s) (1 + dq_da +
    q (1 - 2 s))`` (``dq_da`` is 1 for swish, 0 for GELU).
    """
    decay = np.exp(-np.abs(a))
    one_plus = 1.0 + decay
    square = one_plus * one_plus
    negative = a <= 0.0
    result = np.where(negative, decay * (one_plus + q), 1.0 + decay * (1.0 + q)) / square
    c_minus_s = np.where(negative, 1.0, -1.0) * (1.0 - decay) / one_plus
    result += e * (decay / square * (1.0 + dq_da + q * c_minus_s))
    far = a < -64.0
    if far.any():
        tail_a, tail_e, tail_q = a[far], e[far], q[far]
        tail = times_exp(1.0 + tail_q, tail_a)
        result[far] = tail * (1.0 + tail_e * (1.0 + dq_da + tail_q) / (1.0 + tail_q))
    return result


def _swish_derivative(x: FloatArray, beta: float) -> FloatArray:
    if beta == 0.0:
        return np.where(np.isnan(x), x, 0.5)
    # beta x is carried with its rounding error: exp magnifies it by |beta x|.
    _, argument, error = _beta_times(x, beta)
    return _gated_slope(argument, error, argument, 1.0)


def swish(x: ArrayLike, beta: float = 1.0) -> Result:
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
       functions", https://arxiv.org/abs/1710.05941, 2017.

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
        return apply(_silu, x, "swish", "single")
    return apply(lambda v: _swish(v, beta), x, "swish", "double")


def swish_derivative(x: ArrayLike, beta: float = 1.0) -> Result:
    r"""Derivative of :func:`swish`.

    .. math::

        \operatorname{swish}_\beta'(x) = \sigma(\beta x)
            + \beta x\,\sigma(\beta x)\,\sigma(-\beta x)

    Examples
    --------
    >>> from activation_functions import swish_derivative
    >>> swish_derivative([-1000.0, 0.0, 1000.0])
    array([-0. ,  0.5,  1. ])
    """
    beta = check_parameter(beta, "beta", "swish_derivative")
    return apply(lambda v: _swish_derivative(v, beta), x, "swish_derivative", "double")


def silu(x: ArrayLike) -> Result:
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
       https://arxiv.org/abs/1606.08415, 2016.
    .. [2] S. Elfwing, E. Uchibe and K. Doya, "Sigmoid-weighted linear units
       for neural network function approximation in reinforcement learning",
       Neural Networks 107, 3-11, 2018,
       https://doi.org/10.1016/j.neunet.2017.12.012.

    Examples
    --------
    >>> from activation_functions import silu
    >>> silu([-700.0, -1.0, 2.0])
    array([-6.90177358e-302, -2.68941421e-001,  1.76159416e+000])
    """
    return apply(_silu, x, "silu", "single")


def silu_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`silu`.

    .. math::

        \operatorname{silu}'(x) = \sigma(x)\,\bigl(1 + x\,\sigma(-x)\bigr)

    Examples
    --------
    >>> from activation_functions import silu_derivative
    >>> print(silu_derivative(0.0))
    0.5
    """
    return apply(lambda v: _swish_derivative(v, 1.0), x, "silu_derivative", "double")


def _mish_terms(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``t = e^x`` and ``n = t (t + 2)``, so that tanh(softplus(x)) = n / (n + 2)."""
    # tanh(log(1 + t)) = ((1 + t)^2 - 1) / ((1 + t)^2 + 1) = n / (n + 2):
    # one exponential, no tanh, no log, no cancellation for small t.
    t = np.exp(x)
    return t, t * (t + 2.0)


def _mish(x: FloatArray) -> FloatArray:
    # Above 20 the gate rounds to 1: the bound keeps e^x finite.
    _, n = _mish_terms(np.minimum(x, 20.0))
    result = times_gate(x, n / (n + 2.0))
    far = x < FAR_LEFT
    if far.any():
        result[far] = x_times_exp(x[far], x[far])  # the gate is e^x there
    return result


def mish(x: ArrayLike) -> Result:
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
    :math:`n = t (t + 2)`. That form needs one exponential, where the
    article's form needs five (one in softplus, four in its tanh, written as
    a quotient of exponentials), and it neither overflows (the article's form
    gives ``nan`` for ``x > 710``) nor cancels. Its minimum is about -0.3088
    at :math:`x \approx -1.1924`.

    References
    ----------
    .. [1] D. Misra, "Mish: a self regularized non-monotonic activation
       function", BMVC 2020; https://arxiv.org/abs/1908.08681, 2019.

    Examples
    --------
    >>> from activation_functions import mish
    >>> mish([-1.0, 0.0, 1.0, 800.0])
    array([-3.03401461e-01,  0.00000000e+00,  8.65098388e-01,  8.00000000e+02])
    """
    return apply(_mish, x, "mish", "double")


def _mish_derivative(x: FloatArray) -> FloatArray:
    # Above 40 the second term is below half a unit of 1 and the derivative
    # rounds to 1; the bound keeps (n + 2)**2 finite. Below -64 the neglected
    # terms are below 2e-28 relative: the derivative is (1 + x) e^x, formed
    # where e^x alone is subnormal.
    clipped: FloatArray = np.clip(x, -64.0, 40.0)
    t, n = _mish_terms(clipped)
    denominator = n + 2.0
    result = n / denominator + 4.0 * clipped * t * (1.0 + t) / (denominator * denominator)
    far = x < -64.0
    if far.any():
        tail = np.maximum(x[far], -1100.0)
        result[far] = times_exp(1.0 + tail, tail)
    return result


def mish_derivative(x: ArrayLike) -> Result:
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
    return apply(_mish_derivative, x, "mish_derivative", "double")


def _gelu(x: FloatArray) -> FloatArray:
    # From 0 up, SciPy's ndtr. Below 0, x Phi(x) = G(x) e^(-x^2 / 2), with the
    # slowly varying G fitted to double precision and x^2 carried exactly
    # (ndtr is off by several ulp there, and 1 + erf cancels from x = -8.3).
    result = x * special.ndtr(np.maximum(x, 0.0))  # (NaN stays NaN)
    tail = x < 0.0
    if tail.any():
        result[tail] = x_times_cdf(np.maximum(x[tail], -40.0))  # beyond, < 1e-340
    return result


def _tanh_gelu_argument(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Return ``v = sqrt(8/pi) (x + 0.044715 x^3)`` as a rounded value and its error."""
    # In the left tail sigmoid(v) is about e^v with |v| up to 700, so an error
    # of one unit in v would be hundreds of units in the result: v is
    # evaluated in double-double arithmetic.
    scale, scale_low = _TANH_GELU_SCALE
    cubic, cubic_low = _TANH_GELU_CUBIC
    square, square_error = two_square(x)
    cube, cube_error = two_product(square, x)
    cube_error += square_error * x
    term, term_error = two_product(cubic, cube)
    term_error += cubic * cube_error + cubic_low * cube
    inner, inner_error = two_sum(x, term)
    inner_error += term_error
    argument, argument_error = two_product(scale, inner)
    argument_error += scale * inner_error + scale_low * inner
    return argument, argument_error


def _tanh_gelu(x: FloatArray) -> FloatArray:
    # (1 + tanh u) / 2 = sigmoid(2u), which does not cancel for negative u.
    clipped = np.clip(x, -30.0, 30.0)  # beyond, the gate is exactly 0 or 1
    argument, error = _tanh_gelu_argument(clipped)
    return _times_sigmoid(x, clipped, argument, error)


def gelu(x: ArrayLike, approximate: bool = False) -> Result:
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
       https://arxiv.org/abs/1606.08415, 2016.

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
    if check_flag(approximate, "approximate", "gelu"):
        return apply(_tanh_gelu, x, "gelu", "double")
    return apply(_gelu, x, "gelu", "double")


def _gelu_derivative(x: FloatArray) -> FloatArray:
    """Phi(x) + x phi(x); below 0, e^(-x^2 / 2) (G(x) / x + x / sqrt(2 pi))."""
    # Below 0, Phi(x) = G(x) phi(x) sqrt(2 pi) / x with the fitted G of
    # x Phi(x); the Gaussian factor and its multiplier are formed together,
    # with x^2 carried exactly, since e^(-x^2 / 2) is subnormal below -37.64
    # where the derivative is still normal.
    positive = np.clip(x, 0.0, 40.0)  # beyond 40 the second term is below 1e-340
    result = special.ndtr(x) + positive * _INVERSE_SQRT_TWO_PI * np.exp(-0.5 * positive**2)
    tail = (x < 0.0) & (x > -40.0)  # at and below -40, the result is below 1e-340
    if tail.any():
        negative = x[tail]
        multiplier = x_times_mills(negative) / negative + _INVERSE_SQRT_TWO_PI * negative
        square, square_error = two_square(negative)
        result[tail] = times_exp(multiplier, -0.5 * square) * (1.0 - 0.5 * square_error)
    return np.where(x <= -40.0, 0.0, result)


def _tanh_gelu_derivative(x: FloatArray) -> FloatArray:
    # sigma(v) + x v'(x) sigma(v) sigma(-v), with v carried in double-double.
    clipped = np.clip(x, -30.0, 30.0)  # beyond, exactly 0 or 1
    argument, error = _tanh_gelu_argument(clipped)
    scale, _ = _TANH_GELU_SCALE
    cubic, _ = _TANH_GELU_CUBIC
    slope = clipped * (scale * (1.0 + 3.0 * cubic * clipped * clipped))
    return _gated_slope(argument, error, slope, 0.0)


def gelu_derivative(x: ArrayLike, approximate: bool = False) -> Result:
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
    if check_flag(approximate, "approximate", "gelu_derivative"):
        return apply(_tanh_gelu_derivative, x, "gelu_derivative", "double")
    return apply(_gelu_derivative, x, "gelu_derivative", "double")


def _quick_gelu(x: FloatArray) -> FloatArray:
    if x.dtype == np.float32:
        # In float64 the rounding of 1.702 x moves e^(-1.702 x) by at most
        # 1.702 |x| float64 ulp, a few hundred: far below a float32 ulp.
        wide = x.astype(np.float64)
        with np.errstate(over="ignore"):  # (x / inf = -0 where the result is below float32's range)
            denominator = 1.0 + np.exp(-QUICK_GELU_SLOPE * wide)
        return np.maximum(wide, -1e300) / denominator  # (-inf / inf would be NaN)

    return _swish(x, QUICK_GELU_SLOPE)


def quick_gelu(x: ArrayLike) -> Result:
    r"""Quick GELU: GELU with its normal gate replaced by a sigmoid of slope 1.702.

    .. math::

        \operatorname{quick\_gelu}(x) = x\,\sigma(1.702\,x)
            = \frac{x}{1 + e^{-1.702\,x}}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-0.1636, \infty)`; the minimum is the Swish minimum
        divided by 1.702, at :math:`x \approx -0.7512`.

    See Also
    --------
    gelu : The function it approximates, :math:`x\,\Phi(x)`.
    swish : The same function is ``swish(x, beta=1.702)``.

    Notes
    -----
    Hendrycks and Gimpel noted that :math:`\Phi(x) \approx \sigma(1.702x)`:
    the two gates differ by at most 0.0095 (at :math:`x \approx \pm 0.57`),
    and the two functions by at most 0.020 (at :math:`x \approx \pm 2.27`).
    OpenAI's CLIP was trained with this form, so a CLIP checkpoint must be
    run with it, not with exact GELU. It is :func:`swish` with
    ``beta = 1.702`` and is computed the same way: in float64, with the
    rounding error of :math:`1.702x` carried into the sigmoid (for float32
    input, plain float64 arithmetic is enough).


    References
    ----------
    .. [1] D. Hendrycks and K. Gimpel, "Gaussian error linear units (GELUs)",
       https://arxiv.org/abs/1606.08415, 2016.
    .. [2] A. Radford et al., "Learning transferable visual models from
       natural language supervision", ICML 2021,
       https://arxiv.org/abs/2103.00020.

    Examples
    --------
    >>> from activation_functions import gelu, quick_gelu
    >>> quick_gelu([-1.0, 0.0, 1.0])
    array([-0.15420423,  0.        ,  0.84579577])
    >>> gelu([-1.0, 0.0, 1.0])
    array([-0.15865525,  0.        ,  0.84134475])
    """
    return apply(_quick_gelu, x, "quick_gelu", "single")


def quick_gelu_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`quick_gelu`.

    .. math::

        \operatorname{quick\_gelu}'(x) = \sigma(1.702x)
            + 1.702\,x\,\sigma(1.702x)\,\sigma(-1.702x)

    Examples
    --------
    >>> from activation_functions import quick_gelu_derivative
    >>> print(quick_gelu_derivative(0.0))
    0.5
    """
    return apply(
        lambda v: _swish_derivative(v, QUICK_GELU_SLOPE), x, "quick_gelu_derivative", "double"
    )
