"""The project's metadata: licence, classifiers and URLs, as PyPI and pip show them."""

from __future__ import annotations

import tomllib
from pathlib import Path

import trove_classifiers

import reunify_cli

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_file_is_the_mit_license_pyproject_names() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert PROJECT["license"] == "MIT"  # an SPDX expression (PEP 639), not the old table
    assert PROJECT["license-files"] == ["LICENSE"]
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 the reunify authors" in text
    assert "Permission is hereby granted, free of charge" in text
    # PEP 639: with a licence expression, licence classifiers are deprecated
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]


def test_classifiers_are_known_to_pypi_and_match_the_python_versions() -> None:
    classifiers = PROJECT["classifiers"]
    unknown = [c for c in classifiers if c not in trove_classifiers.classifiers]
    assert unknown == []
    assert PROJECT["requires-python"] == ">=3.11"
    versions = [c.rsplit(" :: ", 1)[1] for c in classifiers if c.count(" :: ") == 2]
    versions = [v for v in versions if v.startswith("3.")]
    assert versions and min(versions, key=lambda v: int(v[2:])) == "3.11"
    assert "Typing :: Typed" in classifiers
    assert (ROOT / "reunify_cli" / "py.typed").is_file()


def test_project_urls_and_the_homepage_sarif_names_agree() -> None:
    urls = PROJECT["urls"]
    assert set(urls) >= {"Homepage", "Documentation", "Source", "Issues"}
    assert urls["Homepage"] == reunify_cli.HOMEPAGE
    assert all(url.startswith(reunify_cli.HOMEPAGE) for url in urls.values())
    assert reunify_cli.RULE_SOURCE.startswith(reunify_cli.HOMEPAGE)
