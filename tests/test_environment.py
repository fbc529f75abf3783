"""One source of truth for the pins: environment.yml (Binder, conda) agrees with
requirements.txt (make lab / make test); every package the notebooks import is listed."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONDA_NAMES = {"matplotlib-base": "matplotlib"}


def pip_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        spec, _, marker = line.partition(";")
        name, version = [s.strip() for s in spec.split("==")]
        if marker and "<" in marker:  # the conda environment is Python 3.11: skip older-Python pins
            continue
        pins[name.lower()] = version
    return pins


def conda_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"^\s*-\s*([A-Za-z0-9_.-]+)\s*=\s*([^\s#]+)", line)
        if m:
            pins[CONDA_NAMES.get(m.group(1).lower(), m.group(1).lower())] = m.group(2)
    return pins


def test_environment_yml_matches_requirements():
    conda = conda_pins()
    conda.pop("python", None)
    assert conda == pip_pins()


def test_environment_yml_parses_and_uses_conda_forge():
    yaml = __import__("yaml")
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    assert any(str(d).startswith("python=3") for d in env["dependencies"] if isinstance(d, str))


def test_notebook_imports_are_provided():
    import json

    imported = set()
    for nb in list((ROOT / "notebooks").glob("*.ipynb")) + list((ROOT / "exercises").glob("*.ipynb")):
        for cell in json.loads(nb.read_text())["cells"]:
            if cell["cell_type"] == "code":
                src = "".join(cell["source"])
                imported |= set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_][\w]*)", src, re.M))
    provided = set(pip_pins()) | {"korea_course", "IPython", "ipywidgets", "matplotlib", "pandas", "numpy"}
    stdlib = {"math", "datetime", "re", "json", "collections", "itertools", "statistics"}
    assert imported <= provided | stdlib, imported - provided - stdlib


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
