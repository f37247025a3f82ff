"""S-shaped functions with bounded output: sigmoid, tanh, softsign, log-sigmoid."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._arrays import LARGEST, as_float_array, by_blocks, restore

FloatArray = NDArray[np.floating[Any]]

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


def _sigmoid(values: FloatArray) -> FloatArray:
    """Return sigmoid(x) in the dtype of ``values``, in place of one new array."""
    # 1 / (1 + exp(-x)) is accurate to a few units in the last place for
    # every x, small results included. Its only flaw is that exp(-x)
    # overflows for x < -709 (-88 in float32); the infinity then gives
    # 1 / (1 + inf) = 0, the correctly flushed value (the exact one is below
    # the smallest normal number), so that overflow is expected, not an error.
    result = np.negative(values)
    with np.errstate(over="ignore"):
        np.exp(result, out=result)
    result += 1.0
    return np.divide(1.0, result, out=result)


def _log1p_exp_minus_abs(values: FloatArray) -> FloatArray:
    """Return log(1 + exp(-|x|)), the correction term of softplus and log-sigmoid."""
    u = np.abs(values)
    np.negative(u, out=u)
    np.exp(u, out=u)
    return np.log1p(u, out=u)


def _softplus(values: FloatArray) -> FloatArray:
    """max(x, 0) + log(1 + exp(-|x|))."""
    correction = _log1p_exp_minus_abs(values)
    return np.add(np.maximum(values, 0.0), correction, out=correction)


def _log_sigmoid(values: FloatArray) -> FloatArray:
    """min(x, 0) - log(1 + exp(-|x|))."""
    correction = _log1p_exp_minus_abs(values)
    return np.subtract(np.minimum(values, 0.0), correction, out=correction)


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
    The textbook formula :math:`1 / (1 + e^{-x})` is accurate to a few units
    in the last place everywhere, tiny results included; it only lets
    ``exp(-x)`` overflow for ``x < -709`` (float64), with a warning. The
    infinity then gives 1 / inf = 0, the right answer (the exact value is
    below the smallest normal number), so this function evaluates the same
    formula, in place, with that one overflow expected.
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
    values, output = as_float_array(x, "sigmoid", "single")
    return restore(_sigmoid(values), output)


def sigmoid_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`sigmoid`.

    .. math::

        \sigma'(x) = \sigma(x)\,\sigma(-x) = \sigma(x)\,(1 - \sigma(x))

    It is computed as :math:`u / (1 + u)^2` with :math:`u = e^{-|x|}`:
    :math:`1 - \sigma(x)` would lose all its digits once :math:`\sigma(x)`
    rounds to 1.

    Examples
    --------
    >>> from activation_functions import sigmoid_derivative
    >>> print(sigmoid_derivative(0.0))
    0.25
    >>> print(sigmoid_derivative(40.0))
    4.248354255291589e-18
    """
    values, output = as_float_array(x, "sigmoid_derivative", "single")
    decay = np.exp(-np.abs(values))
    return restore(decay / (1.0 + decay) ** 2, output)


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
    values, output = as_float_array(x, "log_sigmoid", "same")
    return restore(by_blocks(_log_sigmoid, values, in_float64=True), output)


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
    values, output = as_float_array(x, "log_sigmoid_derivative", "single")
    return restore(_sigmoid(-values), output)


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
    values, output = as_float_array(x, "tanh", "single")
    return restore(np.tanh(values), output)


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
    values, output = as_float_array(x, "tanh_derivative", "single")
    # Beyond |x| = 400 the result underflows to 0; the bound keeps 2|x| finite.
    decay = np.exp(-2.0 * np.minimum(np.abs(values), 400.0))
    return restore(4.0 * decay / (1.0 + decay) ** 2, output)


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
    Infinite inputs are replaced by the largest finite float, whose result
    rounds to :math:`\pm 1`, so that they give :math:`\pm 1` instead of
    ``inf / inf``. Computed in the input's own precision: two roundings.

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
    values, output = as_float_array(x, "softsign", "same")
    largest = LARGEST[values.dtype]
    clipped = values.clip(-largest, largest)
    denominator = np.abs(clipped)
    denominator += 1.0
    return restore(np.divide(clipped, denominator, out=denominator), output)


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
    values, output = as_float_array(x, "softsign_derivative", "same")
    return restore((1.0 / (1.0 + np.abs(values))) ** 2, output)
