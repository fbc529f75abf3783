"""One set of versions everywhere: requirements.lock (the full environment, every package
pinned, for Python 3.10-3.13 on every platform) agrees with requirements.txt (the packages the
course asks for), requirements-test.lock agrees with both, and environment.yml (Binder, conda)
gets its packages from the lock; every package the notebooks import is in the lock."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
PLATFORMS = {"linux": ("Linux", "x86_64"), "darwin": ("Darwin", "arm64"), "win32": ("Windows", "AMD64")}


def marker_env(python: str, platform: str) -> dict[str, str]:
    system, machine = PLATFORMS[platform]
    return {"python_version": python, "python_full_version": f"{python}.0", "sys_platform": platform,
            "platform_system": system, "platform_machine": machine, "implementation_name": "cpython",
            "platform_python_implementation": "CPython", "os_name": "nt" if platform == "win32" else "posix",
            "extra": ""}


def pins(path: Path, python: str, platform: str = "linux") -> dict[str, str]:
    """name -> exact version of every `name==version` line of a requirements file that applies
    to this Python and platform (lines naming other files, -r/-c, are skipped)."""
    found: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split(" #")[0].strip()
        if not line or line.startswith(("#", "-")):
            continue
        req = Requirement(line)
        specs = list(req.specifier)
        assert len(specs) == 1 and specs[0].operator == "==", f"{path.name}:{number}: not an exact pin: {raw!r}"
        if req.marker is None or req.marker.evaluate(marker_env(python, platform)):
            name = re.sub(r"[-_.]+", "-", req.name).lower()
            assert name not in found, f"{path.name}:{number}: {name} pinned twice for Python {python} on {platform}"
            found[name] = specs[0].version
    return found


@pytest.mark.parametrize("python", PYTHONS)
def test_lock_has_the_requested_versions(python):
    wanted = pins(ROOT / "requirements.txt", python)
    locked = pins(ROOT / "requirements.lock", python)
    assert wanted, "requirements.txt pins nothing"
    differ = {name: (version, locked.get(name)) for name, version in wanted.items() if locked.get(name) != version}
    assert not differ, f"requirements.txt vs requirements.lock (asked, locked) for Python {python}: {differ} — run `make lock`"


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
@pytest.mark.parametrize("python", PYTHONS)
def test_test_lock_agrees_with_course_lock(python, platform):
    course = pins(ROOT / "requirements.lock", python, platform)
    test = pins(ROOT / "requirements-test.lock", python, platform)
    assert len(course) > 50, "the course lock should pin the whole environment, not only the direct packages"
    differ = {name: (version, test.get(name)) for name, version in course.items() if test.get(name) != version}
    assert not differ, f"requirements.lock vs requirements-test.lock for Python {python} on {platform}: {differ}"
    wanted = pins(ROOT / "requirements-test.txt", python, platform)
    differ = {name: (version, test.get(name)) for name, version in wanted.items() if test.get(name) != version}
    assert not differ, f"requirements-test.txt vs requirements-test.lock for Python {python}: {differ} — run `make lock`"


def test_locks_were_made_by_make_lock():
    for name in ("requirements.lock", "requirements-test.lock"):
        head = (ROOT / name).read_text(encoding="utf-8")[:300]
        assert "make lock" in head, f"{name} does not say how it was made"


def test_environment_yml_takes_its_packages_from_the_lock():
    yaml = __import__("yaml")
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"][0] == "conda-forge" and set(env["channels"]) <= {"conda-forge", "nodefaults"}
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    names = {re.split(r"[=<>! ]", d, maxsplit=1)[0] for d in conda}
    # conda supplies Python and pip only; any other package would be a second, unchecked pin
    assert names == {"python", "pip"}, f"environment.yml: conda packages besides python and pip: {names - {'python', 'pip'}}"
    python = next(d for d in conda if d.startswith("python"))
    m = re.fullmatch(r"python=(3\.\d+)", python)
    assert m and m.group(1) in PYTHONS, f"environment.yml: {python!r} is not one of the locked Pythons {PYTHONS}"
    for d in env["dependencies"]:
        if isinstance(d, dict):  # a pip: section may only point at the lock
            assert d.keys() == {"pip"} and d["pip"] == ["-r requirements.lock"], d
    post_build = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert "-r requirements.lock" in post_build, "postBuild must install the lock"
    assert "-e ." not in post_build, "an editable install leaves korea_course.egg-info in the students' file browser"


def test_make_installs_from_the_lock():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    assert "-r requirements-test.lock" in recipe
    assert "requirements-test.txt" not in recipe and "requirements.txt" not in recipe


def test_notebook_imports_are_provided():
    import json

    imported = set()
    for nb in list((ROOT / "notebooks").glob("*.ipynb")) + list((ROOT / "exercises").glob("*.ipynb")):
        for cell in json.loads(nb.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                src = "".join(cell["source"])
                imported |= set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_][\w]*)", src, re.M))
    locked = set(pins(ROOT / "requirements.lock", "3.11"))
    import_names = {"IPython": "ipython", "ipywidgets": "ipywidgets", "matplotlib": "matplotlib", "pandas": "pandas",
                    "numpy": "numpy"}
    stdlib = {"math", "datetime", "re", "json", "collections", "itertools", "statistics", "__future__"}
    missing = {name for name in imported - stdlib - {"korea_course"}
               if import_names.get(name, name.lower()) not in locked}
    assert not missing, f"imported by a notebook but not in requirements.lock: {missing}"


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
