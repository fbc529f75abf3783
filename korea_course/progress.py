"""The student's progress: one small JSON file inside the course folder.

Where: ``exercises/my_progress.json`` in the course folder (the folder that holds
``course_data/datapackage.json``), or the path in the environment variable
``KOREA_COURSE_PROGRESS``. Outside a course folder nothing is written: progress is kept in
memory for the session and the student is told so.

Safety: every write re-reads the file under a lock and changes only the one entry it
updates, so two kernels writing at once lose nothing; the new content goes to a temporary
file that replaces the old one in one step. A file that cannot be read is renamed aside
(``my_progress.corrupt-<time>.json``), reported once, and never deleted.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterator

ENV_VAR = "KOREA_COURSE_PROGRESS"
FILE_NAME = "my_progress.json"
SCHEMA_VERSION = 1

_memory: dict[str, Any] = {"version": SCHEMA_VERSION, "lessons": {}}
_notices: list[str] = []


def find_course_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default: the working folder) holding the course data."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "course_data" / "datapackage.json").is_file():
            return folder
    return None


def progress_path() -> Path | None:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    root = find_course_root()
    if root is None:
        return None
    return root / "exercises" / FILE_NAME


def take_notices() -> list[str]:
    """Messages about the progress file (set aside, not saved) not yet shown to the student."""
    notes = list(_notices)
    _notices.clear()
    return notes


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on a side file while reading and writing ``path``."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        import fcntl
    except ImportError:  # Windows: atomic replace still protects the file itself
        yield
        return
    with open(lock_path, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _valid(data: Any) -> bool:
    return (isinstance(data, dict) and isinstance(data.get("lessons"), dict)
            and all(isinstance(v, dict) and all(isinstance(e, dict) for e in v.values())
                    for v in data["lessons"].values()))


def _read(path: Path) -> dict[str, Any]:
    """Read the file; set a broken one aside (never delete it) and start afresh."""
    if not path.exists():
        return {"version": SCHEMA_VERSION, "lessons": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if _valid(data):
            return data
        problem = "it does not have the expected structure"
    except (OSError, ValueError, RecursionError) as exc:  # ValueError covers JSON and Unicode errors
        problem = f"it could not be read ({type(exc).__name__})"
    stamp = _dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    aside = path.with_name(f"{path.stem}.corrupt-{stamp}{path.suffix}")
    try:
        path.rename(aside)
        _notices.append(f"Your progress file {path.name} was damaged ({problem}). It was kept as "
                        f"{aside.name} and a new one was started; your answers in the notebook are unaffected.")
    except OSError:
        _notices.append(f"Your progress file {path.name} was damaged ({problem}) and could not be moved aside; "
                        "progress is kept in memory for now.")
        raise
    return {"version": SCHEMA_VERSION, "lessons": {}}


def _write_atomic(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # ASCII escapes: any text a student typed (even lone surrogates) can be saved
            json.dump(data, fh, indent=1, sort_keys=True, ensure_ascii=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def load() -> dict[str, Any]:
    """The whole progress record (a fresh dict; changing it changes nothing on disk)."""
    path = progress_path()
    if path is None:
        return json.loads(json.dumps(_memory))
    try:
        with _locked(path):
            return _read(path)
    except OSError:
        return json.loads(json.dumps(_memory))


def update(lesson: str, question: str, *, add_attempt: bool = False, **fields: Any) -> bool:
    """Merge ``fields`` into one question's entry (``add_attempt`` counts one more attempt).

    Returns False when the change could only be kept in memory.
    """
    fields["updated"] = _dt.datetime.now().isoformat(timespec="seconds")

    def merge(entry: dict[str, Any]) -> None:
        entry.update(fields)
        if add_attempt:
            previous = entry.get("attempts")
            entry["attempts"] = (previous if isinstance(previous, int) else 0) + 1

    merge(_memory["lessons"].setdefault(lesson, {}).setdefault(question, {}))
    path = progress_path()
    if path is None:
        _notice_once("not-in-course", "This notebook is not inside the course folder, so progress is kept "
                     "only until the kernel restarts.")
        return False
    try:
        with _locked(path):
            data = _read(path)
            merge(data["lessons"].setdefault(lesson, {}).setdefault(question, {}))
            data["version"] = SCHEMA_VERSION
            _write_atomic(path, data)
        return True
    except OSError as exc:
        _notice_once("write-failed", f"Progress could not be saved ({exc.strerror or exc}); "
                     "it is kept in memory for now.")
        return False


def _notice_once(key: str, message: str) -> None:
    if key not in _notices_shown:
        _notices_shown.add(key)
        _notices.append(message)


_notices_shown: set[str] = set()


def entry(lesson: str, question: str) -> dict[str, Any]:
    return load()["lessons"].get(lesson, {}).get(question, {})
