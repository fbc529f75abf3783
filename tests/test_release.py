"""Ready to adopt: the package builds without a warning and carries its licences; one version
(korea_course.__version__) that CHANGELOG.md and CITATION.cff repeat; notebooks use the
korea_course and course_data of their own course folder even when another copy is installed
(a JupyterHub image, an editable install), and say so in one sentence; running the notebooks
under pytest directly writes nothing into the course folder; the course's own label lookups
raise no pandas FutureWarning."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OLD = "0.0.1"  # the version of the "other" installed copy in these tests


def course_version() -> str:
    m = re.search(r'^__version__\s*=\s*"([^"]+)"', (ROOT / "korea_course" / "__init__.py").read_text(), re.M)
    assert m, "korea_course/__init__.py has no __version__"
    return m.group(1)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("KOREA_COURSE_PROGRESS", "KOREA_COURSE_DATA", "PYTHONPATH", "PYTEST_ADDOPTS")
           and not k.startswith("PYTEST_")}
    env.update(PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1", MPLBACKEND="Agg", **extra)
    return env


def copy_package(dest: Path, version: str | None = None, extra_module: str | None = None) -> Path:
    shutil.copytree(ROOT / "korea_course", dest / "korea_course", ignore=shutil.ignore_patterns("__pycache__"))
    if version:
        init = dest / "korea_course" / "__init__.py"
        init.write_text(re.sub(r'^__version__\s*=\s*"[^"]+"', f'__version__ = "{version}"', init.read_text(), flags=re.M))
    if extra_module:
        (dest / "korea_course" / f"{extra_module}.py").write_text("PULLED = True\n")
    return dest / "korea_course"


def course_folder(dest: Path, **package_options) -> Path:
    """A course folder as a student has it: package, data, notebooks/ and exercises/ with their links."""
    dest.mkdir(parents=True)
    copy_package(dest, **package_options)
    shutil.copytree(ROOT / "course_data", dest / "course_data")
    for folder in ("notebooks", "exercises"):
        (dest / folder).mkdir()
        (dest / folder / "korea_course").symlink_to(Path("..") / "korea_course", target_is_directory=True)
    return dest


def build_wheel(source_root: Path, out: Path, pyproject: str | None = None) -> tuple[Path | None, str]:
    """Build the package from a copy of its files, offline (setuptools of this environment)."""
    src = out / "src"
    src.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md", "LICENSE", "LICENSE-CONTENT"):
        shutil.copy(ROOT / name, src / name)
    if pyproject is not None:
        (src / "pyproject.toml").write_text(pyproject)
    shutil.copytree(source_root / "korea_course", src / "korea_course", ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation",
                           "-w", str(out / "dist"), str(src)], capture_output=True, text=True, env=clean_env(),
                          timeout=300)
    wheels = sorted((out / "dist").glob("*.whl"))
    return (wheels[0] if proc.returncode == 0 and wheels else None), proc.stdout + proc.stderr


KERNEL_WITH_SITE_DIR = (
    "import os, site, sys\n"
    "if sys.path and sys.path[0] in ('', os.getcwd()): del sys.path[0]  # as ipykernel_launcher does\n"
    "site.addsitedir(os.environ['TEST_SITE_DIR'])  # one more site-packages, .pth files included\n"
    "from ipykernel import kernelapp\n"
    "kernelapp.launch_new_instance()\n")


def run_in_kernel(cwd: Path, code: str, site_dir: Path | None = None) -> tuple[str, str]:
    """Run ``code`` in a fresh kernel started in ``cwd`` (as Jupyter starts a notebook's
    kernel), with ``site_dir`` as one more site-packages folder (where pip would have
    installed the package); returns (printed text, error text)."""
    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager

    env = clean_env()
    kernels = Path(tempfile.mkdtemp(prefix="kernelspec-"))
    try:
        if site_dir is not None:
            env["TEST_SITE_DIR"] = str(site_dir)
            (kernels / "with-site").mkdir()
            (kernels / "with-site" / "kernel.json").write_text(json.dumps(
                {"argv": [sys.executable, "-c", KERNEL_WITH_SITE_DIR, "-f", "{connection_file}"],
                 "display_name": "Python with a site folder", "language": "python"}))
            km = KernelManager(kernel_name="with-site", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernels)]))
        else:
            km = KernelManager(kernel_name="python3")
        km.start_kernel(cwd=str(cwd), env=env)
        kc = km.client()
        kc.start_channels()
        out, err = [], []

        def hook(msg):
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                out.append(content["text"])
            elif kind in ("execute_result", "display_data"):
                out.append(content["data"].get("text/plain", ""))
            elif kind == "error":
                err.append(f"{content['ename']}: {content['evalue']}")

        try:
            kc.wait_for_ready(timeout=60)
            kc.execute_interactive(code, timeout=120, output_hook=hook)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    finally:
        shutil.rmtree(kernels, ignore_errors=True)
    return "".join(out), "\n".join(err)


PROBE = ("from pathlib import Path\nimport korea_course\nfrom korea_course.data import data_dir\n"
         "print('FILE', Path(korea_course.__file__).resolve())\nprint('DATA', data_dir().resolve())\n"
         "print('VERSION', korea_course.__version__)\n")


# ------------------------------------------------------------------------------ packaging
@pytest.fixture(scope="module")
def installed_old_copy(tmp_path_factory) -> Path:
    """The course package at another version, built into a wheel and installed (non-editable)
    into a folder of its own, as a hub image would have it."""
    work = tmp_path_factory.mktemp("old-install")
    copy_package(work / "old", version=OLD)
    wheel, log = build_wheel(work / "old", work / "build")
    assert wheel, f"the package did not build:\n{log[-3000:]}"
    target = work / "lib" / "site-packages"
    proc = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "--target",
                           str(target), str(wheel)], capture_output=True, text=True, env=clean_env(), timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return target


def test_package_builds_without_a_warning_and_ships_its_licences(tmp_path):
    import setuptools
    from packaging.specifiers import SpecifierSet

    tomllib = pytest.importorskip("tomllib") if sys.version_info >= (3, 11) else pytest.importorskip("tomli")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    requires = project["build-system"]["requires"]
    assert len(requires) == 1 and requires[0].startswith("setuptools")
    build_range = SpecifierSet(requires[0][len("setuptools"):])
    assert any(s.operator == "<" for s in build_range), "the build requirement needs an upper bound"
    assert setuptools.__version__ in build_range, (
        f"setuptools {setuptools.__version__} in this environment is outside the build range {build_range}")
    assert project["project"]["license"] == "MIT"  # an SPDX expression, not the deprecated table
    assert project["project"]["license-files"] == ["LICENSE", "LICENSE-CONTENT"]
    assert project["project"]["dynamic"] == ["version"]

    wheel, log = build_wheel(ROOT, tmp_path)
    assert wheel, log[-3000:]
    noisy = [line for line in log.splitlines() if re.search(r"deprecat|SetuptoolsWarning|!!", line, re.I)]
    assert not noisy, "the build warns:\n" + "\n".join(noisy[:20])
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        metadata = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert f"Version: {course_version()}" in metadata
    assert "License-Expression: MIT" in metadata
    assert any(n.endswith("licenses/LICENSE") for n in names) and any(n.endswith("licenses/LICENSE-CONTENT") for n in names)
    assert not any(n.startswith(("course_data/", "tests/", "notebooks/")) for n in names)


def test_the_build_check_sees_a_deprecation_warning(tmp_path):
    """Control for the test above: the licence as a TOML table (as before) does warn."""
    old_style = (ROOT / "pyproject.toml").read_text().replace('license = "MIT"', 'license = { text = "MIT" }')
    old_style = re.sub(r"^license-files = .*$", "", old_style, flags=re.M)
    wheel, log = build_wheel(ROOT, tmp_path, pyproject=old_style)
    assert re.search(r"deprecat", log, re.I), "no deprecation warning seen: the check above could not fail"


# ------------------------------------------------------------------------------ hub skew
def test_notebooks_use_their_own_folder_over_an_installed_copy(tmp_path, installed_old_copy):
    student = course_folder(tmp_path / "student", extra_module="pulled_update")
    out, err = run_in_kernel(student / "notebooks", PROBE + "import korea_course.pulled_update\n", installed_old_copy)
    assert not err, err
    lines = out.strip().splitlines()
    assert lines[0].startswith("Note:") and f"version {course_version()}" in lines[0] and f"version {OLD}" in lines[0], out
    assert sum(line.startswith("Note:") for line in lines) == 1, out
    assert f"FILE {(student / 'korea_course' / '__init__.py').resolve()}" in lines, out
    assert f"DATA {(student / 'course_data').resolve()}" in lines, out
    # the same from exercises/
    out, err = run_in_kernel(student / "exercises", PROBE, installed_old_copy)
    assert not err and f"FILE {(student / 'korea_course' / '__init__.py').resolve()}" in out, out + err


def test_a_folder_without_the_link_gets_the_installed_package_but_its_own_data(tmp_path, installed_old_copy):
    student = course_folder(tmp_path / "student")
    (student / "my_work").mkdir()
    out, err = run_in_kernel(student / "my_work", PROBE, installed_old_copy)
    assert not err, err
    assert "Note:" not in out, out  # the installed copy is the one in use: nothing is shadowed
    assert f"FILE {(installed_old_copy / 'korea_course' / '__init__.py').resolve()}" in out, out
    assert f"VERSION {OLD}" in out and f"DATA {(student / 'course_data').resolve()}" in out, out


def test_an_editable_install_elsewhere_does_not_win(tmp_path):
    """The hub image's copy installed in editable mode (a .pth file puts its folder on
    sys.path, its course_data beside it): the student's pulled package and data are used."""
    image = course_folder(tmp_path / "image", version=OLD)
    student = course_folder(tmp_path / "student")
    site_dir = tmp_path / "lib" / "site-packages"
    dist = site_dir / f"korea_course-{OLD}.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: korea-course\nVersion: {OLD}\n")
    (dist / "direct_url.json").write_text(json.dumps({"url": image.as_uri(), "dir_info": {"editable": True}}))
    (site_dir / f"__editable__.korea_course-{OLD}.pth").write_text(f"{image}\n")
    out, err = run_in_kernel(student / "notebooks", PROBE, site_dir)
    assert not err, err
    assert out.startswith("Note:") and f"DATA {(student / 'course_data').resolve()}" in out, out
    assert f"FILE {(student / 'korea_course' / '__init__.py').resolve()}" in out, out
    # control: from a folder without the link the editable copy is imported (so it is on the path)
    (student / "my_work").mkdir()
    out, err = run_in_kernel(student / "my_work", PROBE, site_dir)
    assert not err and f"FILE {(image / 'korea_course' / '__init__.py').resolve()}" in out, out + err
    assert f"DATA {(student / 'course_data').resolve()}" in out, out
    # and an editable install of the student's own folder is not "another copy"
    (dist / "direct_url.json").write_text(json.dumps({"url": student.as_uri(), "dir_info": {"editable": True}}))
    out, err = run_in_kernel(student / "notebooks", PROBE, site_dir)
    assert not err and "Note:" not in out, out + err


def test_the_repository_links_notebook_folders_to_the_package():
    for folder in ("notebooks", "exercises"):
        link = ROOT / folder / "korea_course"
        assert link.is_symlink(), f"{folder}/korea_course should be a link to ../korea_course"
        assert os.readlink(link) == "../korea_course"
        assert link.resolve() == (ROOT / "korea_course").resolve()


# ------------------------------------------------------------------------------ nothing written
NOTEBOOK_THAT_SAVES = {
    "cells": [{"cell_type": "code", "execution_count": None, "id": "save", "metadata": {}, "outputs": [],
               "source": "from korea_course import progress\n"
                         "assert progress.update('00', 'q1', status='correct'), 'progress was not saved'\n"
                         "print(progress.progress_path())"}],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}


def _listing(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_running_nbval_directly_writes_nothing_into_the_course_folder(tmp_path):
    course = course_folder(tmp_path / "course")
    shutil.copy(ROOT / "pyproject.toml", course / "pyproject.toml")
    (course / "exercises" / "00_saves.ipynb").write_text(json.dumps(NOTEBOOK_THAT_SAVES))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax", "--nbval-current-env",
               "exercises"]
    # control: without the repository's conftest.py the progress file lands in exercises/
    before = _listing(course)
    proc = subprocess.run(command, cwd=course, env=clean_env(PYTHONDONTWRITEBYTECODE="1"), capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "exercises/my_progress.json" in _listing(course) - before, "control failed: nothing was written"
    for leftover in course.glob("exercises/my_progress*"):
        leftover.unlink()
    # with it: nothing new at all, however pytest is started
    shutil.copy(ROOT / "conftest.py", course / "conftest.py")
    before = _listing(course)
    for cwd, args in ((course, ["exercises"]), (course / "exercises", ["."])):
        proc = subprocess.run(command[:-1] + args, cwd=cwd, env=clean_env(), capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    new = {p for p in _listing(course) - before if "__pycache__" not in p}
    assert not new, f"a direct nbval run wrote into the course folder: {sorted(new)}"


def test_this_run_keeps_hypothesis_and_progress_files_out_of_the_repository():
    """The repository's conftest.py is in force for this very run."""
    for variable in ("HYPOTHESIS_STORAGE_DIRECTORY", "KOREA_COURSE_PROGRESS"):
        where = os.environ.get(variable)
        assert where, f"{variable} is not set"
        assert not Path(where).resolve().is_relative_to(ROOT.resolve()), f"{variable}={where} is inside the repository"


# ------------------------------------------------------------------------------ pandas
def test_label_lookups_raise_no_pandas_warning():
    """A student's Series indexed by text: the checks look years up by label only. pandas 2
    (Python 3.10) falls back to position in ``Series.get(2014)`` and warns; pandas 3 does not,
    so ``Series.get`` calls are also recorded, which works on every pandas."""
    import pandas as pd

    from korea_course.answers import value_at
    from korea_course.exercises import lesson01, lesson03

    calls: list = []

    class RecordingSeries(pd.Series):
        @property
        def _constructor(self):
            return RecordingSeries

        def get(self, key, default=None):
            calls.append(key)
            return super().get(key, default)

    text_index = RecordingSeries([5, 7, 9], index=["2014", "2015", "2018"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert value_at(text_index, 2014, "none") == "none"  # never position 2014 (or 1)
        assert value_at(text_index, 1, "none") == "none"
        assert value_at(pd.Series([3.0], index=[2018]), 2018) == 3.0
        assert value_at(None, 2018, "none") == "none"
        lesson01._days_without_plus_one(text_index)
        lesson01._counts_meetings(text_index)
        matchers = [m.matches for q in lesson03.exercises.questions for m in q.misconceptions if m.matches]
        assert matchers
        for matches in matchers:
            try:
                matches(text_index)
            except Warning:
                raise
            except Exception:
                pass  # a rule for another kind of answer may refuse a Series; only label lookups matter
    assert not calls, f"Series.get called with {calls}: use korea_course.answers.value_at"


# ------------------------------------------------------------------------------ version, licence, citation
def test_one_version_repeated_in_changelog_and_citation():
    yaml = __import__("yaml")
    version = course_version()
    import korea_course

    assert korea_course.__version__ == version
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[?(\d+\.\d+\.\d+)\]?", changelog, re.M)
    assert first and first.group(1) == version, "CHANGELOG.md's newest entry is not the package version"
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert str(cff["version"]) == version
    assert cff["message"] and cff["title"] and cff["authors"]
    for author in cff["authors"]:
        assert author.get("name") or author.get("family-names"), author
    assert set(cff["license"]) == {"MIT", "CC-BY-4.0"}
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(cff["date-released"]))


def test_licence_files_name_the_copyright_holder():
    mit = (ROOT / "LICENSE").read_text(encoding="utf-8")
    cc = (ROOT / "LICENSE-CONTENT").read_text(encoding="utf-8")
    assert mit.startswith("MIT License") and re.search(r"Copyright \(c\) 20\d\d \S", mit)
    assert re.search(r"Copyright \(c\) 20\d\d \S", cc)
    assert "Attribution 4.0 International Public License" in cc
    assert "Section 8 -- Interpretation." in cc, "the CC BY 4.0 legal code is incomplete"
