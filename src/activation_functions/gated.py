"""Gated linear units: one half of the input, gated by a function of the other half.

Each splits ``x`` along ``axis`` into halves ``a`` and ``b`` and returns
``a * f(b)``: the sigmoid for GLU, ReLU for ReGLU, GELU for GEGLU and Swish
for SwiGLU. In a Transformer's feed-forward block the two halves are two
linear projections of the same vector, so the unit learns which features to
pass. The gate ``f`` is computed by the same kernel as the elementwise
function; a gate of exactly 0 gives 0, even for an infinite ``a``.

The derivative of a gated unit is the gradient of ``sum(f(x))``: shaped
like ``x``, it holds ``f(b)`` (the derivative with respect to ``a``) in
the first half and ``a * f'(b)`` in the second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from ._kernels.arrays import (
    FloatArray,
    Precision,
    apply_to_halves,
    check_flag,
    check_parameter,
    split_halves,
)
from .rectifiers import _relu
from .self_gated import (
    _gelu,
    _gelu_derivative,
    _silu,
    _swish,
    _swish_derivative,
    _tanh_gelu,
    _tanh_gelu_derivative,
)
from .sigmoids import _sigmoid, _sigmoid_derivative, _step

__all__ = [
    "geglu",
    "geglu_derivative",
    "glu",
    "glu_derivative",
    "reglu",
    "reglu_derivative",
    "swiglu",
    "swiglu_derivative",
]

Gate = Callable[[FloatArray], FloatArray]


def _times_gate(a: FloatArray, gate: FloatArray) -> FloatArray:
    """``a * gate``, with 0 where the gate is exactly 0 (``inf * 0`` would be NaN)."""
    with np.errstate(invalid="ignore"):
        result = a * gate
    undefined = np.isnan(result)
    if undefined.any():
        result[undefined & (gate == 0.0) & ~np.isnan(a)] = 0.0
    return result


def _gated(
    x: ArrayLike, axis: object, gate: Gate, name: str, precision: Precision = "double"
) -> NDArray[np.floating[Any]]:
    a, b, index = split_halves(x, axis, name)
    return apply_to_halves(lambda u, v: _times_gate(u, gate(v)), a, b, index, precision)


def _gated_derivative(
    x: ArrayLike,
    axis: object,
    gate: Gate,
    slope: Gate,
    name: str,
    precision: Precision = "double",
) -> NDArray[np.floating[Any]]:
    a, b, index = split_halves(x, axis, name)
    by_a = apply_to_halves(lambda _, v: gate(v), a, b, index, precision)
    by_b = apply_to_halves(lambda u, v: _times_gate(u, slope(v)), a, b, index, precision)
    return np.concatenate([by_a, by_b], axis=index)


def glu(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""Gated linear unit: the first half of the input times the sigmoid of the second.

    .. math::

        \operatorname{glu}(x) = a \odot \sigma(b), \qquad x = (a, b)

    Parameters
    ----------
    x : array_like
        Input, at least one-dimensional, of even length along ``axis``.
    axis : int, optional
        The axis along which ``x`` is split into ``a`` (the first half) and
        ``b`` (the second); the last by default.

    Returns
    -------
    ndarray
        Shaped like ``x`` with half its length along ``axis``.

    Raises
    ------
    ValueError
        If ``x`` is a scalar, ``axis`` is out of range, or the length of
        ``x`` along ``axis`` is odd.

    See Also
    --------
    reglu, geglu, swiglu : The same unit with other gates.

    Notes
    -----
    Dauphin et al. introduced it for convolutional language models: the
    gate :math:`\sigma(b)` lets the gradient through the linear half
    :math:`a` unscaled, where a tanh unit would shrink it. The split is
    PyTorch's (``torch.nn.functional.glu``), JAX's and Keras's: the first
    half is the value, the second the gate. Implementations of SwiGLU in
    other code bases often take the gate from the first half instead;
    swapping the halves of ``x`` converts between the two.

    References
    ----------
    .. [1] Y. N. Dauphin, A. Fan, M. Auli and D. Grangier, "Language
       modeling with gated convolutional networks", ICML 2017;
       https://arxiv.org/abs/1612.08083.

    Examples
    --------
    >>> from activation_functions import glu
    >>> glu([2.0, 4.0, 0.0, 100.0])
    array([1., 4.])
    >>> glu([[1.0, 2.0], [0.0, 0.0]], axis=0)
    array([[0.5, 1. ]])
    """
    return _gated(x, axis, _sigmoid, "glu")


def glu_derivative(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""Gradient of ``sum(glu(x))`` with respect to ``x``.

    .. math::

        \frac{\partial}{\partial a} = \sigma(b), \qquad
        \frac{\partial}{\partial b} = a\,\sigma(b)\,\bigl(1 - \sigma(b)\bigr)

    Shaped like ``x``: the first half along ``axis`` holds the derivative
    with respect to ``a``, the second that with respect to ``b``.

    Examples
    --------
    >>> from activation_functions import glu_derivative
    >>> glu_derivative([2.0, 0.0])
    array([0.5, 0.5])
    """
    return _gated_derivative(x, axis, _sigmoid, _sigmoid_derivative, "glu_derivative")


def reglu(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""ReGLU: the first half of the input times the ReLU of the second.

    .. math::

        \operatorname{reglu}(x) = a \odot \max(0, b), \qquad x = (a, b)

    Parameters
    ----------
    x : array_like
        Input, at least one-dimensional, of even length along ``axis``.
    axis : int, optional
        The axis along which ``x`` is split into ``a`` (the first half) and
        ``b`` (the second); the last by default.

    Returns
    -------
    ndarray
        Shaped like ``x`` with half its length along ``axis``.

    Raises
    ------
    ValueError
        If ``x`` is a scalar, ``axis`` is out of range, or the length of
        ``x`` along ``axis`` is odd.

    See Also
    --------
    glu, geglu, swiglu

    Notes
    -----
    One of the variants Shazeer compared in the feed-forward block of T5:
    all the gated variants beat the plain ReLU block at the same number of
    parameters, GEGLU and SwiGLU by the most.

    References
    ----------
    .. [1] N. Shazeer, "GLU variants improve Transformer",
       https://arxiv.org/abs/2002.05202, 2020.

    Examples
    --------
    >>> from activation_functions import reglu
    >>> reglu([2.0, 3.0, -1.0, 0.5])
    array([0. , 1.5])
    """
    return _gated(x, axis, _relu, "reglu", "native")


def reglu_derivative(x: ArrayLike, axis: int = -1) -> NDArray[np.floating[Any]]:
    r"""Gradient of ``sum(reglu(x))`` with respect to ``x``.

    .. math::

        \frac{\partial}{\partial a} = \max(0, b), \qquad
        \frac{\partial}{\partial b} = \begin{cases} a & b > 0 \\ 0 & b \le 0 \end{cases}

    Examples
    --------
    >>> from activation_functions import reglu_derivative
    >>> reglu_derivative([2.0, 3.0, -1.0, 0.5])
    array([0. , 0.5, 0. , 3. ])
    """
    return _gated_derivative(x, axis, _relu, _step, "reglu_derivative", "native")


def geglu(x: ArrayLike, axis: int = -1, approximate: bool = False) -> NDArray[np.floating[Any]]:
    r"""GEGLU: the first half of the input times the GELU of the second.

    .. math::

        \operatorname{geglu}(x) = a \odot \operatorname{gelu}(b), \qquad x = (a, b)

    Parameters
    ----------
    x : array_like
        Input, at least one-dimensional, of even length along ``axis``.
    axis : int, optional
        The axis along which ``x`` is split into ``a`` (the first half) and
        ``b`` (the second); the last by default.
    approximate : bool, optional
        Use the tanh approximation of GELU (see :func:`gelu`); False by
        default.

    Returns
    -------
    ndarray
        Shaped like ``x`` with half its length along ``axis``.

    Raises
    ------
    ValueError
        If ``x`` is a scalar, ``axis`` is out of range, or the length of
        ``x`` along ``axis`` is odd.

    See Also
    --------
    gelu : The gate.
    glu, reglu, swiglu

    Notes
    -----
    Shazeer's GEGLU had the best perplexity of the variants he compared in
    T5 (1.942 against 1.997 for the ReLU block, at 65,536 steps). Google's
    Gemma models use it, with the tanh form of GELU.

    References
    ----------
    .. [1] N. Shazeer, "GLU variants improve Transformer",
       https://arxiv.org/abs/2002.05202, 2020.
    .. [2] Gemma Team, "Gemma: open models based on Gemini research and
       technology", https://arxiv.org/abs/2403.08295, 2024.

    Examples
    --------
    >>> from activation_functions import geglu
    >>> geglu([2.0, 1.0])
    array([1.68268949])
    """
    if check_flag(approximate, "approximate", "geglu"):
        return _gated(x, axis, _tanh_gelu, "geglu")
    return _gated(x, axis, _gelu, "geglu")


def geglu_derivative(
    x: ArrayLike, axis: int = -1, approximate: bool = False
) -> NDArray[np.floating[Any]]:
    r"""Gradient of ``sum(geglu(x))`` with respect to ``x``.

    .. math::

        \frac{\partial}{\partial a} = \operatorname{gelu}(b), \qquad
        \frac{\partial}{\partial b} = a\,\bigl(\Phi(b) + b\,\varphi(b)\bigr)

    Examples
    --------
    >>> from activation_functions import geglu_derivative
    >>> geglu_derivative([2.0, 0.0])
    array([0., 1.])
    """
    if check_flag(approximate, "approximate", "geglu_derivative"):
        return _gated_derivative(x, axis, _tanh_gelu, _tanh_gelu_derivative, "geglu_derivative")
    return _gated_derivative(x, axis, _gelu, _gelu_derivative, "geglu_derivative")


def swiglu(x: ArrayLike, axis: int = -1, beta: float = 1.0) -> NDArray[np.floating[Any]]:
    r"""SwiGLU: the first half of the input times the Swish of the second.

    .. math::

        \operatorname{swiglu}(x) = a \odot \operatorname{swish}_\beta(b)
            = a \odot b\,\sigma(\beta b), \qquad x = (a, b)

    Parameters
    ----------
    x : array_like
        Input, at least one-dimensional, of even length along ``axis``.
    axis : int, optional
        The axis along which ``x`` is split into ``a`` (the first half) and
        ``b`` (the second); the last by default.
    beta : float, optional
        The slope of the Swish gate; 1 by default (the gate is then SiLU,
        as in PaLM and LLaMA).

    Returns
    -------
    ndarray
        Shaped like ``x`` with half its length along ``axis``.

    Raises
    ------
    ValueError
        If ``x`` is a scalar, ``axis`` is out of range, or the length of
        ``x`` along ``axis`` is odd.

    See Also
    --------
    swish, silu : The gate.
    glu, reglu, geglu

    Notes
    -----
    Shazeer found it second only to GEGLU in T5 (perplexity 1.944 against
    1.997 for the ReLU block). PaLM and the LLaMA models use it in every
    feed-forward block; LLaMA cuts the hidden width from :math:`4d` to
    :math:`\tfrac{2}{3} \cdot 4d`, so that its three weight matrices hold
    as many parameters as the two of a plain block. In those code bases the
    gate is usually the first projection, ``silu(x W) * (x V)``; here, as in
    PyTorch's ``glu``, it is the second half.

    References
    ----------
    .. [1] N. Shazeer, "GLU variants improve Transformer",
       https://arxiv.org/abs/2002.05202, 2020.
    .. [2] A. Chowdhery et al., "PaLM: scaling language modeling with
       pathways", JMLR 24(240), 2023; https://arxiv.org/abs/2204.02311.
    .. [3] H. Touvron et al., "LLaMA: open and efficient foundation language
       models", https://arxiv.org/abs/2302.13971, 2023.

    Examples
    --------
    >>> from activation_functions import swiglu
    >>> swiglu([2.0, 1.0])
    array([1.46211716])
    """
    beta = check_parameter(beta, "beta", "swiglu")
    return _gated(x, axis, _swish_gate(beta), "swiglu")


def swiglu_derivative(x: ArrayLike, axis: int = -1, beta: float = 1.0) -> NDArray[np.floating[Any]]:
    r"""Gradient of ``sum(swiglu(x))`` with respect to ``x``.

    .. math::

        \frac{\partial}{\partial a} = \operatorname{swish}_\beta(b), \qquad
        \frac{\partial}{\partial b} = a\,\bigl(\sigma(\beta b)
            + \beta b\,\sigma(\beta b)\,\sigma(-\beta b)\bigr)

    Examples
    --------
    >>> from activation_functions import swiglu_derivative
    >>> swiglu_derivative([2.0, 0.0])
    array([0., 1.])
    """
    beta = check_parameter(beta, "beta", "swiglu_derivative")
    return _gated_derivative(
        x, axis, _swish_gate(beta), lambda v: _swish_derivative(v, beta), "swiglu_derivative"
    )


def _swish_gate(beta: float) -> Gate:
    """The kernel of :func:`swish` at ``beta`` (for 1, that of :func:`silu`, as swish uses)."""
    return _silu if beta == 1.0 else lambda v: _swish(v, beta)
