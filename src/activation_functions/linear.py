"""The identity, the output activation of regression."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import Result, apply, keep_nan

__all__ = ["identity", "identity_derivative"]


def identity(x: ArrayLike) -> Result:
    r"""Identity function: returns its input unchanged.

    .. math::

        \operatorname{identity}(x) = x

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        A new array equal to ``x``, in its float dtype (float64 for integer
        and bool input).

    See Also
    --------
    softmax : The output activation for classification.

    Notes
    -----
    Used as the output activation of a network trained for regression, where
    the output must be able to take any real value.

    Examples
    --------
    >>> from activation_functions import identity
    >>> identity([-1.5, 0.0, 2.0])
    array([-1.5,  0. ,  2. ])
    """
    return apply(np.copy, x, "identity", "native", blocks=False)


def identity_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`identity`: one everywhere.

    .. math::

        \operatorname{identity}'(x) = 1

    Examples
    --------
    >>> from activation_functions import identity_derivative
    >>> identity_derivative([-1.0, 0.0, 1.0])
    array([1., 1., 1.])
    """
    return apply(
        lambda v: keep_nan(np.ones_like(v), v), x, "identity_derivative", "native", blocks=False
    )
