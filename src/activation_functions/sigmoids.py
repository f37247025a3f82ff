"""S-shaped functions: the step, the sigmoid, tanh, softsign and log-sigmoid.

Each public function is its definition, in the form that stays accurate and
free of overflow over the whole floating-point range; the kernels that
compute it sit right above it.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import LARGEST, FloatArray, Result, apply, keep_nan

__all__ = [
    "log_sigmoid",
    "log_sigmoid_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "softsign",
    "softsign_derivative",
    "step",
    "step_derivative",
    "tanh",
    "tanh_derivative",
]


def _step(x: FloatArray) -> FloatArray:
    return keep_nan((x > 0.0).astype(x.dtype), x)


def step(x: ArrayLike) -> Result:
    r"""Heaviside step function: 1 for positive input, 0 otherwise.

    .. math::

        \operatorname{step}(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        0.0 or 1.0 for each element, in the input's float dtype (float64 for
        integer and bool input); NaN stays NaN.

    See Also
    --------
    sigmoid : A smooth step.
    hard_sigmoid : A piecewise linear step.

    Notes
    -----
    The activation of McCulloch and Pitts' neuron and of Rosenblatt's
    perceptron. Its derivative is zero wherever it exists, so it cannot be
    trained by gradient descent. The value at 0 is 0, as in ``x > 0``.

    References
    ----------
    .. [1] W. S. McCulloch and W. Pitts, "A logical calculus of the ideas
       immanent in nervous activity", Bulletin of Mathematical Biophysics 5,
       115-133, 1943,
       https://doi.org/10.1007/BF02478259.
    .. [2] F. Rosenblatt, "The perceptron: a probabilistic model for
       information storage and organization in the brain", Psychological
       Review 65, 386-408, 1958,
       https://doi.org/10.1037/h0042519.

    Examples
    --------
    >>> import numpy as np
    >>> from activation_functions import step
    >>> step([-2.0, 0.0, 3.0])
    array([0., 0., 1.])

    Integer input gives floats, where ``y.astype(np.int)`` no longer works:

    >>> step(np.array([-1, 1]))
    array([0., 1.])
    """
    return apply(_step, x, "step", "native", blocks=False)


def step_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`step`: zero everywhere.

    .. math::

        \operatorname{step}'(x) = 0 \quad (x \ne 0)

    At 0 the step has no derivative (in the sense of distributions it is a
    Dirac delta); by the convention of this package, a point where two pieces
    meet takes the derivative of the piece it belongs to, here 0.

    Examples
    --------
    >>> from activation_functions import step_derivative
    >>> step_derivative([-1.0, 0.0, 1.0])
    array([0., 0., 0.])
    """
    return apply(
        lambda v: keep_nan(np.zeros_like(v), v), x, "step_derivative", "native", blocks=False
    )


def _sigmoid(x: FloatArray) -> FloatArray:
    # e^-x overflows to inf for x < -709 (-88 in float32), and 1 / (1 + inf)
    # = 0 is then the right value (the exact one is below the smallest normal
    # number): that overflow is expected, not an error.
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


def sigmoid(x: ArrayLike) -> Result:
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
       representations by back-propagating errors", Nature 323, 533-536, 1986,
       https://doi.org/10.1038/323533a0.

    Examples
    --------
    >>> from activation_functions import sigmoid
    >>> sigmoid([-1.0, 0.0, 1.0])
    array([0.26894142, 0.5       , 0.73105858])

    No overflow warning and no loss of precision far in the tails:

    >>> sigmoid([-1000.0, -700.0, 1000.0])
    array([0.00000000e+000, 9.85967654e-305, 1.00000000e+000])
    """
    return apply(_sigmoid, x, "sigmoid", "single")


def _sigmoid_derivative(x: FloatArray) -> FloatArray:
    decay = np.exp(-np.abs(x))
    return decay / (1.0 + decay) ** 2


def sigmoid_derivative(x: ArrayLike) -> Result:
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
    return apply(_sigmoid_derivative, x, "sigmoid_derivative", "single")


def _log1p_exp_minus_abs(x: FloatArray) -> FloatArray:
    """log(1 + e^-|x|), in place on one new array (temporaries cost more than its passes)."""
    result = np.abs(x)
    np.negative(result, out=result)
    np.exp(result, out=result)
    return np.log1p(result, out=result)


def _log_sigmoid(x: FloatArray) -> FloatArray:
    # log(1 / (1 + e^-x)) = min(x, 0) - log(1 + e^-|x|): exp never sees a
    # positive argument, and log1p keeps the small correction exact.
    return np.subtract(np.minimum(x, 0.0), _log1p_exp_minus_abs(x))


def log_sigmoid(x: ArrayLike) -> Result:
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

    No paper introduced it: it is the logarithm of the sigmoid, which appears
    wherever a logistic likelihood is maximised, and Torch, PyTorch, JAX and
    Keras ship it without a reference. (Older texts and MATLAB's ``logsig``
    call the sigmoid itself "log-sigmoid".)

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
    return apply(_log_sigmoid, x, "log_sigmoid", "double")


def log_sigmoid_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`log_sigmoid`.

    .. math::

        \frac{d}{dx}\log\sigma(x) = \sigma(-x)

    Examples
    --------
    >>> from activation_functions import log_sigmoid_derivative
    >>> print(log_sigmoid_derivative(0.0))
    0.5
    """
    return apply(lambda v: _sigmoid(-v), x, "log_sigmoid_derivative", "single")


def tanh(x: ArrayLike) -> Result:
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
       BackProp", in Neural Networks: Tricks of the Trade, Springer, 1998,
       https://doi.org/10.1007/3-540-49430-8_2.

    Examples
    --------
    >>> from activation_functions import tanh
    >>> tanh([-1000.0, 0.5, 1000.0])
    array([-1.        ,  0.46211716,  1.        ])
    """
    return apply(np.tanh, x, "tanh", "single", blocks=False)


def _tanh_derivative(x: FloatArray) -> FloatArray:
    # Beyond |x| = 400 the result underflows to 0; the bound keeps 2|x| finite.
    decay = np.exp(-2.0 * np.minimum(np.abs(x), 400.0))
    return 4.0 * decay / (1.0 + decay) ** 2


def tanh_derivative(x: ArrayLike) -> Result:
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
    return apply(_tanh_derivative, x, "tanh_derivative", "single")


def _softsign(x: FloatArray) -> FloatArray:
    # An infinite x would give inf / inf; the largest float gives +-1.
    largest = LARGEST[x.dtype]
    clipped = np.clip(x, -largest, largest)
    denominator = np.abs(clipped)
    denominator += 1.0  # (in place: no temporary larger than the result)
    return np.divide(clipped, denominator, out=denominator)


def softsign(x: ArrayLike) -> Result:
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
    .. [1] J. Bergstra, G. Desjardins, P. Lamblin and Y. Bengio, "Quadratic
       polynomials learn better image features", technical report 1337,
       DIRO, Universite de Montreal, 2009; the usual citation for softsign,
       after X. Glorot and Y. Bengio, "Understanding the difficulty of
       training deep feedforward neural networks", AISTATS 2010,
       https://proceedings.mlr.press/v9/glorot10a.html.

    Examples
    --------
    >>> from activation_functions import softsign
    >>> softsign([-float("inf"), -1.0, 0.0, 3.0])
    array([-1.  , -0.5 ,  0.  ,  0.75])
    """
    return apply(_softsign, x, "softsign", "native", blocks=False)


def softsign_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`softsign`.

    .. math::

        \operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2}

    Examples
    --------
    >>> from activation_functions import softsign_derivative
    >>> softsign_derivative([0.0, 1.0, 1e200])
    array([1.  , 0.25, 0.  ])
    """
    return apply(lambda v: (1.0 / (1.0 + np.abs(v))) ** 2, x, "softsign_derivative", "single")
