"""ReLU's relatives: leaky, parametric, randomized, capped, thresholded, exponential."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._arrays import as_float_array, check_parameter, keep_nan, restore

__all__ = [
    "celu",
    "celu_derivative",
    "elu",
    "elu_derivative",
    "leaky_relu",
    "leaky_relu_derivative",
    "prelu",
    "prelu_derivative",
    "relu6",
    "relu6_derivative",
    "rrelu",
    "rrelu_derivative",
    "selu",
    "selu_derivative",
    "threshold",
    "threshold_derivative",
]

FloatArray = NDArray[np.floating[Any]]

# Klambauer et al. (2017), eq. 14, to the digits the paper gives; the product
# is rounded once rather than twice.
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE_TIMES_ALPHA = 1.7580993408473768


def _leaky(values: FloatArray, slope: float) -> FloatArray:
    if slope == 0.0:
        return np.maximum(values, 0.0)  # avoids -inf * 0
    if 0.0 < slope <= 1.0:
        # max(x, a x) selects x for x > 0 and a x otherwise, without a branch.
        return np.maximum(values, np.multiply(values, slope))
    # With |slope| > 1, slope * x may exceed the largest float: the infinity
    # is then the correctly rounded result.
    with np.errstate(over="ignore"):
        result = np.multiply(np.minimum(values, 0.0), slope)
    return np.add(result, np.maximum(values, 0.0), out=result)


def _leaky_derivative(values: FloatArray, slope: float) -> FloatArray:
    return keep_nan(np.where(values > 0.0, 1.0, slope).astype(values.dtype), values)


def _exponential_branch(values: FloatArray, scale: float, alpha: float = 1.0) -> FloatArray:
    """Return ``scale * (exp(min(x, 0) / alpha) - 1)``: the negative piece of the ELUs."""
    result = np.minimum(values, 0.0)  # the unused positive piece must not overflow
    if alpha != 1.0:
        result /= alpha
    if result.dtype == np.float32:
        # NumPy's float32 expm1 calls the C library element by element;
        # expm1(x) = 2t / (1 - t) with t = tanh(x / 2) is as accurate for
        # x <= 0 (nothing cancels) and uses tanh's vectorised loop.
        result *= 0.5
        np.tanh(result, out=result)
        denominator = np.subtract(1.0, result)
        result *= 2.0
        np.divide(result, denominator, out=result)
    else:
        np.expm1(result, out=result)
    result *= scale
    if alpha != 1.0:
        # x / alpha may be subnormal and lose bits; there the result is x
        # (the next term, x**2 / (2 alpha), is far below an ulp).
        tiny = np.abs(values) < 1e-30 * alpha
        np.copyto(result, np.minimum(values, 0.0) * (scale / alpha), where=tiny)
    return result


def leaky_relu(x: ArrayLike, negative_slope: float = 0.01) -> Any:
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
       Learning for Audio, Speech and Language Processing, 2013.

    Examples
    --------
    >>> from activation_functions import leaky_relu
    >>> leaky_relu([-10.0, 0.0, 5.0])
    array([-0.1,  0. ,  5. ])
    >>> leaky_relu([-10.0, 5.0], negative_slope=0.2)
    array([-2.,  5.])
    """
    values, output = as_float_array(x, "leaky_relu", "same")
    slope = check_parameter(negative_slope, "negative_slope", "leaky_relu")
    return restore(_leaky(values, slope), output)


def leaky_relu_derivative(x: ArrayLike, negative_slope: float = 0.01) -> Any:
    r"""Derivative of :func:`leaky_relu`: 1 for :math:`x > 0`, ``negative_slope`` otherwise.

    At the kink ``x = 0`` the derivative is that of the piece containing 0,
    ``negative_slope``.

    Examples
    --------
    >>> from activation_functions import leaky_relu_derivative
    >>> leaky_relu_derivative([-1.0, 0.0, 1.0])
    array([0.01, 0.01, 1.  ])
    """
    values, output = as_float_array(x, "leaky_relu_derivative", "same")
    slope = check_parameter(negative_slope, "negative_slope", "leaky_relu_derivative")
    return restore(_leaky_derivative(values, slope), output)


def prelu(x: ArrayLike, weight: float = 0.25) -> Any:
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
       ICCV 2015.

    Examples
    --------
    >>> from activation_functions import prelu
    >>> prelu([-2.0, 3.0])
    array([-0.5,  3. ])
    """
    values, output = as_float_array(x, "prelu", "same")
    slope = check_parameter(weight, "weight", "prelu")
    return restore(_leaky(values, slope), output)


def prelu_derivative(x: ArrayLike, weight: float = 0.25) -> Any:
    r"""Derivative of :func:`prelu` with respect to ``x``: 1 for :math:`x > 0`, ``weight`` otherwise.

    Examples
    --------
    >>> from activation_functions import prelu_derivative
    >>> prelu_derivative([-2.0, 3.0])
    array([0.25, 1.  ])
    """
    values, output = as_float_array(x, "prelu_derivative", "same")
    slope = check_parameter(weight, "weight", "prelu_derivative")
    return restore(_leaky_derivative(values, slope), output)


def _rrelu_bounds(lower: float, upper: float, function: str) -> tuple[float, float]:
    lower = check_parameter(lower, "lower", function, nonnegative=True)
    upper = check_parameter(upper, "upper", function, nonnegative=True)
    if lower > upper:
        raise ValueError(f"{function}() needs lower <= upper; got lower={lower}, upper={upper}")
    return lower, upper


def rrelu(
    x: ArrayLike,
    lower: float = 1.0 / 8.0,
    upper: float = 1.0 / 3.0,
    rng: np.random.Generator | None = None,
) -> Any:
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
       rectified activations in convolutional network", arXiv:1505.00853,
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
    values, output = as_float_array(x, "rrelu", "same")
    lower, upper = _rrelu_bounds(lower, upper, "rrelu")
    if rng is None:
        return restore(_leaky(values, (lower + upper) / 2.0), output)
    slopes = rng.uniform(lower, upper, size=values.shape).astype(values.dtype)
    negative = np.zeros_like(values)
    np.multiply(slopes, values, out=negative, where=slopes != 0.0)
    return restore(np.where(values > 0.0, values, negative), output)


def rrelu_derivative(x: ArrayLike, lower: float = 1.0 / 8.0, upper: float = 1.0 / 3.0) -> Any:
    r"""Derivative of :func:`rrelu` in evaluation mode: 1 for :math:`x > 0`, the mean slope otherwise.

    Examples
    --------
    >>> from activation_functions import rrelu_derivative
    >>> rrelu_derivative([-1.0, 1.0], lower=0.1, upper=0.3)
    array([0.2, 1. ])
    """
    values, output = as_float_array(x, "rrelu_derivative", "same")
    lower, upper = _rrelu_bounds(lower, upper, "rrelu_derivative")
    return restore(_leaky_derivative(values, (lower + upper) / 2.0), output)


def relu6(x: ArrayLike) -> Any:
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
       unpublished manuscript, 2010.

    Examples
    --------
    >>> from activation_functions import relu6
    >>> relu6([-1.0, 3.0, 10.0])
    array([0., 3., 6.])
    """
    values, output = as_float_array(x, "relu6", "same")
    return restore(values.clip(0.0, 6.0), output)


def relu6_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`relu6`: 1 on :math:`0 < x < 6`, 0 elsewhere (0 at both kinks).

    Examples
    --------
    >>> from activation_functions import relu6_derivative
    >>> relu6_derivative([0.0, 3.0, 6.0])
    array([0., 1., 0.])
    """
    values, output = as_float_array(x, "relu6_derivative", "same")
    inside = (values > 0.0) & (values < 6.0)
    return restore(keep_nan(inside.astype(values.dtype), values), output)


def threshold(x: ArrayLike, threshold: float, value: float) -> Any:
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

    Examples
    --------
    >>> from activation_functions import threshold
    >>> threshold([-1.0, 0.05, 0.5, 2.0], threshold=0.1, value=20.0)
    array([20. , 20. ,  0.5,  2. ])
    """
    values, output = as_float_array(x, "threshold", "same")
    theta = check_parameter(threshold, "threshold", "threshold")
    replacement = check_parameter(value, "value", "threshold")
    return restore(np.where(values <= theta, replacement, values), output)


def threshold_derivative(x: ArrayLike, threshold: float, value: float) -> Any:
    r"""Derivative of :func:`threshold`: 1 above the threshold, 0 at and below it.

    ``value`` does not change the derivative; it is accepted so that the
    derivative takes the same arguments as the function.

    Examples
    --------
    >>> from activation_functions import threshold_derivative
    >>> threshold_derivative([0.0, 0.5], threshold=0.1, value=20.0)
    array([0., 1.])
    """
    values, output = as_float_array(x, "threshold_derivative", "same")
    theta = check_parameter(threshold, "threshold", "threshold_derivative")
    check_parameter(value, "value", "threshold_derivative")
    return restore(keep_nan((values > theta).astype(values.dtype), values), output)


def elu(x: ArrayLike, alpha: float = 1.0) -> Any:
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
       ICLR 2016; arXiv:1511.07289, 2015.

    Examples
    --------
    >>> from activation_functions import elu
    >>> elu([-1000.0, -1e-20, 2.0])
    array([-1.e+00, -1.e-20,  2.e+00])
    """
    values, output = as_float_array(x, "elu", "single")
    alpha = check_parameter(alpha, "alpha", "elu", nonnegative=True)
    result = _exponential_branch(values, alpha)
    return restore(np.add(result, np.maximum(values, 0.0), out=result), output)


def elu_derivative(x: ArrayLike, alpha: float = 1.0) -> Any:
    r"""Derivative of :func:`elu`: 1 for :math:`x > 0`, :math:`\alpha e^{x}` otherwise.

    At the kink ``x = 0`` the derivative is :math:`\alpha` (the piece
    containing 0); with ``alpha = 1`` both sides agree.

    Examples
    --------
    >>> from activation_functions import elu_derivative
    >>> elu_derivative([-1.0, 0.0, 1.0])
    array([0.36787944, 1.        , 1.        ])
    """
    values, output = as_float_array(x, "elu_derivative", "single")
    alpha = check_parameter(alpha, "alpha", "elu_derivative", nonnegative=True)
    negative = alpha * np.exp(np.minimum(values, 0.0))
    return restore(np.where(values > 0.0, 1.0, negative), output)


def selu(x: ArrayLike) -> Any:
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
       "Self-normalizing neural networks", NeurIPS 2017.

    Examples
    --------
    >>> from activation_functions import selu
    >>> selu([-1000.0, 0.0, 1.0])
    array([-1.75809934,  0.        ,  1.05070099])
    """
    values, output = as_float_array(x, "selu", "single")
    result = _exponential_branch(values, SELU_SCALE_TIMES_ALPHA)
    # Above 1.7e308 the exact result exceeds the largest float64: the
    # infinity that the product overflows to is the correctly rounded value.
    with np.errstate(over="ignore"):
        positive = np.multiply(np.maximum(values, 0.0), SELU_SCALE)
    return restore(np.add(result, positive, out=result), output)


def selu_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`selu`: :math:`\lambda` for :math:`x > 0`, :math:`\lambda\alpha e^{x}` otherwise.

    Examples
    --------
    >>> from activation_functions import selu_derivative
    >>> selu_derivative([-1.0, 1.0])
    array([0.6467686 , 1.05070099])
    """
    values, output = as_float_array(x, "selu_derivative", "single")
    negative = SELU_SCALE_TIMES_ALPHA * np.exp(np.minimum(values, 0.0))
    return restore(np.where(values > 0.0, SELU_SCALE, negative), output)


def celu(x: ArrayLike, alpha: float = 1.0) -> Any:
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
       units", arXiv:1704.07483, 2017.

    Examples
    --------
    >>> from activation_functions import celu
    >>> celu([-1000.0, -1.0, 1.0], alpha=2.0)
    array([-2.        , -0.78693868,  1.        ])
    """
    values, output = as_float_array(x, "celu", "single")
    alpha = check_parameter(alpha, "alpha", "celu", positive=True)
    result = _exponential_branch(values, alpha, alpha)
    return restore(np.add(result, np.maximum(values, 0.0), out=result), output)


def celu_derivative(x: ArrayLike, alpha: float = 1.0) -> Any:
    r"""Derivative of :func:`celu`: 1 for :math:`x > 0`, :math:`e^{x/\alpha}` otherwise.

    Examples
    --------
    >>> from activation_functions import celu_derivative
    >>> celu_derivative([-2.0, 0.0, 2.0], alpha=2.0)
    array([0.36787944, 1.        , 1.        ])
    """
    values, output = as_float_array(x, "celu_derivative", "single")
    alpha = check_parameter(alpha, "alpha", "celu_derivative", positive=True)
    negative = np.exp(np.minimum(values, 0.0) / alpha)
    return restore(np.where(values > 0.0, 1.0, negative), output)
