"""Check float32 results against float64 ones on every float32 in a range.

A function evaluated in float32 (for speed) is accurate only if its float32
operations are: NumPy's vectorised float32 ``exp`` and ``log`` are off by up
to 2.5 and 3.8 units in the last place, and a composition of them can add
up to more than the 4 units the package promises. This script compares,
for every float32 ``x`` whose magnitude lies in [2**low, 2**high), the
float32 result with the float64 result for the same ``x``; the float64
evaluation is itself within 4 float64 units of mpmath (``tests/test_accuracy.py``),
that is 1.5e-8 float32 units, so it serves as the exact value. Errors are
in units in the last place of the float32 rounding of that value; results
below the smallest normal float32 are skipped, as in the tests.

    python tools/check_float32.py sigmoid selu --low -20 --high 8

About 20 seconds a function for the default range (470 million inputs).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from activation_functions import ACTIVATIONS

CHUNK = 1 << 22
TINY = float(np.finfo(np.float32).smallest_normal)


def worst_error(name: str, low: int, high: int) -> tuple[float, float]:
    """The largest error in float32 units, and where, over the range."""
    entry = ACTIVATIONS[name]

    def function(x: np.ndarray) -> np.ndarray:
        return entry.function(x, **entry.parameters)

    # The bit patterns of 2**low and 2**high (the latter may be infinity's).
    first, last = ((power + 127) << 23 for power in (low, high))
    worst, worst_x = 0.0, float("nan")
    for start in range(first, last, CHUNK):
        magnitudes = np.arange(start, min(start + CHUNK, last), dtype=np.uint32)
        for sign in (1.0, -1.0):
            x = magnitudes.view(np.float32) * np.float32(sign)
            actual = function(x).astype(np.float64)
            exact = function(x.astype(np.float64))
            _, exponent = np.frexp(exact)
            unit = np.ldexp(1.0, exponent - 24)
            with np.errstate(divide="ignore", invalid="ignore"):  # not counted below
                error = np.abs(actual - exact) / unit
            counted = np.isfinite(exact) & (np.abs(exact) >= TINY) & np.isfinite(actual)
            error = np.where(counted, error, 0.0)
            # An infinite or NaN result where the exact one is finite and
            # normal is an error too (as large as can be).
            error[np.isfinite(exact) & (np.abs(exact) >= TINY) & ~np.isfinite(actual)] = np.inf
            index = int(np.argmax(error))
            if error[index] > worst:
                worst, worst_x = float(error[index]), float(x[index])
    return worst, worst_x


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="+", help="names in ACTIVATIONS")
    parser.add_argument("--low", type=int, default=-20, help="smallest magnitude, 2**low")
    parser.add_argument("--high", type=int, default=8, help="magnitudes below 2**high")
    arguments = parser.parse_args()
    if not -126 <= arguments.low < arguments.high <= 128:
        parser.error("need -126 <= low < high <= 128 (the normal float32 exponents)")
    for name in arguments.names:
        worst, where = worst_error(name, arguments.low, arguments.high)
        flag = "  above 4" if worst > 4.0 else ""
        print(f"{name:12} {worst:6.3f} ulp at x = {where!r}{flag}", flush=True)


if __name__ == "__main__":
    main()
