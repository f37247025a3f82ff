"""Lighthouse's mobile audit of four kinds of page, served compressed like a static host.

``nox -s site`` runs it with the other site tests, ``nox -s audit`` alone;
both print the scores.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
from pathlib import Path

import pytest
from conftest import CHROMIUM_ARGUMENTS, LIGHTHOUSE_REPORT, chromium_path

PAGES = {
    "landing": "index.html",
    "function page": "auto_examples/activations/plot_swish.html",
    "API page": "generated/activation_functions.mish.html",
    "comparison table": "comparison.html",
}
TARGETS = {"performance": 90, "accessibility": 100, "best-practices": 95, "seo": 95}
# What a function page (with its slider) may transfer on a first visit, compressed.
GALLERY_BYTES = 400_000
# Lighthouse's scores vary from run to run with the machine's load (mostly
# total blocking time); its documentation advises the median of several runs.
RUNS = 5


@pytest.fixture(scope="session")
def lighthouse() -> str:
    path = os.environ.get("LIGHTHOUSE", "")
    if not Path(path).is_file():
        pytest.fail("set LIGHTHOUSE to the lighthouse CLI of the npm package (nox does)")
    return path


def audit(lighthouse: str, url: str) -> dict:
    """Lighthouse's report on ``url``: its default mobile profile (a mid-range
    phone on a slow 4G connection, simulated), in Debian's Chromium."""
    command = [
        lighthouse,
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(TARGETS)}",
        f"--chrome-flags=--headless=new {' '.join(CHROMIUM_ARGUMENTS)}",
    ]
    environment = {**os.environ, "CHROME_PATH": chromium_path()}
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize("kind", PAGES)
def test_lighthouse_scores_meet_the_targets(lighthouse, site_url, kind):
    reports = [audit(lighthouse, f"{site_url}/{PAGES[kind]}") for _ in range(RUNS)]
    for report in reports:
        assert not report.get("runtimeError"), report["runtimeError"]
    scores = {
        name: statistics.median(
            round(100 * report["categories"][name]["score"]) for report in reports
        )
        for name in TARGETS
    }
    # The run whose performance score is the median one, for the details.
    report = sorted(reports, key=lambda r: r["categories"]["performance"]["score"])[RUNS // 2]
    audits = report["audits"]
    transferred = int(audits["total-byte-weight"]["numericValue"])
    LIGHTHOUSE_REPORT.append(
        f"{kind:<17} {PAGES[kind]:<42}"
        + "".join(f" {scores[name]:>5.0f}" for name in TARGETS)
        + f" {transferred / 1000:>8.0f} KB"
        + f" {audits['first-contentful-paint']['displayValue']:>7}"
        + f" {audits['largest-contentful-paint']['displayValue']:>7}"
        + f" {audits['total-blocking-time']['displayValue']:>7}"
        + f"   (performance in the {RUNS} runs: "
        + ", ".join(str(round(100 * r["categories"]["performance"]["score"])) for r in reports)
        + ")"
    )
    below = [name for name in TARGETS if scores[name] < TARGETS[name]]
    weak = {
        name: [
            ref["id"]
            for ref in report["categories"][name]["auditRefs"]
            if ref["weight"] and (audits[ref["id"]].get("score") or 0) < 0.9
        ]
        for name in below
    }
    assert not below, f"{kind}: median scores {scores}, targets {TARGETS}; weak audits: {weak}"
    if kind == "function page":
        assert transferred <= GALLERY_BYTES, f"{kind} transfers {transferred} bytes"
