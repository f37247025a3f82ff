"""The publishing configuration: valid against its schema, and building with nox -s docs.

check-jsonschema carries the schemas of GitHub workflows and of Read the
Docs configurations in its wheel, so this runs offline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "docs.yml"
READTHEDOCS = ROOT / ".readthedocs.yaml"


def validate(path: Path, schema: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("path", "schema"),
    [(WORKFLOW, "vendor.github-workflows"), (READTHEDOCS, "vendor.readthedocs")],
    ids=["github-workflow", "readthedocs"],
)
def test_configuration_matches_its_schema(path: Path, schema: str, tmp_path: Path) -> None:
    result = validate(path, schema)
    assert result.returncode == 0, result.stdout + result.stderr
    # The same check rejects a broken copy, so a pass above means something.
    broken = tmp_path / path.name
    broken.write_text(path.read_text().replace("runs-on:", "run-on:").replace("os:", "o:"))
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
