"""The exponential, an output activation for positive quantities."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from ._kernels.arrays import Result, apply

__all__ = ["exponential", "exponential_derivative"]


def exponential(x: ArrayLike) -> Result:
    r"""Exponential: :math:`e^x`, a positive output from any real input.

    .. math::

        \operatorname{exponential}(x) = e^{x}

    Parameters
    ----------
    x : array_like
        Input values.

    Returns
    -------
    ndarray or scalar
        Values in :math:`(0, \infty)`; beyond :math:`x \approx 709.78`
        (88.72 in float32) the value is larger than the largest float and
        the result is ``inf``.

    See Also
    --------
    softplus : A positive output that grows only linearly.
    identity : The output activation for unbounded targets.

    Notes
    -----
    Keras ships it as an activation. It is the output activation for a
    quantity that must be positive and varies over orders of magnitude,
    such as the rate of a Poisson regression or a predicted standard
    deviation, where the network's output is the logarithm. Its derivative
    is itself, so a large output also gives a large gradient: softplus is
    the gentler choice when that is a problem.

    References
    ----------
    .. [1] P. McCullagh and J. A. Nelder, *Generalized Linear Models*,
       2nd ed., Chapman and Hall, 1989 (the log link),
       https://doi.org/10.1007/978-1-4899-3242-6.

    Examples
    --------
    >>> from activation_functions import exponential
    >>> exponential([-1.0, 0.0, 1.0, 800.0])
    array([0.36787944, 1.        , 2.71828183,        inf])
    """
    return apply(np.exp, x, "exponential", "single", blocks=False)


def exponential_derivative(x: ArrayLike) -> Result:
    r"""Derivative of :func:`exponential`: the exponential itself.

    .. math::

        \operatorname{exponential}'(x) = e^{x}

    Examples
    --------
    >>> from activation_functions import exponential_derivative
    >>> print(exponential_derivative(0.0))
    1.0
    """
    return apply(np.exp, x, "exponential_derivative", "single", blocks=False)
