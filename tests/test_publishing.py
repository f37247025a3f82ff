"""The publishing configuration: valid against its schemas, and doing what the README says.

check-jsonschema carries the schemas of GitHub workflows, of Dependabot and
of Read the Docs configurations in its wheel, so this runs offline. The
workflows: docs.yml builds the site with nox -s docs; tests.yml runs the
tests on every supported Python, at the lowest supported versions and the
linters; release.yml builds and checks the package with nox -s package on a
version tag and publishes it on PyPI with trusted publishing. Each content
check is also shown to reject a broken copy, so that its pass means something.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

# ruamel.yaml comes with check-jsonschema (it reads YAML with it). Its safe
# loader reads YAML 1.2, where the key ``on`` stays a string.
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
WORKFLOW = WORKFLOWS / "docs.yml"
TESTS_WORKFLOW = WORKFLOWS / "tests.yml"
RELEASE_WORKFLOW = WORKFLOWS / "release.yml"
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
READTHEDOCS = ROOT / ".readthedocs.yaml"
SUPPORTED_PYTHONS = ["3.11", "3.12", "3.13"]


def validate(path: Path, schema: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_workflow_is_checked() -> None:
    """The schema test below takes every workflow in .github/workflows: these at least."""
    names = {path.name for path in WORKFLOWS.glob("*.yml")}
    assert {"docs.yml", "tests.yml", "release.yml"} <= names
    assert not list(WORKFLOWS.glob("*.yaml")), "name workflows *.yml so that they are checked"


# (file, its schema, a replacement that makes it invalid)
CONFIGURATIONS = [
    *(
        (path, "vendor.github-workflows", ("runs-on:", "run-on:"))
        for path in sorted(WORKFLOWS.glob("*.yml"))
    ),
    (DEPENDABOT, "vendor.dependabot", ("package-ecosystem:", "package-ecosystm:")),
    (READTHEDOCS, "vendor.readthedocs", ("os:", "o:")),
]


@pytest.mark.parametrize(
    ("path", "schema", "breakage"),
    CONFIGURATIONS,
    ids=[path.relative_to(ROOT).as_posix() for path, _, _ in CONFIGURATIONS],
)
def test_configuration_matches_its_schema(
    path: Path, schema: str, breakage: tuple[str, str], tmp_path: Path
) -> None:
    result = validate(path, schema)
    assert result.returncode == 0, result.stdout + result.stderr
    # The same check rejects a broken copy, so a pass above means something.
    text = path.read_text()
    assert breakage[0] in text
    broken = tmp_path / path.name
    broken.write_text(text.replace(*breakage))
    assert validate(broken, schema).returncode != 0


def test_workflow_builds_with_nox_and_deploys_the_html() -> None:
    text = WORKFLOW.read_text()
    assert "nox -s docs" in text
    assert "actions/upload-pages-artifact@" in text
    assert "path: docs/_build/html" in text
    assert "actions/deploy-pages@" in text
    assert "pages: write" in text and "id-token: write" in text
    # Only pushes to main are deployed; pull requests build.
    assert "if: github.event_name == 'push' && github.ref == 'refs/heads/main'" in text


def test_read_the_docs_builds_with_nox() -> None:
    text = READTHEDOCS.read_text()
    assert "nox -s docs" in text
    assert "cp -r docs/_build/html $READTHEDOCS_OUTPUT/html" in text


def load(text: str) -> dict[str, Any]:
    workflow = YAML(typ="safe").load(text)
    assert isinstance(workflow, dict)
    return workflow


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job.get("steps", []))


def runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in steps(job))


def uses(job: dict[str, Any]) -> list[str]:
    return [str(step["uses"]) for step in steps(job) if "uses" in step]


def common_problems(workflow: dict[str, Any]) -> list[str]:
    """What every workflow here keeps: read-only token, no persisted credentials, concurrency."""
    problems = []
    if workflow.get("permissions") != {"contents": "read"}:
        problems.append("the workflow's permissions are not just contents: read")
    if "group" not in workflow.get("concurrency", {}):
        problems.append("no concurrency group")
    for name, job in workflow["jobs"].items():
        if job.get("runs-on") != "ubuntu-24.04":
            problems.append(f"{name} does not run on ubuntu-24.04")
        checkouts = [
            s for s in steps(job) if str(s.get("uses", "")).startswith("actions/checkout@")
        ]
        if any(s.get("with", {}).get("persist-credentials") is not False for s in checkouts):
            problems.append(f"{name} checks out with persisted credentials")
    return problems


def problems_of_tests_workflow(text: str) -> list[str]:
    workflow = load(text)
    problems = common_problems(workflow)
    triggers = workflow["on"]
    if triggers.get("push", {}).get("branches") != ["main"] or "pull_request" not in triggers:
        problems.append("does not run on pushes to main and on pull requests")
    jobs = workflow["jobs"]
    matrix_jobs = [job for job in jobs.values() if "nox -s tests" in runs(job)]
    if len(matrix_jobs) != 1:
        problems.append("no single job runs nox -s tests")
    else:
        job = matrix_jobs[0]
        versions = job.get("strategy", {}).get("matrix", {}).get("python-version")
        if versions != SUPPORTED_PYTHONS:
            problems.append(f"nox -s tests runs on {versions}, not {SUPPORTED_PYTHONS}")
        setups = [
            s for s in steps(job) if str(s.get("uses", "")).startswith("actions/setup-python@")
        ]
        if not setups or setups[0].get("with", {}).get("python-version") != (
            "${{ matrix.python-version }}"
        ):
            problems.append("the tests job does not set up the matrix's Python")
    for session in ("lowest", "lint"):
        if not any(f"nox -s {session}" in runs(job) for job in jobs.values()):
            problems.append(f"no job runs nox -s {session}")
    for name, job in jobs.items():
        if "python -m pip install nox" not in runs(job):
            problems.append(f"{name} does not install nox with pip")
        if not any(action.startswith("actions/setup-python@") for action in uses(job)):
            problems.append(f"{name} does not use actions/setup-python")
    return problems


def problems_of_release_workflow(text: str) -> list[str]:
    workflow = load(text)
    problems = common_problems(workflow)
    if workflow["on"] != {"push": {"tags": ["v*"]}}:
        problems.append(f"triggers on {workflow['on']}, not only on pushed v* tags")
    jobs = workflow["jobs"]
    builders = [name for name, job in jobs.items() if "nox -s package" in runs(job)]
    publishers = [
        name
        for name, job in jobs.items()
        if any(action.startswith("pypa/gh-action-pypi-publish@") for action in uses(job))
    ]
    if len(builders) != 1 or len(publishers) != 1 or builders == publishers:
        return [*problems, "not one job building with nox -s package and another publishing"]
    build, publish = jobs[builders[0]], jobs[publishers[0]]
    if "permissions" in build:
        problems.append("the build job has permissions of its own")
    if not any(
        step.get("uses", "").startswith("actions/upload-artifact@")
        and step.get("with", {}).get("path") == "dist/"
        for step in steps(build)
    ):
        problems.append("the build job does not upload dist/")
    if publish.get("needs") != builders[0]:
        problems.append("the publish job does not wait for the build")
    if publish.get("permissions") != {"id-token": "write"}:
        problems.append("the publish job's permissions are not just id-token: write")
    environment = publish.get("environment", {})
    if (environment.get("name") if isinstance(environment, dict) else environment) != "pypi":
        problems.append("the publish job is not in the pypi environment")
    if runs(publish).strip():
        problems.append("the publish job runs commands: it should only publish what was built")
    for step in steps(publish):
        if str(step.get("uses", "")).startswith("pypa/gh-action-pypi-publish@"):
            given = set(step.get("with", {}))
            if given & {"password", "user", "username"}:
                problems.append(f"publishes with a token or password ({sorted(given)})")
    if "secrets." in text:
        problems.append("uses a secret: trusted publishing needs none")
    return problems


def test_tests_workflow_runs_the_sessions_on_every_supported_python() -> None:
    assert problems_of_tests_workflow(TESTS_WORKFLOW.read_text()) == []


def test_release_workflow_builds_with_nox_and_publishes_with_trusted_publishing() -> None:
    assert problems_of_release_workflow(RELEASE_WORKFLOW.read_text()) == []


TESTS_WORKFLOW_BREAKAGES = {
    "no 3.13": (', "3.13"]', "]"),
    "3.10 instead of 3.11": ('["3.11"', '["3.10"'),
    "no pull requests": ("  pull_request:\n", ""),
    "doctests instead of tests": ("nox -s tests\n", "nox -s doctests\n"),
    "fixed Python for the matrix": ("${{ matrix.python-version }}\n", '"3.12"\n'),
    "no lowest session": ("nox -s lowest", "nox -s doctests"),
    "no lint session": ("nox -s lint", "ruff check ."),
    "persisted credentials": ("persist-credentials: false", "persist-credentials: true"),
    "write permissions": ("contents: read", "contents: write"),
    "no concurrency group": ("  group: tests-", "  cancel-group: tests-"),
}

PUBLISH_STEP = "      - uses: pypa/gh-action-pypi-publish@"
RELEASE_WORKFLOW_BREAKAGES = {
    "on branches too": ('tags: ["v*"]', 'tags: ["v*"]\n    branches: [main]'),
    "on pull requests": ("on:\n", "on:\n  pull_request:\n"),
    "other tags": ('tags: ["v*"]', 'tags: ["*"]'),
    "no id-token": ("id-token: write", "id-token: none"),
    "id-token for the whole workflow": (
        "permissions:\n  contents: read",
        "permissions:\n  contents: read\n  id-token: write",
    ),
    "no environment": ("      name: pypi\n", "      name: release\n"),
    "a token": (
        "# v1.13.0\n",
        "# v1.13.0\n        with:\n          password: ${{ secrets.PYPI_API_TOKEN }}\n",
    ),
    "build without nox": ("nox -s package", "python -m build"),
    "no artifact": ("path: dist/\n          if-no-files", "path: build/\n          if-no-files"),
    "publish before the build": ("    needs: build\n", ""),
    "publish with another action": (PUBLISH_STEP, "      - uses: someone/pypi-upload@"),
}


@pytest.mark.parametrize(
    ("check", "path", "breakage"),
    [
        *(
            (problems_of_tests_workflow, TESTS_WORKFLOW, b)
            for b in TESTS_WORKFLOW_BREAKAGES.values()
        ),
        *(
            (problems_of_release_workflow, RELEASE_WORKFLOW, b)
            for b in RELEASE_WORKFLOW_BREAKAGES.values()
        ),
    ],
    ids=[
        *(f"tests.yml: {k}" for k in TESTS_WORKFLOW_BREAKAGES),
        *(f"release.yml: {k}" for k in RELEASE_WORKFLOW_BREAKAGES),
    ],
)
def test_content_checks_reject_a_broken_workflow(
    check: Any, path: Path, breakage: tuple[str, str]
) -> None:
    text = path.read_text()
    assert breakage[0] in text, f"{breakage[0]!r} is no longer in {path.name}"
    assert check(text.replace(*breakage)) != []


def test_package_session_builds_checks_and_installs_the_wheel() -> None:
    """nox -s package, which the release workflow runs, does what its name says."""
    noxfile = (ROOT / "noxfile.py").read_text()
    session = noxfile.partition("def package(")[2].partition("\n\n\n")[0]
    assert session, "noxfile.py has no package session"
    assert '"python", "-m", "build"' in session
    assert '"twine", "check", "--strict"' in session
    assert '"-m", "venv"' in session and '"pip", "install"' in session
    assert "SMOKE_TEST" in session
