#!/usr/bin/env -S uv run --script
# /// script
# dependencies = ["nox>=2025.2.9"]
# ///
"""Every task a person runs: tests, doctests, lint, benchmarks, docs, site checks.

Run ``nox`` for the default sessions (tests, doctests, lint) or
``nox -s NAME`` for one. Dependencies come from the dependency groups in
pyproject.toml.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"

PYPROJECT = nox.project.load_toml("pyproject.toml")
# The one torch build that installs from this machine's disk (see README).
TORCH = "torch==2.13.0"
AXE_CORE = "axe-core@4.11"
SPHINX_BUILD = (
    "sphinx-build",
    "-n",
    "-W",
    "--keep-going",
    "-b",
    "html",
    "docs",
    "docs/_build/html",
)
# The Japanese edition: the same sources with docs/locale/ja, into html/ja.
SPHINX_BUILD_JA = (*SPHINX_BUILD[:-1], "-D", "language=ja", "docs/_build/html/ja")


def build_site(session: nox.Session, *arguments: str) -> None:
    """Both editions: English into docs/_build/html, then Japanese into html/ja."""
    session.run(*SPHINX_BUILD, *arguments)
    session.run(*SPHINX_BUILD_JA, *arguments)


def install(session: nox.Session, *groups: str) -> None:
    requirements = [r for group in groups for r in nox.project.dependency_groups(PYPROJECT, group)]
    session.install("-e", ".", *requirements)


@nox.session(default=True)
def tests(session: nox.Session) -> None:
    """Run the package's tests: accuracy against mpmath, contract, doctests (the site: ``site``)."""
    install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session(default=True)
def doctests(session: nox.Session) -> None:
    """Run the examples in the package's docstrings alone."""
    install(session, "test")
    session.run("pytest", "src/activation_functions", *session.posargs)


@nox.session(default=True)
def lint(session: nox.Session) -> None:
    """Ruff (lint and format), mypy, repo-review, and zizmor on the publishing workflow."""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("sp-repo-review", ".")
    session.run("zizmor", "--offline", ".github/workflows")


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Time every function against the naive formula, SciPy and torch.

    ``nox -s bench -- --torch`` also installs torch 2.13.0 (CPU) to compare
    with; without it, torch is used only if already installed.
    """
    install(session, "bench")
    arguments = list(session.posargs)
    if "--torch" in arguments:
        arguments.remove("--torch")
        session.install(TORCH)
    session.run("python", "benchmarks/bench.py", *arguments)


@nox.session(default=False)
def site(session: nox.Session) -> None:
    """Build the site, then test it in Chromium (Debian's, never a downloaded one).

    Needs /usr/bin/chromium (``apt-get install chromium``) and npm, which
    fetches axe-core for the accessibility checks.
    """
    install(session, "docs", "site")
    build_site(session)
    axe = Path(session.cache_dir) / "axe"
    session.run("npm", "install", "--no-save", "--prefix", str(axe), AXE_CORE, external=True)
    session.run(
        "pytest",
        "tests/site",
        "--site",
        *session.posargs,
        env={"AXE_CORE": str(axe / "node_modules" / "axe-core" / "axe.min.js")},
    )


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Build the site, English into docs/_build/html and Japanese into html/ja.

    Warnings are errors. ``nox -s docs -- --serve`` serves the English
    edition on http://127.0.0.1:8000 instead and rebuilds on every change
    (sphinx-autobuild).
    """
    install(session, "docs")
    arguments = list(session.posargs)
    if "--serve" in arguments:
        arguments.remove("--serve")
        session.install("sphinx-autobuild")
        session.run(
            "sphinx-autobuild",
            *SPHINX_BUILD[1:],
            "--watch",
            "src",
            "--watch",
            "gallery",
            *arguments,
        )
    else:
        build_site(session, *arguments)


@nox.session(default=False)
def translations(session: nox.Session) -> None:
    """Refresh the translation catalogues in docs/locale from the sources.

    Extracts every message of the site (gettext builder) and merges it into
    docs/locale/ja/LC_MESSAGES/*.po with sphinx-intl; new and changed
    messages are left empty or fuzzy there until translated, and
    ``tests/test_translations.py`` fails until they are.
    """
    install(session, "docs", "translations")
    session.run("sphinx-build", "-b", "gettext", "docs", "docs/_build/gettext")
    session.run(
        "sphinx-intl", "update", "-p", "docs/_build/gettext", "-d", "docs/locale", "-l", "ja"
    )


if __name__ == "__main__":
    nox.main()
