"""The step function, the identity and the rectified linear unit."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from ._arrays import as_float_array, keep_nan, restore

__all__ = [
    "identity",
    "identity_derivative",
    "relu",
    "relu_derivative",
    "step",
    "step_derivative",
]


def step(x: ArrayLike) -> Any:
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
       115-133, 1943.
    .. [2] F. Rosenblatt, "The perceptron: a probabilistic model for
       information storage and organization in the brain", Psychological
       Review 65, 386-408, 1958.

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
    values, output = as_float_array(x, "step", "same")
    return restore(keep_nan((values > 0.0).astype(values.dtype), values), output)


def step_derivative(x: ArrayLike) -> Any:
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
    values, output = as_float_array(x, "step_derivative", "same")
    return restore(keep_nan(np.zeros_like(values), values), output)


def identity(x: ArrayLike) -> Any:
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
    values, output = as_float_array(x, "identity", "same")
    return restore(values.copy(), output)


def identity_derivative(x: ArrayLike) -> Any:
    r"""Derivative of :func:`identity`: one everywhere.

    .. math::

        \operatorname{identity}'(x) = 1

    Examples
    --------
    >>> from activation_functions import identity_derivative
    >>> identity_derivative([-1.0, 0.0, 1.0])
    array([1., 1., 1.])
    """
    values, output = as_float_array(x, "identity_derivative", "same")
    return restore(keep_nan(np.ones_like(values), values), output)


def relu(x: ArrayLike) -> Any:
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
       restricted Boltzmann machines", ICML 2010.
    .. [2] X. Glorot, A. Bordes and Y. Bengio, "Deep sparse rectifier neural
       networks", AISTATS 2011.

    Examples
    --------
    >>> from activation_functions import relu
    >>> relu([-3.0, 0.0, 2.5])
    array([0. , 0. , 2.5])
    >>> relu(float("nan"))
    np.float64(nan)
    """
    values, output = as_float_array(x, "relu", "same")
    return restore(np.maximum(values, 0.0), output)


def relu_derivative(x: ArrayLike) -> Any:
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
    values, output = as_float_array(x, "relu_derivative", "same")
    return restore(keep_nan((values > 0.0).astype(values.dtype), values), output)
