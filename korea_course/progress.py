"""The student's progress: one small JSON file inside the course folder.

Where: ``exercises/my_progress.json`` in the course folder (the folder that holds
``course_data/datapackage.json``), or the path in the environment variable
``KOREA_COURSE_PROGRESS`` (a folder there means ``my_progress.json`` inside it). Outside a
course folder nothing is written: progress is kept in memory for the session and the
student is told so.

Safety: every write re-reads the file under a lock and changes only the one entry it
updates, so two kernels writing at once lose nothing; counts (attempts, hints seen) never go
down and a question once answered correctly stays so. The new content goes to a temporary
file that replaces the old one in one step. A symlink is followed (its target is updated and
the link kept); a missing folder is created. Only the course's own regular file is ever
replaced: a folder, device or other special file at that path is left alone and nothing is
saved. A regular file that cannot be read is renamed aside
(``my_progress.corrupt-<time>.json``), reported, and never deleted. Whenever a change could
not be saved the student is told, each time, and ``progress()`` says so.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, Iterator

ENV_VAR = "KOREA_COURSE_PROGRESS"
FILE_NAME = "my_progress.json"
SCHEMA_VERSION = 1
# Fields whose saved value may only grow (merging two kernels keeps the larger) or stay True.
_COUNTS = ("hints_shown",)
_STICKY = ("ever_correct", "solution_viewed")

_memory: dict[str, Any] = {"version": SCHEMA_VERSION, "lessons": {}}
_notices: list[str] = []
# Changes that could not be written, per file: {target: {(lesson, question): fields, with
# "attempts" counting the attempts not yet on disk}}. They are shown by load() and written with
# the next change that succeeds.
_pending: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
_state: dict[str, Any] = {"problem": None}  # why the last write failed, or None


class NotOurFile(OSError):
    """The progress path is something other than the course's own regular file."""


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
        path = Path(override).expanduser()
        with contextlib.suppress(OSError):
            if path.is_dir():  # "keep my progress in this folder"
                return path / FILE_NAME
        return path
    root = find_course_root()
    if root is None:
        return None
    return root / "exercises" / FILE_NAME


def _target(path: Path) -> Path:
    """The file actually written: a symlink's target (followed to the end), else the path itself."""
    return Path(os.path.realpath(path))


def _check_ours(target: Path) -> None:
    """Refuse anything but a regular file (or nothing yet) at the progress path."""
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        what = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a device, pipe or socket)"
        raise NotOurFile(f"{target} is {what}, so it was left alone")


def take_notices() -> list[str]:
    """Messages about the progress file (set aside, not saved) not yet shown to the student."""
    notes = list(dict.fromkeys(_notices))
    _notices.clear()
    return notes


def last_problem() -> str | None:
    """Why the most recent save failed (None when it worked, or nothing was saved yet)."""
    return _state["problem"]


@contextlib.contextmanager
def _locked(path: Path, required: bool = True) -> Iterator[None]:
    """Hold an exclusive lock on a side file while reading and writing ``path``.

    Reading goes ahead without the lock when the lock file cannot be made (a read-only folder).
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        import fcntl
    except ImportError:  # Windows: atomic replace still protects the file itself
        yield
        return
    try:
        lock = open(lock_path, "a+")
    except OSError:
        if required:
            raise
        yield
        return
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _valid(data: Any) -> bool:
    return (isinstance(data, dict) and isinstance(data.get("lessons"), dict)
            and all(isinstance(v, dict) and all(isinstance(e, dict) for e in v.values())
                    for v in data["lessons"].values()))


def _read(path: Path, set_aside: bool = True) -> dict[str, Any]:
    """Read the (regular) file; set a broken one aside (never delete it) and start afresh."""
    _check_ours(path)
    if not path.exists():
        return {"version": SCHEMA_VERSION, "lessons": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if _valid(data):
            return data
        problem = "it does not have the expected structure"
    except (OSError, ValueError, RecursionError) as exc:  # ValueError covers JSON and Unicode errors
        if isinstance(exc, PermissionError):
            raise
        problem = f"it could not be read ({type(exc).__name__})"
    if not set_aside:
        return {"version": SCHEMA_VERSION, "lessons": {}}
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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # ASCII escapes: any text a student typed (even lone surrogates) can be saved
            json.dump(data, fh, indent=1, sort_keys=True, ensure_ascii=True)
            fh.flush()
            os.fsync(fh.fileno())
        _check_ours(path)  # still ours (nothing put a folder there meanwhile)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _apply_pending(entry: dict[str, Any], pending: dict[str, Any]) -> None:
    fields = {k: v for k, v in pending.items() if k != "attempts"}
    _merge(entry, fields, False)
    extra = pending.get("attempts", 0)
    if extra:
        previous = entry.get("attempts")
        entry["attempts"] = (previous if isinstance(previous, int) and not isinstance(previous, bool)
                             and previous >= 0 else 0) + extra


def _overlay_pending(target: Path, data: dict[str, Any]) -> dict[str, Any]:
    """What is on disk, with the changes that could only be kept in memory on top."""
    for (lesson, question), pending in _pending.get(str(target), {}).items():
        _apply_pending(data["lessons"].setdefault(lesson, {}).setdefault(question, {}), pending)
    return data


def load() -> dict[str, Any]:
    """The whole progress record (a fresh dict; changing it changes nothing on disk)."""
    path = progress_path()
    if path is None:
        return json.loads(json.dumps(_memory))
    target = _target(path)
    try:
        _check_ours(target)  # a folder or device there: not even a lock file beside it
        with _locked(target, required=False):
            data = _read(target, set_aside=os.access(target.parent, os.W_OK))
    except OSError:
        return json.loads(json.dumps(_memory))
    return _overlay_pending(target, data)


def _merge(entry: dict[str, Any], fields: dict[str, Any], add_attempt: bool) -> None:
    for key, value in fields.items():
        old = entry.get(key)
        if key in _COUNTS:
            if isinstance(old, int) and not isinstance(old, bool) and isinstance(value, int) and old > value:
                continue
        elif key in _STICKY and old is True:
            continue
        elif key == "status" and value == "not_attempted" and isinstance(old, str):
            continue  # looking at a question again does not undo an attempt saved by another kernel
        entry[key] = value
    if add_attempt:
        previous = entry.get("attempts")
        entry["attempts"] = (previous if isinstance(previous, int) and not isinstance(previous, bool)
                             and previous >= 0 else 0) + 1


def update(lesson: str, question: str, *, add_attempt: bool = False, **fields: Any) -> bool:
    """Merge ``fields`` into one question's entry (``add_attempt`` counts one more attempt).

    Returns False when the change could only be kept in memory; the student is then told.
    """
    fields["updated"] = _dt.datetime.now().isoformat(timespec="seconds")
    _merge(_memory["lessons"].setdefault(lesson, {}).setdefault(question, {}), fields, add_attempt)
    path = progress_path()
    if path is None:
        _state["problem"] = "this notebook is not inside the course folder"
        _notices.append("This notebook is not inside the course folder, so your progress is kept only until the "
                        "kernel restarts.")
        return False
    target = _target(path)
    pending = _pending.setdefault(str(target), {})
    try:
        _check_ours(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with _locked(target):
            data = _read(target)
            entry = data["lessons"].setdefault(lesson, {}).setdefault(question, {})
            if (lesson, question) in pending:  # what earlier failed saves kept in memory
                _apply_pending(entry, pending[(lesson, question)])
            _merge(entry, fields, add_attempt)
            data["version"] = SCHEMA_VERSION
            _write_atomic(target, data)
        pending.pop((lesson, question), None)
        _state["problem"] = None
        return True
    except OSError as exc:
        reason = str(exc) if isinstance(exc, NotOurFile) else (exc.strerror or str(exc))
        _state["problem"] = f"{reason} ({path})" if not isinstance(exc, NotOurFile) else reason
        _notices.append(f"Your progress could not be saved: {_state['problem']}. It is kept in memory until the "
                        "kernel restarts; fix the folder (or set KOREA_COURSE_PROGRESS to a file you can write) "
                        "to save it.")
        kept = pending.setdefault((lesson, question), {})
        attempts = kept.get("attempts", 0) + (1 if add_attempt else 0)
        _merge(kept, fields, False)
        kept["attempts"] = attempts
        return False


def entry(lesson: str, question: str) -> dict[str, Any]:
    return load()["lessons"].get(lesson, {}).get(question, {})
