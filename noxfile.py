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

import statistics
import time
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"

PYPROJECT = nox.project.load_toml("pyproject.toml")
# The one torch build that installs from this machine's disk (see README).
TORCH = "torch==2.13.0"
AXE_CORE = "axe-core@4.11"
LIGHTHOUSE = "lighthouse@13"
# Both editions of the site, English then Japanese, in one process.
BUILD_SITE = ("python", "tools/build_site.py")


def build_site(session: nox.Session, *arguments: str, silent: bool = False) -> None:
    """English into docs/_build/html, Japanese into html/ja (see tools/build_site.py)."""
    session.run(*BUILD_SITE, *arguments, silent=silent)


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
    """Time every function against the naive formula, SciPy and torch, and its peak memory.

    ``nox -s bench -- --torch`` also installs torch 2.13.0 (CPU) to compare
    with; without it, torch is used only if already installed.
    """
    install(session, "bench")
    arguments = list(session.posargs)
    if "--torch" in arguments:
        arguments.remove("--torch")
        session.install(TORCH)
    session.run("python", "benchmarks/bench.py", *arguments)


def npm_tools(session: nox.Session) -> dict[str, str]:
    """axe-core and Lighthouse from npm, into nox's cache; their paths for the site tests."""
    prefix = Path(session.cache_dir) / "npm"
    session.run(
        "npm", "install", "--no-save", "--prefix", str(prefix), AXE_CORE, LIGHTHOUSE, external=True
    )
    modules = prefix / "node_modules"
    return {
        "AXE_CORE": str(modules / "axe-core" / "axe.min.js"),
        "LIGHTHOUSE": str(modules / ".bin" / "lighthouse"),
    }


@nox.session(default=False)
def site(session: nox.Session) -> None:
    """Build the site, then test it in Chromium (Debian's, never a downloaded one).

    Needs /usr/bin/chromium (``apt-get install chromium``) and npm, which
    fetches axe-core and Lighthouse (whose audit alone is ``nox -s audit``).
    """
    install(session, "docs", "site")
    build_site(session)
    session.run("pytest", "tests/site", "--site", *session.posargs, env=npm_tools(session))


@nox.session(default=False)
def audit(session: nox.Session) -> None:
    """Lighthouse's mobile scores and transfer sizes of four pages, against the targets.

    Audits the site in docs/_build/html, building it first if there is none.
    """
    install(session, "docs", "site")
    if not Path("docs/_build/html/index.html").exists():
        build_site(session)
    session.run(
        "pytest",
        "tests/site/test_lighthouse.py",
        "--site",
        *session.posargs,
        env=npm_tools(session),
    )


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Build the site, English into docs/_build/html and Japanese into html/ja.

    Warnings are errors. ``nox -s docs -- --serve`` serves the English
    edition on http://127.0.0.1:8000 instead and rebuilds on every change
    (sphinx-autobuild).
    """
    install(session, "docs")
    if "--serve" in session.posargs:
        session.install("sphinx-autobuild")
    build_site(session, *session.posargs)


@nox.session(default=False)
def buildtime(session: nox.Session) -> None:
    """Time ``nox -s docs``'s build (both editions), dependencies installed.

    Three rounds of: a cold build (no earlier output, no cache), a rebuild
    with nothing changed, and a rebuild after editing one gallery script;
    prints each time, the medians and the targets (120 s, 10 s, 20 s).
    """
    install(session, "docs")
    script = Path("gallery/activations/plot_relu.py")
    original = script.read_text(encoding="utf-8")
    targets = {"cold build": 120.0, "no change": 10.0, "one gallery script edited": 20.0}
    times: dict[str, list[float]] = {case: [] for case in targets}

    def timed(case: str, *arguments: str) -> None:
        start = time.perf_counter()
        build_site(session, *arguments, silent=True)
        times[case].append(time.perf_counter() - start)

    try:
        for _ in range(3):
            timed("cold build", "--clean")
            timed("no change")
            script.write_text(original + "\n# Edited by nox -s buildtime.\n", encoding="utf-8")
            timed("one gallery script edited")
            script.write_text(original, encoding="utf-8")
    finally:
        script.write_text(original, encoding="utf-8")
    build_site(session, silent=True)  # the outputs of the script as it is
    session.log(f"{'docs build (both editions)':<28} {'runs (s)':<24} {'median':>7} {'target':>7}")
    for case, target in targets.items():
        runs = " ".join(f"{t:6.1f}" for t in times[case])
        median = statistics.median(times[case])
        verdict = "ok" if median <= target else "OVER"
        session.log(f"{case:<28} {runs:<24} {median:6.1f}s {target:6.0f}s {verdict}")


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
