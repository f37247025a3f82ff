"""The catalogue: every activation with its derivative and its properties.

The site's comparison table and gallery are generated from :data:`ACTIVATIONS`,
and the test suite checks each property claimed here against the function
itself, so the table cannot say something the code does not do.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from numpy.typing import ArrayLike

from . import basic, hard, rectifiers, shrink, smooth, softmax, squashing

__all__ = ["ACTIVATIONS", "Activation", "Interval", "Smoothness"]


class Smoothness(enum.IntEnum):
    """How many continuous derivatives a function has."""

    DISCONTINUOUS = -1
    C0 = 0  #: continuous, with a kink
    C1 = 1  #: continuously differentiable; the second derivative jumps
    SMOOTH = 99  #: infinitely differentiable

    @property
    def label(self) -> str:
        """Short text for tables: ``discontinuous``, ``C0``, ``C1`` or ``smooth``."""
        return {-1: "discontinuous", 0: "C0", 1: "C1", 99: "smooth"}[int(self)]


@dataclass(frozen=True)
class Interval:
    """A real interval, possibly unbounded, used for output ranges."""

    lower: float
    upper: float
    lower_closed: bool = False
    upper_closed: bool = False

    def __str__(self) -> str:
        def bound(value: float) -> str:
            if math.isinf(value):
                return "-inf" if value < 0 else "inf"
            return f"{value:.4g}"

        left = "[" if self.lower_closed else "("
        right = "]" if self.upper_closed else ")"
        return f"{left}{bound(self.lower)}, {bound(self.upper)}{right}"

    @property
    def latex(self) -> str:
        """The interval in LaTeX, e.g. ``[0, \\infty)``."""

        def bound(value: float) -> str:
            if math.isinf(value):
                return r"-\infty" if value < 0 else r"\infty"
            return f"{value:.4g}"

        left = "[" if self.lower_closed else "("
        right = "]" if self.upper_closed else ")"
        return f"{left}{bound(self.lower)}, {bound(self.upper)}{right}"


@dataclass(frozen=True)
class Activation:
    """One activation function and what is true of it.

    Attributes
    ----------
    name : str
        The function's name in this package, e.g. ``"mish"``.
    title : str
        The name people use, e.g. ``"Mish"``.
    function : callable
        The activation itself.
    derivative : callable or None
        Its derivative (None for softmax and log-softmax, which are not
        elementwise).
    formula, derivative_formula : str
        LaTeX for the definition and the derivative.
    output_range : Interval
        The set of values the function takes (at its default parameters).
    monotonic : bool or None
        True if the function never decreases; None where it does not apply
        (softmax).
    smoothness : Smoothness
        Discontinuous, C0 (kink), C1 or smooth.
    zero_centred : bool or None
        True if a standard normal input gives an output of mean zero.
    reference : str
        Who introduced it, as "Author et al. (year)".
    year : int
        The year of that reference.
    in_article : bool
        True for the functions of the article this project grew from.
    parameters : Mapping
        Arguments passed on top of ``x`` by :meth:`__call__` (only for
        functions without defaults, such as ``threshold``).
    kinks : tuple of float
        The points where the function or its derivative is not continuous.
    elementwise : bool
        False for functions of a whole vector (softmax).
    """

    name: str
    title: str
    function: Callable[..., Any]
    derivative: Callable[..., Any] | None
    formula: str
    derivative_formula: str
    output_range: Interval
    monotonic: bool | None
    smoothness: Smoothness
    zero_centred: bool | None
    reference: str
    year: int
    in_article: bool = False
    parameters: Mapping[str, float] = field(default_factory=dict)
    kinks: tuple[float, ...] = ()
    elementwise: bool = True

    def __call__(self, x: ArrayLike) -> Any:
        """Evaluate the function at ``x`` with the catalogue's parameters."""
        return self.function(x, **self.parameters)

    def derivative_at(self, x: ArrayLike) -> Any:
        """Evaluate the derivative at ``x`` with the catalogue's parameters."""
        if self.derivative is None:
            raise TypeError(f"{self.name} is not elementwise and has no scalar derivative")
        return self.derivative(x, **self.parameters)

    @property
    def module(self) -> str:
        """The module that defines the function, e.g. ``"smooth"``."""
        return self.function.__module__.rsplit(".", 1)[-1]


_INF = math.inf
_REAL_LINE = Interval(-_INF, _INF)

# Minima of the non-monotonic gated functions, from mpmath.findroot on the
# derivative (checked in the tests).
SWISH_MINIMUM = -0.2784645427610738
MISH_MINIMUM = -0.30884341301725041
GELU_MINIMUM = -0.16997120747990366

_ENTRIES = (
    Activation(
        "step", "Step", basic.step, basic.step_derivative,
        r"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}", r"0",
        Interval(0.0, 1.0, True, True), True, Smoothness.DISCONTINUOUS, False,
        "McCulloch and Pitts (1943)", 1943, in_article=True, kinks=(0.0,),
    ),
    Activation(
        "identity", "Identity", basic.identity, basic.identity_derivative,
        r"x", r"1",
        _REAL_LINE, True, Smoothness.SMOOTH, True,
        "Widrow and Hoff (1960)", 1960, in_article=True,
    ),
    Activation(
        "sigmoid", "Sigmoid", squashing.sigmoid, squashing.sigmoid_derivative,
        r"\frac{1}{1 + e^{-x}}", r"\sigma(x)\,(1 - \sigma(x))",
        Interval(0.0, 1.0), True, Smoothness.SMOOTH, False,
        "Rumelhart et al. (1986)", 1986, in_article=True,
    ),
    Activation(
        "tanh", "Tanh", squashing.tanh, squashing.tanh_derivative,
        r"\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}", r"1 - \tanh^2(x)",
        Interval(-1.0, 1.0), True, Smoothness.SMOOTH, True,
        "LeCun et al. (1998)", 1998, in_article=True,
    ),
    Activation(
        "relu", "ReLU", basic.relu, basic.relu_derivative,
        r"\max(0, x)", r"\begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
        Interval(0.0, _INF, True), True, Smoothness.C0, False,
        "Nair and Hinton (2010)", 2010, in_article=True, kinks=(0.0,),
    ),
    Activation(
        "softmax", "Softmax", softmax.softmax, None,
        r"\frac{e^{x_i}}{\sum_j e^{x_j}}",
        r"\frac{\partial y_i}{\partial x_j} = y_i(\delta_{ij} - y_j)",
        Interval(0.0, 1.0, True, True), None, Smoothness.SMOOTH, None,
        "Bridle (1990)", 1990, in_article=True, elementwise=False,
    ),
    Activation(
        "log_softmax", "Log-softmax", softmax.log_softmax, None,
        r"x_i - \log\sum_j e^{x_j}",
        r"\frac{\partial y_i}{\partial x_j} = \delta_{ij} - \operatorname{softmax}(x)_j",
        Interval(-_INF, 0.0, True, True), None, Smoothness.SMOOTH, None,
        "Bridle (1990)", 1990, elementwise=False,
    ),
    Activation(
        "softplus", "Softplus", smooth.softplus, smooth.softplus_derivative,
        r"\log(1 + e^{x})", r"\sigma(x)",
        Interval(0.0, _INF), True, Smoothness.SMOOTH, False,
        "Dugas et al. (2000)", 2000, in_article=True,
    ),
    Activation(
        "swish", "Swish", smooth.swish, smooth.swish_derivative,
        r"x\,\sigma(\beta x)",
        r"\sigma(\beta x) + \beta x\,\sigma(\beta x)(1 - \sigma(\beta x))",
        Interval(SWISH_MINIMUM, _INF, True), False, Smoothness.SMOOTH, False,
        "Ramachandran et al. (2017)", 2017, in_article=True,
    ),
    Activation(
        "silu", "SiLU", smooth.silu, smooth.silu_derivative,
        r"x\,\sigma(x)", r"\sigma(x)\,(1 + x\,(1 - \sigma(x)))",
        Interval(SWISH_MINIMUM, _INF, True), False, Smoothness.SMOOTH, False,
        "Hendrycks and Gimpel (2016)", 2016,
    ),
    Activation(
        "mish", "Mish", smooth.mish, smooth.mish_derivative,
        r"x \tanh(\operatorname{softplus}(x))",
        r"\tanh(\operatorname{softplus}(x)) + x\,\sigma(x)\,"
        r"\operatorname{sech}^2(\operatorname{softplus}(x))",
        Interval(MISH_MINIMUM, _INF, True), False, Smoothness.SMOOTH, False,
        "Misra (2019)", 2019, in_article=True,
    ),
    Activation(
        "gelu", "GELU", smooth.gelu, smooth.gelu_derivative,
        r"x\,\Phi(x)", r"\Phi(x) + x\,\varphi(x)",
        Interval(GELU_MINIMUM, _INF, True), False, Smoothness.SMOOTH, False,
        "Hendrycks and Gimpel (2016)", 2016,
    ),
    Activation(
        "log_sigmoid", "Log-sigmoid", squashing.log_sigmoid,
        squashing.log_sigmoid_derivative,
        r"-\log(1 + e^{-x})", r"\sigma(-x)",
        Interval(-_INF, 0.0), True, Smoothness.SMOOTH, False,
        "Rumelhart et al. (1986)", 1986,
    ),
    Activation(
        "softsign", "Softsign", squashing.softsign, squashing.softsign_derivative,
        r"\frac{x}{1 + |x|}", r"\frac{1}{(1 + |x|)^2}",
        Interval(-1.0, 1.0), True, Smoothness.C1, True,
        "Turian et al. (2009)", 2009, kinks=(0.0,),
    ),
    Activation(
        "leaky_relu", "Leaky ReLU", rectifiers.leaky_relu, rectifiers.leaky_relu_derivative,
        r"\begin{cases} x & x > 0 \\ 0.01\,x & x \le 0 \end{cases}",
        r"\begin{cases} 1 & x > 0 \\ 0.01 & x \le 0 \end{cases}",
        _REAL_LINE, True, Smoothness.C0, False,
        "Maas et al. (2013)", 2013, kinks=(0.0,),
    ),
    Activation(
        "prelu", "PReLU", rectifiers.prelu, rectifiers.prelu_derivative,
        r"\begin{cases} x & x > 0 \\ w\,x & x \le 0 \end{cases}",
        r"\begin{cases} 1 & x > 0 \\ w & x \le 0 \end{cases}",
        _REAL_LINE, True, Smoothness.C0, False,
        "He et al. (2015)", 2015, kinks=(0.0,),
    ),
    Activation(
        "rrelu", "RReLU", rectifiers.rrelu, rectifiers.rrelu_derivative,
        r"\begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases},\ "
        r"a \sim U(\tfrac18, \tfrac13)",
        r"\begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}",
        _REAL_LINE, True, Smoothness.C0, False,
        "Xu et al. (2015)", 2015, kinks=(0.0,),
    ),
    Activation(
        "relu6", "ReLU6", rectifiers.relu6, rectifiers.relu6_derivative,
        r"\min(\max(0, x), 6)", r"\begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}",
        Interval(0.0, 6.0, True, True), True, Smoothness.C0, False,
        "Krizhevsky (2010)", 2010, kinks=(0.0, 6.0),
    ),
    Activation(
        "threshold", "Threshold", rectifiers.threshold, rectifiers.threshold_derivative,
        r"\begin{cases} x & x > \theta \\ v & x \le \theta \end{cases}",
        r"\begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}",
        Interval(0.0, _INF, True), True, Smoothness.DISCONTINUOUS, False,
        "Collobert et al. (2011)", 2011,
        parameters=MappingProxyType({"threshold": 1.0, "value": 0.0}), kinks=(1.0,),
    ),
    Activation(
        "elu", "ELU", rectifiers.elu, rectifiers.elu_derivative,
        r"\begin{cases} x & x > 0 \\ \alpha(e^{x} - 1) & x \le 0 \end{cases}",
        r"\begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}",
        Interval(-1.0, _INF), True, Smoothness.C1, False,
        "Clevert et al. (2015)", 2015, kinks=(0.0,),
    ),
    Activation(
        "selu", "SELU", rectifiers.selu, rectifiers.selu_derivative,
        r"\lambda \begin{cases} x & x > 0 \\ \alpha(e^{x} - 1) & x \le 0 \end{cases}",
        r"\lambda \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}",
        Interval(-rectifiers.SELU_SCALE_TIMES_ALPHA, _INF), True,
        Smoothness.C0, True,
        "Klambauer et al. (2017)", 2017, kinks=(0.0,),
    ),
    Activation(
        "celu", "CELU", rectifiers.celu, rectifiers.celu_derivative,
        r"\max(0, x) + \min(0, \alpha(e^{x/\alpha} - 1))",
        r"\begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}",
        Interval(-1.0, _INF), True, Smoothness.C1, False,
        "Barron (2017)", 2017, kinks=(0.0,),
    ),
    Activation(
        "hard_sigmoid", "Hard sigmoid", hard.hard_sigmoid, hard.hard_sigmoid_derivative,
        r"\frac{\operatorname{relu6}(x + 3)}{6}",
        r"\begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}",
        Interval(0.0, 1.0, True, True), True, Smoothness.C0, False,
        "Howard et al. (2019)", 2019, kinks=(-3.0, 3.0),
    ),
    Activation(
        "hard_swish", "Hard swish", hard.hard_swish, hard.hard_swish_derivative,
        r"x\,\frac{\operatorname{relu6}(x + 3)}{6}",
        r"\begin{cases} 0 & x \le -3 \\ (2x + 3)/6 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}",
        Interval(-0.375, _INF, True), False, Smoothness.C0, False,
        "Howard et al. (2019)", 2019, kinks=(-3.0, 3.0),
    ),
    Activation(
        "hard_tanh", "Hard tanh", hard.hard_tanh, hard.hard_tanh_derivative,
        r"\min(\max(x, -1), 1)",
        r"\begin{cases} 1 & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}",
        Interval(-1.0, 1.0, True, True), True, Smoothness.C0, True,
        "Collobert (2004)", 2004, kinks=(-1.0, 1.0),
    ),
    Activation(
        "softshrink", "Softshrink", shrink.softshrink, shrink.softshrink_derivative,
        r"\begin{cases} x - \lambda & x > \lambda \\ 0 & |x| \le \lambda \\ "
        r"x + \lambda & x < -\lambda \end{cases}",
        r"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        _REAL_LINE, True, Smoothness.C0, True,
        "Donoho (1995)", 1995, kinks=(-0.5, 0.5),
    ),
    Activation(
        "hardshrink", "Hardshrink", shrink.hardshrink, shrink.hardshrink_derivative,
        r"\begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        r"\begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        _REAL_LINE, True, Smoothness.DISCONTINUOUS, True,
        "Donoho and Johnstone (1994)", 1994, kinks=(-0.5, 0.5),
    ),
    Activation(
        "tanhshrink", "Tanhshrink", shrink.tanhshrink, shrink.tanhshrink_derivative,
        r"x - \tanh(x)", r"\tanh^2(x)",
        _REAL_LINE, True, Smoothness.SMOOTH, True,
        "Collobert et al. (2011)", 2011,
    ),
)

#: Every activation of the package by name, in the order of the site's table.
ACTIVATIONS: Mapping[str, Activation] = MappingProxyType({entry.name: entry for entry in _ENTRIES})

