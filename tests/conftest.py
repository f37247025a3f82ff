"""Shared fixtures: the catalogue's elementwise entries, and a quiet NumPy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from activation_functions import ACTIVATIONS

# tests/reference.py is a helper module, not a test file.
sys.path.insert(0, str(Path(__file__).parent))

ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]


@pytest.fixture(params=ELEMENTWISE)
def elementwise(request: pytest.FixtureRequest):
    """Each elementwise catalogue entry in turn."""
    return ACTIVATIONS[request.param]
