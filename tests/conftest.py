"""Shared fixtures: the catalogue's elementwise entries, and a quiet NumPy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from activation_functions import ACTIVATIONS

# tests/reference.py is a helper module, not a test file.
sys.path.insert(0, str(Path(__file__).parent))

ELEMENTWISE = [name for name, entry in ACTIVATIONS.items() if entry.elementwise]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--site",
        action="store_true",
        help="run tests/site: browser tests of the built site (nox -s site does this)",
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    # The browser tests need the built site and Chromium; nox -s site builds
    # the one and checks for the other, and passes --site.
    if collection_path.name == "site" and not config.getoption("--site"):
        return True
    return None


@pytest.fixture(params=ELEMENTWISE)
def elementwise(request: pytest.FixtureRequest):
    """Each elementwise catalogue entry in turn."""
    return ACTIVATIONS[request.param]
