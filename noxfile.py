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
from packaging.requirements import Requirement  # (nox itself depends on packaging)

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
    """Run the package's tests: accuracy against mpmath, contract, doctests; print coverage.

    Line coverage is measured on the tests not marked ``slow`` (a lower
    bound for the whole suite) and must reach 95 %; the slow ones, the dense
    sweeps against mpmath and the memory checks, then run without it, since
    coverage traces every line of Python, mpmath's too, and doubles their
    time. ``nox -s tests -- ARGS`` runs ``pytest ARGS`` once instead (``-m
    "not slow"`` for a run of seconds). The site and its translations are
    checked by ``nox -s site``.
    """
    install(session, "test")
    if session.posargs:
        session.run("pytest", *session.posargs)
        return
    session.run(
        "pytest",
        "-m",
        "not slow",
        "--cov=activation_functions",
        "--cov-report=term:skip-covered",
        "--cov-fail-under=95",
    )
    session.run("pytest", "-m", "slow")


@nox.session(default=False)
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
    ``tests/site/test_translations.py`` (run by ``nox -s site``) fails until they are.
    """
    install(session, "docs", "translations")
    session.run("sphinx-build", "-b", "gettext", "docs", "docs/_build/gettext")
    session.run(
        "sphinx-intl",
        "update",
        "-p",
        "docs/_build/gettext",
        "-d",
        "docs/locale",
        "-l",
        "ja",
        "-w",
        "-1",
    )


def floors(session: nox.Session) -> list[str]:
    """``name==X`` for each ``name>=X`` of [project] dependencies: the lowest supported versions."""
    pins = []
    for line in PYPROJECT["project"]["dependencies"]:
        requirement = Requirement(line)
        operators = [specifier.operator for specifier in requirement.specifier]
        if operators != [">="] or requirement.marker or requirement.extras:
            session.error(f"{line!r} in [project] dependencies must read 'name>=version'")
        (bound,) = requirement.specifier
        pins.append(f"{requirement.name}=={bound.version}")
    return pins


# Run in the session's environment: each pin's installed version, or an error.
CHECK_PINS = """
import importlib.metadata, sys
from packaging.requirements import Requirement
for pin in map(Requirement, sys.argv[1:]):
    version = importlib.metadata.version(pin.name)
    print(pin.name, version)
    if version not in pin.specifier:
        sys.exit(f"{pin.name} {version} is installed, not {pin.specifier}")
"""

# Run in the clean environment of ``nox -s package``, outside the repository.
SMOKE_TEST = """
import importlib.metadata, pathlib, sys
import activation_functions as af
where = pathlib.Path(af.__file__).resolve()
assert where.is_relative_to(pathlib.Path(sys.prefix).resolve()), f"imported from {where}"
assert af.softplus(800.0) == 800.0
print("activation-functions", importlib.metadata.version("activation-functions"), "from", where)
print("softplus(800.0) =", af.softplus(800.0), "gelu(1.0) =", af.gelu(1.0))
"""


@nox.session(default=False)
def lowest(session: nox.Session) -> None:
    """Run the package's tests at the lowest supported NumPy and SciPy.

    The floors are the ``>=`` bounds of [project] dependencies in
    pyproject.toml, installed exactly (``numpy==X scipy==Y``) with the test
    group in one resolution, so nothing upgrades them.
    """
    pins = floors(session)
    test_group = nox.project.dependency_groups(PYPROJECT, "test")
    session.install("-e", ".", *pins, *test_group)
    session.run("python", "-c", CHECK_PINS, *pins)
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def package(session: nox.Session) -> None:
    """Build the sdist and the wheel into dist/, check them, and try the wheel in a clean venv.

    The steps of the release workflow before it publishes: ``python -m
    build``, ``twine check --strict``, then the wheel installed with its
    dependencies (from PyPI) into a new virtual environment, imported and
    run there, outside the repository.
    """
    session.install("build", "twine")
    dist = Path("dist")
    for old in dist.glob("*"):
        old.unlink()
    session.run("python", "-m", "build", "--outdir", str(dist))
    built = sorted(str(path) for path in dist.iterdir())
    wheels = [path for path in built if path.endswith(".whl")]
    if len(wheels) != 1 or len(built) != 2 or not any(p.endswith(".tar.gz") for p in built):
        session.error(f"expected one wheel and one sdist in dist/, found {built}")
    session.run("twine", "check", "--strict", *built)
    temporary = Path(session.create_tmp()).resolve()
    venv = temporary / "clean-venv"
    session.run("python", "-m", "venv", "--clear", str(venv))
    scripts = venv / "Scripts" if (venv / "Scripts").is_dir() else venv / "bin"
    python = str(scripts / "python")
    session.run(python, "-m", "pip", "install", str(Path(wheels[0]).resolve()), external=True)
    with session.chdir(temporary):
        session.run(python, "-c", SMOKE_TEST, external=True)


if __name__ == "__main__":
    nox.main()
