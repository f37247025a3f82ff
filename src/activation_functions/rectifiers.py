"""ReLU and its relatives: leaky, parametric, randomized, capped, thresholded,
exponential, squared, and the smooth softplus and squareplus."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import LARGEST, FloatArray, Result, apply, check_parameter, keep_nan
from ._kernels.compensated import two_product, two_sum
from .sigmoids import _log1p_exp_minus_abs, _sigmoid, _step

__all__ = [
    "celu",
    "celu_derivative",
    "elu",
    "elu_derivative",
    "leaky_relu",
    "leaky_relu_derivative",
    "prelu",
    "prelu_derivative",
    "relu",
    "relu6",
    "relu6_derivative",
    "relu_derivative",
    "relu_squared",
    "relu_squared_derivative",
    "rrelu",
    "rrelu_derivative",
    "selu",
    "selu_derivative",
    "softplus",
    "softplus_derivative",
    "squareplus",
    "squareplus_derivative",
    "star_relu",
    "star_relu_derivative",
    "threshold",
    "threshold_derivative",
]

# Klambauer et al. (2017), eq. 14, to the digits the paper gives; the product
# is rounded once rather than twice.
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE_TIMES_ALPHA = 1.7580993408473768


def _relu(x: FloatArray) -> FloatArray:
    # (+ 0.0 makes -0.0 into +0.0: np.maximum keeps either zero, by dtype.)
    result = np.maximum(x, 0.0)
    result += 0.0
    return result


def relu(x: ArrayLike) -> Result:
    r"""Rectified linear unit: the input where positive, 0 elsewhere.

    .. math::

        \operatorname{relu}(x) = \max(0, x)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        ``max(0, x)`` elementwise; NaN stays NaN.

    See Also
    --------
    leaky_relu, elu, softplus, swish, gelu : Variants without a dead zone or
        with a smooth corner.

    Notes
    -----
    Its derivative is 1 for every positive input, so gradients pass through
    many layers without shrinking, and it costs one comparison. Units whose
    input stays negative receive no gradient at all ("dying ReLU").

    References
    ----------
    .. [1] V. Nair and G. E. Hinton, "Rectified linear units improve
       restricted Boltzmann machines", ICML 2010,
       https://mlanthology.org/icml/2010/nair2010icml-rectified/.
    .. [2] X. Glorot, A. Bordes and Y. Bengio, "Deep sparse rectifier neural
       networks", AISTATS 2011,
       https://proceedings.mlr.press/v15/glorot11a.html.

    Examples
    --------
    >>> from activation_functions import relu
    >>> relu([-3.0, 0.0, 2.5])
    array([0. , 0. , 2.5])
    >>> relu(float("nan"))
    np.float64(nan)
    """
    return apply(_relu, x, "relu", "native", blocks=False)


def relu_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`relu`.

    .. math::

        \operatorname{relu}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}

    At the kink ``x = 0`` the derivative is taken as 0, the derivative of the
    piece that contains 0 (the convention of PyTorch and JAX as well).

    Examples
    --------
    >>> from activation_functions import relu_derivative
    >>> relu_derivative([-1.0, 0.0, 1.0])
    array([0., 0., 1.])
    """
    return apply(_step, x, "relu_derivative", "native", blocks=False)  # relu' is the step


def _leaky(x: FloatArray, slope: float) -> FloatArray:
    if slope == 0.0:
        return _relu(x)  # slope * -inf would be NaN
    # With |slope| > 1, slope * x may exceed the largest float: the infinity
    # is then the correctly rounded result.
    with np.errstate(over="ignore"):
        result = x * slope
    np.copyto(result, x, where=x > 0.0)  # (no temporary larger than the result)
    return result


def _leaky_derivative(x: FloatArray, slope: float | FloatArray) -> FloatArray:
    result = np.empty_like(x)
    result[...] = slope
    np.copyto(result, 1.0, where=x > 0.0)
    return keep_nan(result, x)


def leaky_relu(x: ArrayLike, negative_slope: float = 0.01) -> Result:
    r"""Leaky ReLU: the identity for positive input, a small slope for negative input.

    .. math::

        \operatorname{leaky\_relu}(x) = \begin{cases} x & x > 0 \\
            a\,x & x \le 0 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    negative_slope : float, optional
        The slope :math:`a` for negative input; 0.01 as in Maas et al.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\infty, \infty)` for ``negative_slope > 0``.

    See Also
    --------
    relu : ``negative_slope = 0``.
    prelu : The slope is learned.
    rrelu : The slope is random during training.

    Notes
    -----
    The slope keeps a small gradient flowing to units whose input is
    negative, so they cannot "die". A slope of 0.01 is invisible in a plot of
    [-5, 5]; the gallery plots 0.1 and says so.

    References
    ----------
    .. [1] A. L. Maas, A. Y. Hannun and A. Y. Ng, "Rectifier nonlinearities
       improve neural network acoustic models", ICML Workshop on Deep
       Learning for Audio, Speech and Language Processing, 2013,
       https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf.

    Examples
    --------
    >>> from activation_functions import leaky_relu
    >>> leaky_relu([-10.0, 0.0, 5.0])
    array([-0.1,  0. ,  5. ])
    >>> leaky_relu([-10.0, 5.0], negative_slope=0.2)
    array([-2.,  5.])
    """
    slope = check_parameter(negative_slope, "negative_slope", "leaky_relu")
    return apply(lambda v: _leaky(v, slope), x, "leaky_relu", "native", (slope,), blocks=False)


def leaky_relu_derivative(x: ArrayLike, negative_slope: float = 0.01) -> Result:
    r"""Derivative of :func:`leaky_relu`: 1 for :math:`x > 0`, ``negative_slope`` otherwise.

    At the kink ``x = 0`` the derivative is that of the piece containing 0,
    ``negative_slope``.

    Examples
    --------
    >>> from activation_functions import leaky_relu_derivative
    >>> leaky_relu_derivative([-1.0, 0.0, 1.0])
    array([0.01, 0.01, 1.  ])
    """
    slope = check_parameter(negative_slope, "negative_slope", "leaky_relu_derivative")
    return apply(
        lambda v: _leaky_derivative(v, slope),
        x,
        "leaky_relu_derivative",
        "native",
        (slope,),
        blocks=False,
    )


def prelu(x: ArrayLike, weight: float = 0.25) -> Result:
    r"""Parametric ReLU: a leaky ReLU whose negative slope is learned.

    .. math::

        \operatorname{prelu}(x) = \begin{cases} x & x > 0 \\
            w\,x & x \le 0 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    weight : float, optional
        The slope :math:`w` for negative input. He et al. learn one per
        channel, starting from 0.25, the default here.

    Returns
    -------
    ndarray or scalar
        Same as :func:`leaky_relu` with ``negative_slope=weight``.

    See Also
    --------
    leaky_relu

    References
    ----------
    .. [1] K. He, X. Zhang, S. Ren and J. Sun, "Delving deep into rectifiers:
       surpassing human-level performance on ImageNet classification",
       ICCV 2015,
       https://doi.org/10.1109/ICCV.2015.123.

    Examples
    --------
    >>> from activation_functions import prelu
    >>> prelu([-2.0, 3.0])
    array([-0.5,  3. ])
    """
    slope = check_parameter(weight, "weight", "prelu")
    return apply(lambda v: _leaky(v, slope), x, "prelu", "native", (slope,), blocks=False)


def prelu_derivative(x: ArrayLike, weight: float = 0.25) -> Result:
    r"""Derivative of :func:`prelu` with respect to ``x``: 1 for :math:`x > 0`, ``weight`` otherwise.

    Examples
    --------
    >>> from activation_functions import prelu_derivative
    >>> prelu_derivative([-2.0, 3.0])
    array([0.25, 1.  ])
    """
    slope = check_parameter(weight, "weight", "prelu_derivative")
    return apply(
        lambda v: _leaky_derivative(v, slope),
        x,
        "prelu_derivative",
        "native",
        (slope,),
        blocks=False,
    )


def _rrelu_arguments(
    lower: float, upper: float, rng: np.random.Generator | None, function: str
) -> tuple[float, float]:
    lower = check_parameter(lower, "lower", function, nonnegative=True)
    upper = check_parameter(upper, "upper", function, nonnegative=True)
    if lower > upper:
        raise ValueError(f"{function}() needs lower <= upper; got lower={lower}, upper={upper}")
    if rng is not None and not isinstance(rng, np.random.Generator):
        raise TypeError(
            f"{function}() parameter 'rng' must be a numpy.random.Generator or None; "
            f"got {type(rng).__name__} (use np.random.default_rng(seed))"
        )
    return lower, upper


def _random_leaky(x: FloatArray, slopes: FloatArray) -> FloatArray:
    # A slope of exactly 0 gives 0, also at x = -inf (where 0 * -inf is NaN).
    negative = np.multiply(x, slopes, out=np.zeros_like(x), where=slopes != 0.0)
    return keep_nan(np.where(x > 0.0, x, negative), x)


def rrelu(
    x: ArrayLike,
    lower: float = 1.0 / 8.0,
    upper: float = 1.0 / 3.0,
    rng: np.random.Generator | None = None,
) -> Result:
    r"""Randomized leaky ReLU: the negative slope is drawn at random in training.

    .. math::

        \operatorname{rrelu}(x) = \begin{cases} x & x > 0 \\
            a\,x & x \le 0 \end{cases}, \qquad
        a \sim U(\text{lower}, \text{upper}) \text{ in training},\quad
        a = \frac{\text{lower} + \text{upper}}{2} \text{ in evaluation}

    Parameters
    ----------
    x : array_like
        Input values.
    lower, upper : float, optional
        Bounds of the slope; 1/8 and 1/3 as in PyTorch (Xu et al. draw
        :math:`1/a` from U(3, 8)).
    rng : numpy.random.Generator, optional
        If given, draw one slope per element from it (training mode). If
        None, use the mean slope (evaluation mode), which makes rrelu a
        deterministic :func:`leaky_relu`.

    Returns
    -------
    ndarray or scalar

    See Also
    --------
    leaky_relu

    References
    ----------
    .. [1] B. Xu, N. Wang, T. Chen and M. Li, "Empirical evaluation of
       rectified activations in convolutional network", https://arxiv.org/abs/1505.00853,
       2015.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import rrelu
    >>> rrelu([-24.0, 1.0])
    array([-5.5,  1. ])
    >>> slopes = rrelu(-np.ones(4), rng=np.random.default_rng(0)) / -1.0
    >>> bool(np.all((slopes >= 1 / 8) & (slopes <= 1 / 3)))
    True
    """
    lower, upper = _rrelu_arguments(lower, upper, rng, "rrelu")
    if rng is None:
        slope = (lower + upper) / 2.0
        return apply(lambda v: _leaky(v, slope), x, "rrelu", "native", (slope,), blocks=False)
    generator = rng
    # One slope per element, drawn in the order of the elements, block by block.
    return apply(
        lambda v: _random_leaky(v, generator.uniform(lower, upper, v.size).astype(v.dtype)),
        x,
        "rrelu",
        "native",
        (lower, upper),
    )


def rrelu_derivative(
    x: ArrayLike,
    lower: float = 1.0 / 8.0,
    upper: float = 1.0 / 3.0,
    rng: np.random.Generator | None = None,
) -> Result:
    r"""Derivative of :func:`rrelu`: 1 for :math:`x > 0`, the slope otherwise.

    Without ``rng`` the slope is the mean, as in evaluation mode. With a
    generator in the same state as the one given to :func:`rrelu`, the
    slopes are the ones :func:`rrelu` drew, element by element.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import rrelu, rrelu_derivative
    >>> rrelu_derivative([-1.0, 1.0], lower=0.1, upper=0.3)
    array([0.2, 1. ])
    >>> x = np.array([-2.0, -1.0, 3.0])
    >>> slopes = rrelu_derivative(x, rng=np.random.default_rng(0))
    >>> bool(np.all(rrelu(x, rng=np.random.default_rng(0)) == slopes * x))
    True
    """
    lower, upper = _rrelu_arguments(lower, upper, rng, "rrelu_derivative")
    if rng is None:
        slope = (lower + upper) / 2.0
        return apply(
            lambda v: _leaky_derivative(v, slope),
            x,
            "rrelu_derivative",
            "native",
            (slope,),
            blocks=False,
        )
    generator = rng
    return apply(
        lambda v: _leaky_derivative(v, generator.uniform(lower, upper, v.size).astype(v.dtype)),
        x,
        "rrelu_derivative",
        "native",
        (lower, upper),
    )


def relu6(x: ArrayLike) -> Result:
    r"""ReLU capped at 6.

    .. math::

        \operatorname{relu6}(x) = \min(\max(0, x), 6)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [0, 6].

    See Also
    --------
    relu, hard_tanh, hard_sigmoid

    Notes
    -----
    The cap bounds the activations, which suits low-precision arithmetic;
    MobileNet uses it, and :func:`hard_sigmoid` and :func:`hard_swish` are
    built from it.

    References
    ----------
    .. [1] A. Krizhevsky, "Convolutional deep belief networks on CIFAR-10",
       unpublished manuscript, 2010,
       https://www.cs.toronto.edu/~kriz/conv-cifar10-aug2010.pdf.

    Examples
    --------
    >>> from activation_functions import relu6
    >>> relu6([-1.0, 3.0, 10.0])
    array([0., 3., 6.])
    """
    return apply(lambda v: np.minimum(_relu(v), 6.0), x, "relu6", "native", blocks=False)


def relu6_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`relu6`: 1 on :math:`0 < x < 6`, 0 elsewhere (0 at both kinks).

    Examples
    --------
    >>> from activation_functions import relu6_derivative
    >>> relu6_derivative([0.0, 3.0, 6.0])
    array([0., 1., 0.])
    """
    return apply(
        lambda v: keep_nan(((v > 0.0) & (v < 6.0)).astype(v.dtype), v),
        x,
        "relu6_derivative",
        "native",
        blocks=False,
    )


def _threshold_arguments(threshold: float, value: float, function: str) -> tuple[float, float]:
    theta = check_parameter(threshold, "threshold", function, infinite=True)
    return theta, check_parameter(value, "value", function)


def threshold(x: ArrayLike, threshold: float, value: float) -> Result:
    r"""Threshold: the input where it exceeds ``threshold``, ``value`` elsewhere.

    .. math::

        \operatorname{threshold}(x) = \begin{cases} x & x > \theta \\
            v & x \le \theta \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    threshold : float
        :math:`\theta`. There is no standard value; ``threshold=0,
        value=0`` is :func:`relu`.
    value : float
        :math:`v`, the replacement at and below the threshold.

    Returns
    -------
    ndarray or scalar
        NaN stays NaN (PyTorch replaces it with ``value``).

    See Also
    --------
    relu, hardshrink

    Notes
    -----
    This general form has no paper of its own: it is the ``Threshold``
    module of Lua Torch (whose ReLU was ``Threshold(0, 0)``), kept by
    PyTorch. With ``value=0`` and a positive threshold it is the thresholded
    rectifier of Konda, Memisevic and Krueger [1]_ (Keras's
    ``ThresholdedReLU``, threshold 1 by default), which the catalogue takes
    as its parameters.

    References
    ----------
    .. [1] K. Konda, R. Memisevic and D. Krueger, "Zero-bias autoencoders and
       the benefits of co-adapting features", ICLR 2015,
       https://arxiv.org/abs/1402.3337.

    Examples
    --------
    >>> from activation_functions import threshold
    >>> threshold([-1.0, 0.05, 0.5, 2.0], threshold=0.1, value=20.0)
    array([20. , 20. ,  0.5,  2. ])
    """
    theta, replacement = _threshold_arguments(threshold, value, "threshold")
    return apply(
        lambda v: np.where(v <= theta, replacement, v),
        x,
        "threshold",
        "native",
        (theta, replacement),
        blocks=False,
    )


def threshold_derivative(x: ArrayLike, threshold: float, value: float) -> Result:
    r"""Derivative of :func:`threshold`: 1 above the threshold, 0 at and below it.

    ``value`` does not change the derivative; it is accepted so that the
    derivative takes the same arguments as the function.

    Examples
    --------
    >>> from activation_functions import threshold_derivative
    >>> threshold_derivative([0.0, 0.5], threshold=0.1, value=20.0)
    array([0., 1.])
    """
    theta, _ = _threshold_arguments(threshold, value, "threshold_derivative")
    return apply(
        lambda v: keep_nan((v > theta).astype(v.dtype), v),
        x,
        "threshold_derivative",
        "native",
        (theta,),
        blocks=False,
    )


def _expm1(x: FloatArray) -> FloatArray:
    """e^x - 1 for x <= 0, accurate where it is small (no cancellation)."""
    if x.dtype != np.float32:
        return np.expm1(x)
    # NumPy's float32 expm1 calls the C library one element at a time, where
    # its tanh is vectorised; for x <= 0, e^x - 1 = 2t / (1 - t) with
    # t = tanh(x / 2) is as accurate (nothing cancels).
    t: FloatArray = x * 0.5
    np.tanh(t, out=t)  # (in place: temporaries cost more than this arithmetic)
    denominator = 1.0 - t
    t *= 2.0
    t /= denominator
    return t


def _elu(x: FloatArray, alpha: float) -> FloatArray:
    # max(x, 0) + alpha (e^min(x, 0) - 1): expm1 keeps full precision where
    # e^x - 1 cancels (small |x|), and the exponential never sees a positive
    # argument. elu(x) has the sign of x, which copysign gives its zeros too.
    if alpha == 0.0:
        return _relu(x)
    result = _expm1(np.minimum(x, 0.0))
    result *= alpha
    result += np.maximum(x, 0.0)
    return np.copysign(result, x, out=result)


def elu(x: ArrayLike, alpha: float = 1.0) -> Result:
    r"""Exponential linear unit.

    .. math::

        \operatorname{elu}(x) = \begin{cases} x & x > 0 \\
            \alpha\,(e^{x} - 1) & x \le 0 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.
    alpha : float, optional
        The negative saturation value is :math:`-\alpha`; 1 as in Clevert
        et al.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\alpha, \infty)`.

    See Also
    --------
    selu : ELU scaled to self-normalise.
    celu : ELU made continuously differentiable for every alpha.

    Notes
    -----
    Computed as :math:`\max(x, 0) + \alpha\,\operatorname{expm1}(\min(x, 0))`:
    ``expm1`` keeps full precision where :math:`e^{x} - 1` would cancel
    (small :math:`|x|`), the exponential never sees a positive argument, and
    the sum picks the right piece without a branch per element.

    References
    ----------
    .. [1] D.-A. Clevert, T. Unterthiner and S. Hochreiter, "Fast and
       accurate deep network learning by exponential linear units (ELUs)",
       ICLR 2016; https://arxiv.org/abs/1511.07289, 2015.

    Examples
    --------
    >>> from activation_functions import elu
    >>> elu([-1000.0, -1e-20, 2.0])
    array([-1.e+00, -1.e-20,  2.e+00])
    """
    alpha = check_parameter(alpha, "alpha", "elu", nonnegative=True)
    return apply(lambda v: _elu(v, alpha), x, "elu", "single", (alpha,))


def _elu_derivative(x: FloatArray, alpha: float) -> FloatArray:
    return np.where(x > 0.0, 1.0, alpha * np.exp(np.minimum(x, 0.0))).astype(x.dtype)


def elu_derivative(x: ArrayLike, alpha: float = 1.0) -> Result:
    r"""Derivative of :func:`elu`: 1 for :math:`x > 0`, :math:`\alpha e^{x}` otherwise.

    At the kink ``x = 0`` the derivative is :math:`\alpha` (the piece
    containing 0); with ``alpha = 1`` both sides agree.

    Examples
    --------
    >>> from activation_functions import elu_derivative
    >>> elu_derivative([-1.0, 0.0, 1.0])
    array([0.36787944, 1.        , 1.        ])
    """
    alpha = check_parameter(alpha, "alpha", "elu_derivative", nonnegative=True)
    return apply(lambda v: _elu_derivative(v, alpha), x, "elu_derivative", "single", (alpha,))


def _selu(x: FloatArray) -> FloatArray:
    # Above 1.7e308 the exact result exceeds the largest float64: the
    # infinity that the product overflows to is the correctly rounded value.
    result = _expm1(np.minimum(x, 0.0))
    result *= SELU_SCALE_TIMES_ALPHA
    with np.errstate(over="ignore"):
        result += np.maximum(x, 0.0) * SELU_SCALE
    return np.copysign(result, x, out=result)  # (the sign of x, for its zeros)


def selu(x: ArrayLike) -> Result:
    r"""Scaled exponential linear unit, the self-normalising activation.

    .. math::

        \operatorname{selu}(x) = \lambda \begin{cases} x & x > 0 \\
            \alpha\,(e^{x} - 1) & x \le 0 \end{cases},
        \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\lambda\alpha, \infty) \approx (-1.7581, \infty)`.

    See Also
    --------
    elu

    Notes
    -----
    :math:`\lambda` and :math:`\alpha` are chosen so that a standard normal
    input gives an output of mean 0 and variance 1, which keeps the
    activations of a deep network normalised without batch normalisation.
    The constants are those of the paper; their product is rounded once.

    References
    ----------
    .. [1] G. Klambauer, T. Unterthiner, A. Mayr and S. Hochreiter,
       "Self-normalizing neural networks", NeurIPS 2017,
       https://arxiv.org/abs/1706.02515.

    Examples
    --------
    >>> from activation_functions import selu
    >>> selu([-1000.0, 0.0, 1.0])
    array([-1.75809934,  0.        ,  1.05070099])
    """
    return apply(_selu, x, "selu", "single")


def selu_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`selu`: :math:`\lambda` for :math:`x > 0`, :math:`\lambda\alpha e^{x}` otherwise.

    Examples
    --------
    >>> from activation_functions import selu_derivative
    >>> selu_derivative([-1.0, 1.0])
    array([0.6467686 , 1.05070099])
    """
    return apply(
        lambda v: np.where(
            v > 0.0, SELU_SCALE, SELU_SCALE_TIMES_ALPHA * np.exp(np.minimum(v, 0.0))
        ),
        x,
        "selu_derivative",
        "single",
    )


def _celu(x: FloatArray, alpha: float) -> FloatArray:
    if alpha == 1.0:
        return _elu(x, 1.0)
    inside = np.minimum(x, 0.0) / alpha
    result = _expm1(inside)
    result *= alpha
    if alpha > 1.0:
        # Where |x / alpha| < 1e-17, alpha (e^(x / alpha) - 1) rounds to x
        # itself, while x / alpha may be too small to be a normal number.
        np.copyto(result, np.minimum(x, 0.0), where=inside > -1e-17)
    result += np.maximum(x, 0.0)
    return np.copysign(result, x, out=result)  # (the sign of x, for its zeros)


def celu(x: ArrayLike, alpha: float = 1.0) -> Result:
    r"""Continuously differentiable exponential linear unit.

    .. math::

        \operatorname{celu}(x) = \max(0, x) + \min\bigl(0, \alpha\,(e^{x/\alpha} - 1)\bigr)

    Parameters
    ----------
    x : array_like
        Input values.
    alpha : float, optional
        Positive scale; 1 by default (then celu equals :func:`elu`).

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\alpha, \infty)`.

    See Also
    --------
    elu : Has a kink at 0 unless ``alpha = 1``.

    Notes
    -----
    Dividing by :math:`\alpha` inside the exponential makes the slope at
    :math:`0^-` equal to 1 for every :math:`\alpha`, so the derivative is
    continuous.

    References
    ----------
    .. [1] J. T. Barron, "Continuously differentiable exponential linear
       units", https://arxiv.org/abs/1704.07483, 2017.

    Examples
    --------
    >>> from activation_functions import celu
    >>> celu([-1000.0, -1.0, 1.0], alpha=2.0)
    array([-2.        , -0.78693868,  1.        ])
    """
    alpha = check_parameter(alpha, "alpha", "celu", positive=True)
    return apply(lambda v: _celu(v, alpha), x, "celu", "single", (alpha,))


def celu_derivative(x: ArrayLike, alpha: float = 1.0) -> Result:
    r"""Derivative of :func:`celu`: 1 for :math:`x > 0`, :math:`e^{x/\alpha}` otherwise.

    Examples
    --------
    >>> from activation_functions import celu_derivative
    >>> celu_derivative([-2.0, 0.0, 2.0], alpha=2.0)
    array([0.36787944, 1.        , 1.        ])
    """
    alpha = check_parameter(alpha, "alpha", "celu_derivative", positive=True)
    return apply(lambda v: _celu_derivative(v, alpha), x, "celu_derivative", "double", (alpha,))


def _celu_derivative(x: FloatArray, alpha: float) -> FloatArray:
    if alpha == 1.0:
        return _elu_derivative(x, 1.0)
    # e^(x / alpha) magnifies the rounding error of x / alpha by |x / alpha|:
    # with q = fl(x / alpha) and r = x - q alpha (exact, from two_product),
    # e^(x / alpha) = e^q (1 + r / alpha) to first order.
    nonpositive = np.minimum(x, 0.0)
    q = np.maximum(nonpositive / alpha, -1100.0)  # below, e^q is 0 (and -inf stays out)
    product, product_error = two_product(alpha, q)
    correction = ((nonpositive - product) - product_error) / alpha
    correction = np.where((q > -800.0) & (np.abs(q) > 1e-290), correction, 0.0)
    return np.where(x > 0.0, 1.0, np.exp(q) * (1.0 + correction))


def _softplus(x: FloatArray) -> FloatArray:
    # log(1 + e^x) = max(x, 0) + log(1 + e^-|x|): exp never overflows, and
    # log1p keeps e^x where it is all there is (x < -37).
    correction = _log1p_exp_minus_abs(x)
    correction += np.maximum(x, 0.0)
    return correction


def softplus(x: ArrayLike) -> Result:
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
       pricing", NIPS 2000,
       https://papers.nips.cc/paper/2000/hash/44968aece94f667e4095002d140b5896-Abstract.html.

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
    return apply(_softplus, x, "softplus", "double")


def softplus_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`softplus`: the sigmoid.

    .. math::

        \operatorname{softplus}'(x) = \sigma(x) = \frac{1}{1 + e^{-x}}

    Examples
    --------
    >>> from activation_functions import softplus_derivative
    >>> print(softplus_derivative(0.0))
    0.5
    """
    return apply(_sigmoid, x, "softplus_derivative", "single")


def _relu_squared(x: FloatArray) -> FloatArray:
    result = _relu(x)
    result *= result  # beyond the largest float, inf is the rounded square
    return result


def relu_squared(x: ArrayLike) -> Result:
    r"""Squared ReLU: the square of the input where positive, 0 elsewhere.

    .. math::

        \operatorname{relu\_squared}(x) = \max(0, x)^2

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[0, \infty)`.

    See Also
    --------
    relu : Its square root.
    star_relu : Squared ReLU with a scale and a bias.

    Notes
    -----
    So et al. found it by searching over Transformer architectures (Primer):
    in the feed-forward block it reached the same quality as ReLU or GELU
    with less training compute. Unlike ReLU it has a continuous derivative,
    :math:`2\max(0, x)`, but it grows without bound faster than the input.

    References
    ----------
    .. [1] D. R. So, W. Manke, H. Liu, Z. Dai, N. Shazeer and Q. V. Le,
       "Primer: searching for efficient Transformers for language modeling",
       NeurIPS 2021; https://arxiv.org/abs/2109.08668.

    Examples
    --------
    >>> from activation_functions import relu_squared
    >>> relu_squared([-2.0, 0.0, 0.5, 3.0])
    array([0.  , 0.  , 0.25, 9.  ])
    """
    return apply(_relu_squared, x, "relu_squared", "native", blocks=False)


def relu_squared_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`relu_squared`: twice the ReLU.

    .. math::

        \operatorname{relu\_squared}'(x) = 2\max(0, x)

    Examples
    --------
    >>> from activation_functions import relu_squared_derivative
    >>> relu_squared_derivative([-1.0, 0.0, 1.5])
    array([0., 0., 3.])
    """
    # (StarReLU's derivative at scale 1: 2 relu(x).)
    return apply(
        lambda v: _star_relu_derivative(v, 1.0),
        x,
        "relu_squared_derivative",
        "native",
        blocks=False,
    )


# MetaFormer's initial values: with them a standard normal input gives an
# output of mean 0 and variance 1 (E[relu(Z)^2] = 1/2, Var[relu(Z)^2] = 5/4).
STAR_RELU_SCALE = 0.8944
STAR_RELU_BIAS = -0.4472


def _star_relu(x: FloatArray, scale: float, bias: float) -> FloatArray:
    r = _relu(x)
    if scale == 0.0:
        return keep_nan(np.full_like(x, bias), x)  # (0 * inf would be NaN)
    # (scale r) r overflows only where scale r^2 does: the infinity is then
    # its rounding.
    result = scale * r
    result *= r
    result += bias
    # Where scale r^2 is close to -bias the sum cancels, and the roundings of
    # the product would be all that is left: there the product is carried
    # exactly, as a sum of floats.
    near = np.abs(result) < 0.5 * abs(bias)
    if near.any():
        result[near] = _exact_square_plus(r[near], scale, bias)
    return result


def _exact_square_plus(r: FloatArray, scale: float, bias: float) -> FloatArray:
    """``scale r^2 + bias`` rounded once, for moderate values."""
    p, e = two_product(scale, r)  # scale r = p + e
    q, f = two_product(p, r)  # scale r^2 = q + f + e r
    total, t = two_sum(q, np.full_like(q, bias))
    return total + (t + f + e * r)


def star_relu(x: ArrayLike, scale: float = STAR_RELU_SCALE, bias: float = STAR_RELU_BIAS) -> Result:
    r"""StarReLU: a squared ReLU, scaled and shifted.

    .. math::

        \operatorname{star\_relu}(x) = s \max(0, x)^2 + b

    Parameters
    ----------
    x : array_like
        Input values.
    scale : float, optional
        The scale :math:`s`; 0.8944 by default.
    bias : float, optional
        The bias :math:`b`; -0.4472 by default.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[b, \infty)` for :math:`s > 0`.

    See Also
    --------
    relu_squared : StarReLU with :math:`s = 1, b = 0`.

    Notes
    -----
    Yu et al. (MetaFormer) learn :math:`s` and :math:`b` and start them at
    :math:`s = 1/\sqrt{5/4} \approx 0.8944` and
    :math:`b = -s/2 \approx -0.4472`: for a standard normal input
    :math:`\max(0, Z)^2` has mean 1/2 and variance 5/4, so these values give
    the output mean 0 and variance 1.

    Where :math:`s x^2` is close to :math:`-b` (near :math:`x = 0.7071`) the
    sum cancels; there the product is carried exactly.

    References
    ----------
    .. [1] W. Yu, C. Si, P. Zhou, M. Luo, Y. Zhou, J. Feng, S. Yan and X.
       Wang, "MetaFormer baselines for vision", IEEE TPAMI 46, 896-912,
       2024; https://arxiv.org/abs/2210.13452, 2022.


    Examples
    --------
    >>> from activation_functions import star_relu
    >>> star_relu([-1.0, 0.0, 1.0, 2.0])
    array([-0.4472, -0.4472,  0.4472,  3.1304])
    """
    scale = check_parameter(scale, "scale", "star_relu")
    bias = check_parameter(bias, "bias", "star_relu")
    return apply(lambda v: _star_relu(v, scale, bias), x, "star_relu", "double")


def _star_relu_derivative(x: FloatArray, scale: float) -> FloatArray:
    if scale == 0.0:
        return keep_nan(np.zeros_like(x), x)
    result = _relu(x)
    result *= 2.0 * scale
    return result


def star_relu_derivative(
    x: ArrayLike, scale: float = STAR_RELU_SCALE, bias: float = STAR_RELU_BIAS
) -> Result:
    r"""Derivative of :func:`star_relu`.

    .. math::

        \operatorname{star\_relu}'(x) = 2 s \max(0, x)

    Examples
    --------
    >>> from activation_functions import star_relu_derivative
    >>> star_relu_derivative([-1.0, 0.0, 1.0])
    array([0.    , 0.    , 1.7888])
    """
    scale = check_parameter(scale, "scale", "star_relu_derivative")
    check_parameter(bias, "bias", "star_relu_derivative")
    return apply(lambda v: _star_relu_derivative(v, scale), x, "star_relu_derivative", "double")


def _root(x: FloatArray, b: float) -> FloatArray:
    """Return ``sqrt(x^2 + b)``, without overflow where it is finite."""
    if b > LARGEST[x.dtype] / 4:  # x^2 + b could overflow where the root does not
        return np.hypot(x, np.sqrt(b))
    square = x * x
    root = np.sqrt(square + b, out=square)
    large = np.isinf(root) & np.isfinite(x)
    if large.any():  # x^2 overflowed: |x| sqrt(1 + b / x^2)
        magnitude = np.abs(x[large])
        root[large] = magnitude * np.sqrt(1.0 + b / magnitude / magnitude)
    return root


def _squareplus(x: FloatArray, b: float) -> FloatArray:
    if b == 0.0:
        return _relu(x)
    # With h = sqrt(x^2 + b), x + h cancels for x < 0. Since
    # (h - |x|)(h + |x|) = b, (x + h) / 2 = max(x, 0) + b / (2 (h + |x|)):
    # two terms that are never negative, so nothing cancels. (Halves, since
    # h + |x| may overflow; b is divided first, since b / 4 may be subnormal.)
    half_sum = _root(x, b)
    half_sum *= 0.5
    half_sum += 0.5 * np.abs(x)
    result = np.divide(b, half_sum, out=half_sum)
    result *= 0.25
    result += _relu(x)
    return result


def squareplus(x: ArrayLike, b: float = 4.0) -> Result:
    r"""Squareplus: a smooth ReLU built from a square root instead of exponentials.

    .. math::

        \operatorname{squareplus}_b(x) = \frac{x + \sqrt{x^2 + b}}{2}

    Parameters
    ----------
    x : array_like
        Input values.
    b : float, optional
        How wide the rounded corner is, :math:`b \ge 0`; 4 by default. With
        :math:`b = 0` squareplus is :func:`relu`.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(0, \infty)` for :math:`b > 0`.

    See Also
    --------
    softplus : The smooth ReLU it imitates; squareplus needs no exponential.
    relu

    Notes
    -----
    Barron proposed it as a cheaper softplus: it uses only a multiplication,
    an addition and a square root. It is 1 at 0 (for :math:`b = 4`),
    approaches 0 like :math:`b / (4|x|)` to the left and :math:`x` to the
    right. Written as it is defined it cancels for negative :math:`x` (and
    gives 0 below :math:`x \approx -1.3 \times 10^8`) and overflows for
    :math:`|x| > 10^{154}`.
    Here, for :math:`x < 0`, the value is the equal
    :math:`b / (2(\sqrt{x^2 + b} - x))`, where nothing cancels, and where
    :math:`x^2` overflows the root is :math:`|x|\sqrt{1 + b/x^2}`.


    References
    ----------
    .. [1] J. T. Barron, "Squareplus: a softplus-like algebraic rectifier",
       https://arxiv.org/abs/2112.11687, 2021.

    Examples
    --------
    >>> from activation_functions import squareplus
    >>> squareplus([-1e10, -1.0, 0.0, 1.0])
    array([1.00000000e-10, 6.18033989e-01, 1.00000000e+00, 1.61803399e+00])
    """
    b = check_parameter(b, "b", "squareplus", nonnegative=True)
    return apply(lambda v: _squareplus(v, b), x, "squareplus", "single", (b,))


def _squareplus_derivative(x: FloatArray, b: float) -> FloatArray:
    if b == 0.0:
        return _step(x)
    # (1 + x / h) / 2 is q = b / (2 h (h + |x|)) for x < 0 and 1 - q for
    # x >= 0: no cancellation, and no inf / inf at x = inf.
    h = _root(x, b)
    q = (b / 2.0) / h
    q /= h + np.abs(x)
    return np.where(x < 0.0, q, 1.0 - q)


def squareplus_derivative(x: ArrayLike, b: float = 4.0) -> Result:
    r"""Derivative of :func:`squareplus`.

    .. math::

        \operatorname{squareplus}_b'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)

    Examples
    --------
    >>> from activation_functions import squareplus_derivative
    >>> print(squareplus_derivative(0.0))
    0.5
    """
    b = check_parameter(b, "b", "squareplus_derivative", nonnegative=True)
    return apply(lambda v: _squareplus_derivative(v, b), x, "squareplus_derivative", "single", (b,))
