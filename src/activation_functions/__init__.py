"""Neural-network activation functions, their derivatives and their properties.

Every function takes anything array-like and follows one contract:

* **Input.** Scalars, nested lists, and arrays of any shape, of bools,
  integers or floats. float16, float32 and float64 inputs keep their dtype;
  bools and integers give float64. The input is never modified. A scalar
  gives a NumPy scalar; an array gives a new array of the same shape.
* **Bad input.** Anything that is not real numbers (strings, complex
  numbers, dictionaries, objects, float128, integers beyond int64,
  Decimals) raises :class:`TypeError` naming the function and what it got;
  masked arrays raise :class:`TypeError` too, since the mask would be lost.
  An invalid parameter raises :class:`TypeError` or :class:`ValueError`
  naming the parameter; ``axis`` must be an integer.
* **Parameters of any size.** A parameter that the input's dtype cannot
  hold (a slope of ``1e-8`` on float16 input) is applied in float64, so
  no finite parameter makes a warning or a NaN where the value is defined.
* **No warnings.** No input of any size makes NumPy emit a
  :class:`RuntimeWarning`: the formulas are arranged so that nothing
  overflows or divides by zero on the way. A result whose exact value is
  beyond the largest float is returned as an infinity, as IEEE rounding
  prescribes.
* **Special values.** NaN propagates; ``+inf`` and ``-inf`` give the
  mathematical limits (``swish(-inf) == 0``, ``softplus(inf) == inf``),
  and NaN where there is none (``snake_derivative(inf)``, which oscillates).
  A zero result at ``x = -0.0`` is ``-0.0`` where the function is negative
  just left of 0 (``leaky_relu``, ``tanh``, ``gelu``) and ``+0.0`` where it
  is 0 there (``relu``, ``hardshrink``); ``f(+0.0)`` is ``+0.0``.
* **Memory.** Besides its result, no function or derivative allocates
  more than twice the input's bytes, whatever the size: the functions of
  many passes work through large inputs in blocks of a few megabytes.
* **Accuracy.** Each result is within 4 units in the last place of the
  exact value over the whole finite range of float32 and float64, except
  results below the smallest normal number, which may be flushed to zero.
  The test suite checks this against mpmath on a dense grid that includes
  the overflow edges and the largest magnitudes, and float32 results
  against float64 ones on millions of points. float32 input is computed
  in float32 where that meets the bound and in float64 otherwise; float16
  input is computed in float64; either way the result is rounded once.
* **Derivatives.** ``<name>_derivative`` is the closed-form derivative of
  ``<name>``, with the same parameters. Where pieces of a piecewise function
  meet, the derivative is that of the piece the point belongs to
  (``relu_derivative(0) == 0``, as in PyTorch and JAX). Each result is
  within 8 units in the last place of the exact derivative over the whole
  finite range of float32 and float64; near a zero of the derivative, where
  the terms of its closed form cancel (Swish, Mish and GELU near
  ``x = -1.28, -1.19, -0.75``), within 8 units in the last place of its
  largest term. float16 results are correctly rounded. The test suite
  checks this against mpmath on the functions' dense grids.
* **Gated units.** ``glu``, ``reglu``, ``geglu`` and ``swiglu`` split ``x``
  along ``axis`` into halves ``a`` and ``b`` (an odd length raises
  :class:`ValueError` naming the function and ``axis``) and return
  ``a * f(b)``, within 4 units in the last place of the exact product
  wherever the gate ``f(b)`` is a normal number (where it is below the
  smallest normal, the gate may be flushed, as the elementwise functions'
  results may). A gate of exactly 0 gives 0, even for an infinite ``a``.
  ``<name>_derivative`` is the gradient of the sum of the unit's outputs
  with respect to ``x``, shaped like ``x``.
* **The softmax family.** ``softmax``, ``log_softmax``, ``softmin``,
  ``sparsemax`` and ``entmax15`` work on the slices of ``x`` along
  ``axis``, and ``<name>_jacobian`` returns their Jacobian matrices, shape
  ``(..., n, n)``. sparsemax and 1.5-entmax give exact zeros; near the edge
  of their support a probability is the difference of two nearly equal
  numbers, so their bound is absolute: within 4 units in the last place
  of 1.


:data:`ACTIVATIONS` lists every function with its derivative, formula and
properties.
"""

from .catalogue import (
    ACTIVATIONS,
    Activation,
    Interval,
    Kind,
    Model,
    Smoothness,
)
from .exponential import (
    exponential,
    exponential_derivative,
)
from .gated import (
    geglu,
    geglu_derivative,
    glu,
    glu_derivative,
    reglu,
    reglu_derivative,
    swiglu,
    swiglu_derivative,
)
from .hard import (
    hard_sigmoid,
    hard_sigmoid_derivative,
    hard_swish,
    hard_swish_derivative,
    hard_tanh,
    hard_tanh_derivative,
    sparse_plus,
    sparse_plus_derivative,
    sparse_sigmoid,
    sparse_sigmoid_derivative,
)
from .linear import (
    identity,
    identity_derivative,
)
from .periodic import (
    snake,
    snake_derivative,
)
from .rectifiers import (
    celu,
    celu_derivative,
    elu,
    elu_derivative,
    leaky_relu,
    leaky_relu_derivative,
    prelu,
    prelu_derivative,
    relu,
    relu6,
    relu6_derivative,
    relu_derivative,
    relu_squared,
    relu_squared_derivative,
    rrelu,
    rrelu_derivative,
    selu,
    selu_derivative,
    softplus,
    softplus_derivative,
    squareplus,
    squareplus_derivative,
    star_relu,
    star_relu_derivative,
    threshold,
    threshold_derivative,
)
from .self_gated import (
    gelu,
    gelu_derivative,
    mish,
    mish_derivative,
    quick_gelu,
    quick_gelu_derivative,
    silu,
    silu_derivative,
    swish,
    swish_derivative,
)
from .shrink import (
    hardshrink,
    hardshrink_derivative,
    softshrink,
    softshrink_derivative,
    tanhshrink,
    tanhshrink_derivative,
)
from .sigmoids import (
    log_sigmoid,
    log_sigmoid_derivative,
    sigmoid,
    sigmoid_derivative,
    softsign,
    softsign_derivative,
    step,
    step_derivative,
    tanh,
    tanh_derivative,
)
from .softmax import (
    entmax15,
    entmax15_jacobian,
    log_softmax,
    log_softmax_jacobian,
    softmax,
    softmax_jacobian,
    softmin,
    softmin_jacobian,
    sparsemax,
    sparsemax_jacobian,
)

__version__ = "0.1.0"

__all__ = [
    "ACTIVATIONS",
    "Activation",
    "Interval",
    "Kind",
    "Model",
    "Smoothness",
    "celu",
    "celu_derivative",
    "elu",
    "elu_derivative",
    "entmax15",
    "entmax15_jacobian",
    "exponential",
    "exponential_derivative",
    "geglu",
    "geglu_derivative",
    "gelu",
    "gelu_derivative",
    "glu",
    "glu_derivative",
    "hard_sigmoid",
    "hard_sigmoid_derivative",
    "hard_swish",
    "hard_swish_derivative",
    "hard_tanh",
    "hard_tanh_derivative",
    "hardshrink",
    "hardshrink_derivative",
    "identity",
    "identity_derivative",
    "leaky_relu",
    "leaky_relu_derivative",
    "log_sigmoid",
    "log_sigmoid_derivative",
    "log_softmax",
    "log_softmax_jacobian",
    "mish",
    "mish_derivative",
    "prelu",
    "prelu_derivative",
    "quick_gelu",
    "quick_gelu_derivative",
    "reglu",
    "reglu_derivative",
    "relu",
    "relu6",
    "relu6_derivative",
    "relu_derivative",
    "relu_squared",
    "relu_squared_derivative",
    "rrelu",
    "rrelu_derivative",
    "selu",
    "selu_derivative",
    "sigmoid",
    "sigmoid_derivative",
    "silu",
    "silu_derivative",
    "snake",
    "snake_derivative",
    "softmax",
    "softmax_jacobian",
    "softmin",
    "softmin_jacobian",
    "softplus",
    "softplus_derivative",
    "softshrink",
    "softshrink_derivative",
    "softsign",
    "softsign_derivative",
    "sparse_plus",
    "sparse_plus_derivative",
    "sparse_sigmoid",
    "sparse_sigmoid_derivative",
    "sparsemax",
    "sparsemax_jacobian",
    "squareplus",
    "squareplus_derivative",
    "star_relu",
    "star_relu_derivative",
    "step",
    "step_derivative",
    "swiglu",
    "swiglu_derivative",
    "swish",
    "swish_derivative",
    "tanh",
    "tanh_derivative",
    "tanhshrink",
    "tanhshrink_derivative",
    "threshold",
    "threshold_derivative",
]
