"""Piecewise polynomial stand-ins for the smooth functions: hard sigmoid, hard
swish, hard tanh, and the sparse sigmoid and sparse plus."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import FloatArray, Result, apply, check_parameter, keep_nan
from ._kernels.tails import times_gate

__all__ = [
    "hard_sigmoid",
    "hard_sigmoid_derivative",
    "hard_swish",
    "hard_swish_derivative",
    "hard_tanh",
    "hard_tanh_derivative",
    "sparse_plus",
    "sparse_plus_derivative",
    "sparse_sigmoid",
    "sparse_sigmoid_derivative",
]


def _hard_sigmoid(x: FloatArray) -> FloatArray:
    # (x + 3) / 6 is exact near x = -3, where x / 6 + 1 / 2 would cancel.
    result = x + 3.0
    result /= 6.0  # (in place: no temporary larger than the result)
    return np.clip(result, 0.0, 1.0, out=result)


def hard_sigmoid(x: ArrayLike) -> Result:
    r"""Hard sigmoid: a piecewise linear sigmoid, 0 below -3 and 1 above 3.

    .. math::

        \operatorname{hard\_sigmoid}(x) = \frac{\operatorname{relu6}(x + 3)}{6}
            = \begin{cases} 0 & x \le -3 \\ x/6 + 1/2 & -3 < x < 3 \\
            1 & x \ge 3 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [0, 1].

    See Also
    --------
    sigmoid : The smooth function it replaces.
    hard_swish : Built on it.

    Notes
    -----
    This is the form of MobileNetV3 and PyTorch; other libraries use other
    slopes (BinaryConnect clips :math:`(x + 1)/2`). It is computed as
    :math:`(x + 3)/6`, which is exact near :math:`x = -3` where
    :math:`x/6 + 1/2` would cancel.

    References
    ----------
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019,
       https://doi.org/10.1109/ICCV.2019.00140.
    .. [2] M. Courbariaux, Y. Bengio and J.-P. David, "BinaryConnect:
       training deep neural networks with binary weights during
       propagations", NeurIPS 2015,
       https://arxiv.org/abs/1511.00363.

    Examples
    --------
    >>> from activation_functions import hard_sigmoid
    >>> hard_sigmoid([-4.0, 0.0, 1.5, 4.0])
    array([0.  , 0.5 , 0.75, 1.  ])
    """
    return apply(_hard_sigmoid, x, "hard_sigmoid", "native", blocks=False)


def _hard_sigmoid_derivative(x: FloatArray) -> FloatArray:
    result = np.zeros_like(x)
    np.copyto(result, 1.0 / 6.0, where=(x > -3.0) & (x < 3.0))
    return keep_nan(result, x)


def hard_sigmoid_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`hard_sigmoid`: 1/6 on :math:`-3 < x < 3`, 0 elsewhere.

    Examples
    --------
    >>> from activation_functions import hard_sigmoid_derivative
    >>> hard_sigmoid_derivative([-3.0, 0.0, 3.0])
    array([0.        , 0.16666667, 0.        ])
    """
    return apply(_hard_sigmoid_derivative, x, "hard_sigmoid_derivative", "native", blocks=False)


def hard_swish(x: ArrayLike) -> Result:
    r"""Hard swish: the input times the hard sigmoid.

    .. math::

        \operatorname{hard\_swish}(x) = x\,\frac{\operatorname{relu6}(x + 3)}{6}
            = \begin{cases} 0 & x \le -3 \\ x\,(x + 3)/6 & -3 < x < 3 \\
            x & x \ge 3 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`[-3/8, \infty)`; the minimum is at :math:`x = -3/2`.

    See Also
    --------
    swish : The smooth function it replaces.

    Notes
    -----
    No exponential, so it is cheap on mobile hardware, which is why
    MobileNetV3 uses it.

    References
    ----------
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019,
       https://doi.org/10.1109/ICCV.2019.00140.

    Examples
    --------
    >>> from activation_functions import hard_swish
    >>> hard_swish([-float("inf"), -1.5, 0.0, 1.0, 5.0])
    array([-0.        , -0.375     ,  0.        ,  0.66666667,  5.        ])
    """
    return apply(lambda v: times_gate(v, _hard_sigmoid(v)), x, "hard_swish", "native", blocks=False)


def _hard_swish_derivative(x: FloatArray) -> FloatArray:
    middle = (2.0 * np.clip(x, -3.0, 3.0) + 3.0) / 6.0
    derivative = np.where(x <= -3.0, 0.0, np.where(x < 3.0, middle, 1.0))
    return keep_nan(derivative.astype(x.dtype), x)


def hard_swish_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`hard_swish`.

    .. math::

        \operatorname{hard\_swish}'(x) = \begin{cases} 0 & x \le -3 \\
            (2x + 3)/6 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}

    The derivative jumps at both kinks (from 0 to -1/2 at -3, from 3/2 to 1
    at 3); each kink takes the value of the piece that contains it.

    Examples
    --------
    >>> from activation_functions import hard_swish_derivative
    >>> hard_swish_derivative([-3.0, 0.0, 3.0])
    array([0. , 0.5, 1. ])
    """
    return apply(_hard_swish_derivative, x, "hard_swish_derivative", "single")


def _hard_tanh_bounds(min_val: float, max_val: float, function: str) -> tuple[float, float]:
    low = check_parameter(min_val, "min_val", function)
    high = check_parameter(max_val, "max_val", function)
    if not low < high:
        raise ValueError(f"{function}() needs min_val < max_val; got {low} and {high}")
    return low, high


def hard_tanh(x: ArrayLike, min_val: float = -1.0, max_val: float = 1.0) -> Result:
    r"""Hard tanh: the identity clipped to [-1, 1].

    .. math::

        \operatorname{hard\_tanh}(x) = \min(\max(x, -1), 1)

    Parameters
    ----------
    x : array_like
        Input values.
    min_val, max_val : float, optional
        The clipping bounds; -1 and 1 by default.

    Returns
    -------
    ndarray or scalar
        Values in ``[min_val, max_val]``.

    See Also
    --------
    tanh, relu6

    References
    ----------
    .. [1] R. Collobert, "Large scale machine learning", PhD thesis,
       Universite Paris VI, 2004.

    Examples
    --------
    >>> from activation_functions import hard_tanh
    >>> hard_tanh([-3.0, 0.25, 3.0])
    array([-1.  ,  0.25,  1.  ])
    """
    low, high = _hard_tanh_bounds(min_val, max_val, "hard_tanh")
    return apply(
        lambda v: np.clip(v, low, high), x, "hard_tanh", "native", (low, high), blocks=False
    )


def hard_tanh_derivative(x: ArrayLike, min_val: float = -1.0, max_val: float = 1.0) -> Result:
    r"""Derivative of :func:`hard_tanh`: 1 strictly between the bounds, 0 elsewhere.

    Examples
    --------
    >>> from activation_functions import hard_tanh_derivative
    >>> hard_tanh_derivative([-1.0, 0.0, 1.0])
    array([0., 1., 0.])
    """
    low, high = _hard_tanh_bounds(min_val, max_val, "hard_tanh_derivative")
    return apply(
        lambda v: keep_nan(((v > low) & (v < high)).astype(v.dtype), v),
        x,
        "hard_tanh_derivative",
        "native",
        (low, high),
        blocks=False,
    )


def _sparse_sigmoid(x: FloatArray) -> FloatArray:
    # (x + 1) / 2 is exact near x = -1, where x / 2 + 1 / 2 would round twice.
    result = x + 1.0
    result /= 2.0
    return np.clip(result, 0.0, 1.0, out=result)


def sparse_sigmoid(x: ArrayLike) -> Result:
    r"""Sparse sigmoid: 0 below -1, 1 above 1, a straight line between.

    .. math::

        \operatorname{sparse\_sigmoid}(x) = \begin{cases} 0 & x \le -1 \\
            (x + 1)/2 & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in [0, 1].

    See Also
    --------
    sparse_plus : Its integral.
    hard_sigmoid : The same shape with corners at -3 and 3.
    sigmoid

    Notes
    -----
    It is the derivative of :func:`sparse_plus`, as the sigmoid is that of
    softplus, and it is the function sparsemax applies to the two scores
    :math:`(x, 0)`: its value is the probability sparsemax gives the first,
    as the sigmoid is what softmax gives it. Blondel et al. introduced the
    pair; JAX and Keras ship both under these names. It equals
    ``hard_tanh(x) / 2 + 1/2``.

    References
    ----------
    .. [1] M. Blondel, A. F. T. Martins and V. Niculae, "Learning with
       Fenchel-Young losses", Journal of Machine Learning Research 21(35),
       1-69, 2020 (section 6.2); https://arxiv.org/abs/1901.02324.
    .. [2] A. F. T. Martins and R. F. Astudillo, "From softmax to sparsemax:
       a sparse model of attention and multi-label classification",
       ICML 2016; https://arxiv.org/abs/1602.02068.

    Examples
    --------
    >>> from activation_functions import sparse_sigmoid
    >>> sparse_sigmoid([-2.0, -0.5, 0.0, 0.5, 2.0])
    array([0.  , 0.25, 0.5 , 0.75, 1.  ])
    """
    return apply(_sparse_sigmoid, x, "sparse_sigmoid", "native", blocks=False)


def _sparse_sigmoid_derivative(x: FloatArray) -> FloatArray:
    result = np.zeros_like(x)
    np.copyto(result, 0.5, where=(x > -1.0) & (x < 1.0))
    return keep_nan(result, x)


def sparse_sigmoid_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`sparse_sigmoid`: 1/2 on :math:`-1 < x < 1`, 0 elsewhere.

    Examples
    --------
    >>> from activation_functions import sparse_sigmoid_derivative
    >>> sparse_sigmoid_derivative([-1.0, 0.0, 1.0])
    array([0. , 0.5, 0. ])
    """
    return apply(_sparse_sigmoid_derivative, x, "sparse_sigmoid_derivative", "native", blocks=False)


def _sparse_plus(x: FloatArray) -> FloatArray:
    shifted = x + 1.0
    result = shifted * shifted
    result /= 4.0
    result[x <= -1.0] = 0.0
    np.copyto(result, x, where=x >= 1.0)
    return result


def sparse_plus(x: ArrayLike) -> Result:
    r"""Sparse plus: a softplus that is exactly 0 below -1 and exactly x above 1.

    .. math::

        \operatorname{sparse\_plus}(x) = \begin{cases} 0 & x \le -1 \\
            (x + 1)^2/4 & -1 < x < 1 \\ x & x \ge 1 \end{cases}

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
    softplus : The smooth function it stands in for.
    sparse_sigmoid : Its derivative.

    Notes
    -----
    A quadratic joins the two pieces of ReLU, so the function and its
    derivative are continuous (the second derivative jumps at :math:`\pm 1`).
    It is to :func:`sparse_sigmoid` what softplus is to the sigmoid, and
    like ReLU it gives exact zeros. Blondel et al. derived it from the
    sparsemax of two scores; JAX and Keras ship it under this name.

    References
    ----------
    .. [1] M. Blondel, A. F. T. Martins and V. Niculae, "Learning with
       Fenchel-Young losses", Journal of Machine Learning Research 21(35),
       1-69, 2020 (section 6.2); https://arxiv.org/abs/1901.02324.

    Examples
    --------
    >>> from activation_functions import sparse_plus
    >>> sparse_plus([-2.0, -1.0, 0.0, 1.0, 2.0])
    array([0.  , 0.  , 0.25, 1.  , 2.  ])
    """
    return apply(_sparse_plus, x, "sparse_plus", "single")


def sparse_plus_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`sparse_plus`: the sparse sigmoid.

    .. math::

        \operatorname{sparse\_plus}'(x) = \operatorname{sparse\_sigmoid}(x)

    Examples
    --------
    >>> from activation_functions import sparse_plus_derivative
    >>> sparse_plus_derivative([-1.0, 0.0, 1.0])
    array([0. , 0.5, 1. ])
    """
    return apply(_sparse_sigmoid, x, "sparse_plus_derivative", "native", blocks=False)
