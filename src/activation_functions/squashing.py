"""S-shaped functions with bounded output: sigmoid, tanh, softsign, log-sigmoid."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike
from scipy import special

from ._arrays import as_float_array, restore

__all__ = [
    "log_sigmoid",
    "log_sigmoid_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "softsign",
    "softsign_derivative",
    "tanh",
    "tanh_derivative",
]

# Beyond 2**60 in magnitude, x / (1 + |x|) rounds to +-1 in float64; clipping
# there keeps infinities finite so that inf / inf never produces NaN.
_SOFTSIGN_SATURATION = 2.0**60


def sigmoid(x: ArrayLike) -> Any:
    r"""Logistic sigmoid: squashes any real number into (0, 1).

    .. math::

        \sigma(x) = \frac{1}{1 + e^{-x}}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [0, 1] (0 and 1 only where the exact value rounds to them).

    See Also
    --------
    log_sigmoid : Its logarithm, accurate where sigmoid underflows.
    hard_sigmoid : A piecewise linear approximation.
    tanh : The same curve stretched to (-1, 1): ``tanh(x) = 2 sigmoid(2x) - 1``.

    Notes
    -----
    The textbook formula overflows in ``exp(-x)`` for ``x < -709`` (float64).
    This function evaluates :math:`1 / (1 + e^{-x})` for :math:`x \ge 0` and
    :math:`e^{x} / (1 + e^{x})` for :math:`x < 0` (SciPy's ``expit``), so the
    exponential never overflows and small results keep full relative accuracy.
    Its derivative is at most 1/4, which is why deep sigmoid networks suffer
    from vanishing gradients.

    References
    ----------
    .. [1] D. E. Rumelhart, G. E. Hinton and R. J. Williams, "Learning
       representations by back-propagating errors", Nature 323, 533-536, 1986.

    Examples
    --------
    >>> from activation_functions import sigmoid
    >>> sigmoid([-1.0, 0.0, 1.0])
    array([0.26894142, 0.5       , 0.73105858])

    No overflow warning and no loss of precision far in the tails:

    >>> sigmoid([-1000.0, -700.0, 1000.0])
    array([0.00000000e+000, 9.85967654e-305, 1.00000000e+000])
    """
    values, dtype = as_float_array(x, "sigmoid")
    return restore(special.expit(values), dtype)


def sigmoid_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`sigmoid`.

    .. math::

        \sigma'(x) = \sigma(x)\,\sigma(-x) = \sigma(x)\,(1 - \sigma(x))

    The product :math:`\sigma(x)\sigma(-x)` is used because :math:`1 - \sigma(x)`
    loses all its digits once :math:`\sigma(x)` rounds to 1.

    Examples
    --------
    >>> from activation_functions import sigmoid_derivative
    >>> print(sigmoid_derivative(0.0))
    0.25
    >>> print(sigmoid_derivative(40.0))
    4.248354255291589e-18
    """
    values, dtype = as_float_array(x, "sigmoid_derivative")
    return restore(special.expit(values) * special.expit(-values), dtype)


def log_sigmoid(x: ArrayLike) -> Any:
    r"""Logarithm of the sigmoid.

    .. math::

        \log\sigma(x) = -\log\left(1 + e^{-x}\right) = -\operatorname{softplus}(-x)

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(-\infty, 0)`.

    See Also
    --------
    sigmoid, softplus

    Notes
    -----
    Computed as :math:`\min(x, 0) - \operatorname{log1p}(e^{-|x|})`, which never
    overflows; ``log(sigmoid(x))`` would return ``-inf`` once ``sigmoid(x)``
    underflows.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import log_sigmoid, sigmoid
    >>> log_sigmoid([-800.0, 0.0, 40.0])
    array([-8.00000000e+02, -6.93147181e-01, -4.24835426e-18])
    >>> with np.errstate(divide="ignore"):
    ...     print(np.log(sigmoid(-800.0)))  # the naive way
    -inf
    """
    values, dtype = as_float_array(x, "log_sigmoid")
    return restore(np.minimum(values, 0.0) - np.log1p(np.exp(-np.abs(values))), dtype)


def log_sigmoid_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`log_sigmoid`.

    .. math::

        \frac{d}{dx}\log\sigma(x) = \sigma(-x)

    Examples
    --------
    >>> from activation_functions import log_sigmoid_derivative
    >>> print(log_sigmoid_derivative(0.0))
    0.5
    """
    values, dtype = as_float_array(x, "log_sigmoid_derivative")
    return restore(special.expit(-values), dtype)


def tanh(x: ArrayLike) -> Any:
    r"""Hyperbolic tangent: squashes any real number into (-1, 1).

    .. math::

        \tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [-1, 1].

    See Also
    --------
    sigmoid : ``tanh(x) = 2 sigmoid(2x) - 1``.
    hard_tanh, softsign : Cheaper curves of the same shape.

    Notes
    -----
    The quotient of exponentials above is only the definition: written that
    way in code it gives ``inf / inf = nan`` for ``|x| > 710``. NumPy's
    ``tanh`` (the C library's) is accurate over the whole range. Unlike the
    sigmoid, tanh is zero-centred, which made it the usual hidden activation
    before ReLU.

    References
    ----------
    .. [1] Y. LeCun, L. Bottou, G. B. Orr and K.-R. Muller, "Efficient
       BackProp", in Neural Networks: Tricks of the Trade, Springer, 1998.

    Examples
    --------
    >>> from activation_functions import tanh
    >>> tanh([-1000.0, 0.5, 1000.0])
    array([-1.        ,  0.46211716,  1.        ])
    """
    values, dtype = as_float_array(x, "tanh")
    return restore(np.tanh(values), dtype)


def tanh_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`tanh`.

    .. math::

        \tanh'(x) = 1 - \tanh^2(x) = \frac{4 e^{-2|x|}}{\left(1 + e^{-2|x|}\right)^2}

    The second form is used: ``1 - tanh(x)**2`` is exactly 0 once ``tanh``
    rounds to 1 (from ``|x| > 19`` in float64), while the true value is not.

    Examples
    --------
    >>> from activation_functions import tanh_derivative
    >>> tanh_derivative([0.0, 20.0])
    array([1.0000000e+00, 1.6993417e-17])
    """
    values, dtype = as_float_array(x, "tanh_derivative")
    # Beyond |x| = 400 the result underflows to 0; the bound keeps 2|x| finite.
    decay = np.exp(-2.0 * np.minimum(np.abs(values), 400.0))
    return restore(4.0 * decay / (1.0 + decay) ** 2, dtype)


def softsign(x: ArrayLike) -> Any:
    r"""Softsign: a rational S-shaped function with range (-1, 1).

    .. math::

        \operatorname{softsign}(x) = \frac{x}{1 + |x|}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [-1, 1].

    See Also
    --------
    tanh : Approaches its limits exponentially; softsign only polynomially.

    Notes
    -----
    Inputs are clipped to :math:`\pm 2^{60}`, beyond which the result rounds to
    :math:`\pm 1` anyway, so that infinite input gives :math:`\pm 1` instead of
    ``inf / inf``.

    References
    ----------
    .. [1] J. Turian, J. Bergstra and Y. Bengio, "Quadratic features and deep
       architectures for chunking", NAACL HLT 2009.

    Examples
    --------
    >>> from activation_functions import softsign
    >>> softsign([-float("inf"), -1.0, 0.0, 3.0])
    array([-1.  , -0.5 ,  0.  ,  0.75])
    """
    values, dtype = as_float_array(x, "softsign")
    clipped = np.clip(values, -_SOFTSIGN_SATURATION, _SOFTSIGN_SATURATION)
    return restore(clipped / (1.0 + np.abs(clipped)), dtype)


def softsign_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`softsign`.

    .. math::

        \operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2}

    Examples
    --------
    >>> from activation_functions import softsign_derivative
    >>> softsign_derivative([0.0, 1.0, 1e200])
    array([1.  , 0.25, 0.  ])
    """
    values, dtype = as_float_array(x, "softsign_derivative")
    return restore((1.0 / (1.0 + np.abs(values))) ** 2, dtype)
