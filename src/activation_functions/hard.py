"""Piecewise linear stand-ins for the smooth functions: hard sigmoid, hard swish, hard tanh."""

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
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019.
    .. [2] M. Courbariaux, Y. Bengio and J.-P. David, "BinaryConnect:
       training deep neural networks with binary weights during
       propagations", NeurIPS 2015.

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
    .. [1] A. Howard et al., "Searching for MobileNetV3", ICCV 2019.

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
