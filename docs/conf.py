"""Sphinx configuration for the activation-functions documentation."""

from __future__ import annotations

import activation_functions

project = "activation-functions"
author = "The activation-functions developers"
copyright = "2026, The activation-functions developers"
version = release = activation_functions.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "numpydoc",
    "sphinx-mathjax-offline",  # MathJax served from the site itself, not a CDN
]

autosummary_generate = True
# Types are documented in the numpydoc Parameters sections; the annotations
# (ArrayLike and friends) would expand into private NumPy classes.
autodoc_typehints = "none"
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
default_role = "py:obj"

# Strict: every cross-reference must resolve. Names that docstrings use as
# plain types, not as links into this project's API:
nitpicky = True
nitpick_ignore = [
    ("py:class", "array_like"),
    ("py:class", "ndarray"),
    ("py:class", "scalar"),
    ("py:class", "optional"),
    ("py:class", "callable"),
    ("py:class", "numpy.random.Generator"),
    ("py:class", "numpy.dtype"),
    ("py:class", "Mapping"),
]

exclude_patterns = ["_build"]
html_theme = "alabaster"
html_static_path: list[str] = []
