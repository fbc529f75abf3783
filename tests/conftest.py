"""Shared test set-up: nothing a test does may touch the repository's progress file,
figures use the Agg backend, and tests/ is importable (notebook_runner)."""
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _private_progress_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "progress-under-test.json"))
    yield
