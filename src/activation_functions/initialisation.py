r"""How a signal passes through a layer: moments under a standard normal input.

For a layer :math:`h = W f(z)` with :math:`n` inputs of second moment
:math:`E[f(Z)^2]` and weights drawn with variance :math:`g^2 / n`, the
pre-activations of the next layer have second moment
:math:`g^2\,E[f(Z)^2]`. The gain that keeps it at 1, layer after layer, is
therefore :math:`g = 1/\sqrt{E[f(Z)^2]}`; backwards, the gradients are
multiplied by :math:`g^2\,E[f'(Z)^2]` per layer. :func:`moments` computes
these expectations by quadrature, for :math:`Z` standard normal.

:data:`TORCH_GAINS` holds the gains that ``torch.nn.init.calculate_gain``
recommends, for comparison: they are rules of thumb, not these moments. Its
:math:`\sqrt 2` for ReLU is exact (He et al., 2015:
:math:`E[\operatorname{relu}(Z)^2] = 1/2`); 5/3 for tanh is a little larger
than the 1.59 that keeps the second moment (PyTorch's documentation gives no
derivation); 1 for the sigmoid ignores its mean of 1/2; and 3/4 for SELU
was chosen to keep the gradients stable, where the self-normalising
network of Klambauer et al. uses 1 (LeCun initialisation).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from scipy import integrate

if TYPE_CHECKING:
    from .catalogue import Activation

__all__ = ["TORCH_GAINS", "Moments", "moments"]

#: ``torch.nn.init.calculate_gain`` for the catalogue's functions it names
#: (its default negative slope of 0.01 for leaky ReLU).
TORCH_GAINS: Mapping[str, float] = MappingProxyType(
    {
        "identity": 1.0,
        "sigmoid": 1.0,
        "tanh": 5.0 / 3.0,
        "relu": math.sqrt(2.0),
        "leaky_relu": math.sqrt(2.0 / (1.0 + 0.01**2)),
        "selu": 3.0 / 4.0,
    }
)


@dataclass(frozen=True)
class Moments:
    """Expectations of an activation under a standard normal input :math:`Z`."""

    mean: float  #: :math:`E[f(Z)]`
    second: float  #: :math:`E[f(Z)^2]`
    slope_second: float  #: :math:`E[f'(Z)^2]`

    @property
    def gain(self) -> float:
        """The initialisation gain that keeps the second moment: :math:`1/\\sqrt{E[f(Z)^2]}`."""
        return 1.0 / math.sqrt(self.second)


# Beyond |z| = 40 the normal density is below 1e-347: nothing there counts,
# even for the exponential's e^(2z).
_REACH = 40.0


def _expectation(function: Callable[[float], float], kinks: tuple[float, ...]) -> float:
    """E[function(Z)] for a standard normal Z, by adaptive quadrature between the kinks."""
    edges = [-_REACH, *sorted(k for k in kinks if abs(k) < _REACH), _REACH]
    total = 0.0
    for low, high in itertools.pairwise(edges):
        value, _ = integrate.quad(
            lambda z: function(z) * math.exp(-z * z / 2.0), low, high, epsabs=1e-14, limit=200
        )
        total += value
    return total / math.sqrt(2.0 * math.pi)


def moments(entry: Activation) -> Moments:
    """:class:`Moments` of an elementwise entry of the catalogue, at its parameters.

    Examples
    --------
    >>> from activation_functions import ACTIVATIONS
    >>> from activation_functions.initialisation import moments
    >>> relu = moments(ACTIVATIONS["relu"])
    >>> print(f"{relu.second:.6f} {relu.gain:.6f}")
    0.500000 1.414214
    """
    if not entry.elementwise:
        raise TypeError(f"moments() needs an elementwise activation; {entry.name} is not one")

    def value(z: float) -> Any:
        return float(entry(z))

    def slope(z: float) -> Any:
        return float(entry.derivative_at(z))

    return Moments(
        mean=_expectation(value, entry.kinks),
        second=_expectation(lambda z: value(z) ** 2, entry.kinks),
        slope_second=_expectation(lambda z: slope(z) ** 2, entry.kinks),
    )
