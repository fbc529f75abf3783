"""pytest set-up for every way of running the tests, e.g. `pytest --nbval-lax notebooks exercises`
straight from the repository (tests/conftest.py adds the unit tests' own set-up).

Nothing a test run does may write into the course folder: the progress file that exercise
notebooks save goes to a temporary file (kernels started by nbval inherit the environment),
no bytecode caches are written, and Hypothesis keeps its files (no example database) in the
temporary folder too. A KOREA_COURSE_PROGRESS set by the caller (as `make test` does) is
respected.
"""
import os
import shutil
import sys
import tempfile

_scratch = tempfile.mkdtemp(prefix="korea-course-tests-")
if not os.environ.get("KOREA_COURSE_PROGRESS"):
    os.environ["KOREA_COURSE_PROGRESS"] = os.path.join(_scratch, "progress.json")
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"  # kernels and other child processes
os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = os.path.join(_scratch, "hypothesis")  # else ./.hypothesis
sys.dont_write_bytecode = True  # this process, from here on

try:
    from hypothesis import settings as _hypothesis_settings
except ImportError:  # the test tools are not all installed: nothing to configure
    pass
else:
    _hypothesis_settings.register_profile("course", database=None)
    _hypothesis_settings.load_profile("course")


def pytest_unconfigure(config):
    shutil.rmtree(_scratch, ignore_errors=True)
