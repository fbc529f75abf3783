"""Loading the course data: typed pandas tables checked against ``datapackage.json``.

``load_table("events")`` reads ``course_data/events.csv``, checks every row against the
table's schema in ``course_data/datapackage.json`` (types, required fields, allowed values,
patterns, unique keys, and that every ``source_ids`` entry names a row of ``sources.csv``)
and returns a DataFrame with proper dtypes. Any problem raises one ``CourseDataError`` that
names the file, the row (as a spreadsheet shows it: the header is row 1) and the field.

Partial dates (``2003-08`` or ``2003``, where the source gives no day) become the first day
of the period in the date column, and a companion column ``<field>_precision`` says
``day``, ``month`` or ``year`` so nothing is silently made more precise than the source.
"""
from __future__ import annotations

import csv
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

ENV_VAR = "KOREA_COURSE_DATA"
PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MULTI_SEPARATOR = ";"


# The six parties of the talks, in plain English (actors.csv has aliases and stakes).
PARTY_NAMES = {"RUS": "Russia", "CHN": "China", "USA": "United States", "ROK": "South Korea",
               "DPRK": "North Korea", "JPN": "Japan"}


class CourseDataError(ValueError):
    """A course data file is missing or broken; the message names file, row and field."""


def data_dir() -> Path:
    """The course_data folder: $KOREA_COURSE_DATA, else the one of the course folder holding the
    working folder (a notebook's kernel runs in notebooks/ or exercises/, so this is the student's
    own, possibly freshly pulled, copy), else the one beside this package."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "course_data" / "datapackage.json").is_file():
            return folder / "course_data"
    beside = Path(__file__).resolve().parent.parent / "course_data"
    if (beside / "datapackage.json").is_file():
        return beside
    raise CourseDataError("I can't find the course data: no course_data/datapackage.json beside the "
                          "korea_course package or above the working folder. Open the notebooks from the course folder.")


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def data_version() -> tuple:
    """Changes whenever a course data file changes (for caches of results computed from the data)."""
    folder = data_dir()
    try:
        return (str(folder),) + tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    except OSError:
        return (str(folder),)


def datapackage() -> dict[str, Any]:
    path = data_dir() / "datapackage.json"
    return _read_package(str(path), _mtime(path))


@lru_cache(maxsize=4)
def _read_package(path: str, _mtime: float) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise CourseDataError(f"{path} is missing.") from None
    except json.JSONDecodeError as exc:
        raise CourseDataError(f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}).") from None


def table_names() -> list[str]:
    return [r["name"] for r in datapackage().get("resources", [])]


def resource(name: str) -> dict[str, Any]:
    for r in datapackage().get("resources", []):
        if r.get("name") == name:
            return r
    known = ", ".join(table_names())
    raise CourseDataError(f"There is no table called {name!r} in the course data. Known tables: {known}.")


def load_table(name: str, *, check_sources: bool = True) -> pd.DataFrame:
    """A typed DataFrame of one course table (a fresh copy: change it freely)."""
    res = resource(name)
    path = data_dir() / res["path"]
    sources_path = data_dir() / "sources.csv"
    key = (name, str(path), _mtime(path), _mtime(data_dir() / "datapackage.json"),
           _mtime(sources_path) if check_sources else 0, check_sources)
    return _load_cached(key).copy()


@lru_cache(maxsize=64)
def _load_cached(key: tuple) -> pd.DataFrame:
    name, path, *_rest, check_sources = key
    res = resource(name)
    known_sources = _source_ids() if check_sources and name != "sources" else None
    return _load(Path(path), res, known_sources)


def _source_ids() -> frozenset[str]:
    table = load_table("sources", check_sources=False)
    return frozenset(table["id"])


def _read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.reader(fh, strict=True))
    except FileNotFoundError:
        raise CourseDataError(f"{path.name} is missing from {path.parent}.") from None
    except UnicodeDecodeError as exc:
        raise CourseDataError(f"{path.name} is not UTF-8 text (byte {exc.start}). Save it as UTF-8 CSV.") from None
    except csv.Error as exc:
        raise CourseDataError(f"{path.name} is not well-formed CSV: {exc}.") from None
    if not rows:
        raise CourseDataError(f"{path.name} is empty: it needs at least a header row.")
    return rows[0], rows[1:]


def _convert(value: str, field: dict[str, Any]):
    """Convert one cell; raise ValueError with a short reason."""
    kind = field.get("type", "string")
    if kind == "string":
        return value
    if kind == "integer":
        if not re.fullmatch(r"[-+]?\d+", value):
            raise ValueError(f"{value!r} is not a whole number")
        return int(value)
    if kind == "year":
        if not re.fullmatch(r"\d{4}", value):
            raise ValueError(f"{value!r} is not a four-digit year")
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a number (use digits and a dot, no units or commas)") from None
        if number != number:
            raise ValueError("NaN is not allowed; leave the cell empty for a missing value")
        return number
    if kind == "boolean":
        if value.lower() in ("true", "yes", "1"):
            return True
        if value.lower() in ("false", "no", "0"):
            return False
        raise ValueError(f"{value!r} is not true or false")
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(f"{value!r} is not a date written YYYY-MM-DD")
        try:
            return pd.Timestamp(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a real calendar date") from None
    raise ValueError(f"unknown field type {kind!r} in datapackage.json")


def _is_partial_date_field(field: dict[str, Any]) -> bool:
    return field.get("type") == "string" and field.get("constraints", {}).get("pattern") == PARTIAL_DATE_PATTERN


def _partial_date(value: str) -> tuple[pd.Timestamp, str]:
    parts = value.split("-")
    precision = {1: "year", 2: "month", 3: "day"}[len(parts)]
    padded = value + {"year": "-01-01", "month": "-01", "day": ""}[precision]
    try:
        return pd.Timestamp(padded), precision
    except ValueError:
        raise ValueError(f"{value!r} is not a real calendar date") from None


def _load(path: Path, res: dict[str, Any], known_sources: frozenset[str] | None) -> pd.DataFrame:
    fields = res.get("schema", {}).get("fields", [])
    header, rows = _read_rows(path)
    names = [f["name"] for f in fields]
    missing = [n for n in names if n not in header]
    if missing:
        raise CourseDataError(f"{path.name}, row 1 (header): column(s) {', '.join(missing)} missing.")
    extra = [h for h in header if h not in names]
    if extra:
        raise CourseDataError(f"{path.name}, row 1 (header): column(s) {', '.join(extra)} are not described "
                              "in datapackage.json.")
    position = {h: i for i, h in enumerate(header)}
    columns: dict[str, list] = {n: [] for n in names}
    precisions: dict[str, list] = {f["name"]: [] for f in fields if _is_partial_date_field(f)}
    primary = res.get("schema", {}).get("primaryKey")
    primary = [primary] if isinstance(primary, str) else (primary or [])
    seen_keys: dict[tuple, int] = {}
    for line_no, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue  # a blank line at the end of a file is harmless
        if len(row) != len(header):
            raise CourseDataError(f"{path.name}, row {line_no}: {len(row)} cells where the header has "
                                  f"{len(header)} (a stray comma or an unquoted text?).")
        for field in fields:
            name = field["name"]
            raw = row[position[name]].strip()
            where = f"{path.name}, row {line_no}, field '{name}'"
            constraints = field.get("constraints", {})
            if raw == "":
                if constraints.get("required") or name in primary:
                    raise CourseDataError(f"{where}: a value is required here.")
                columns[name].append(None)
                if name in precisions:
                    precisions[name].append(None)
                continue
            try:
                value = _convert(raw, field)
            except ValueError as exc:
                raise CourseDataError(f"{where}: {exc}.") from None
            if "pattern" in constraints and not re.fullmatch(constraints["pattern"], raw):
                hint = " (a date as YYYY-MM-DD, YYYY-MM or YYYY)" if name in precisions else ""
                raise CourseDataError(f"{where}: {raw!r} does not have the expected form{hint}.")
            if "enum" in constraints and value not in constraints["enum"]:
                raise CourseDataError(f"{where}: {raw!r} is not one of the allowed values "
                                      f"({', '.join(map(str, constraints['enum']))}).")
            if "minimum" in constraints and value < constraints["minimum"]:
                raise CourseDataError(f"{where}: {raw} is below the minimum {constraints['minimum']}.")
            if "maximum" in constraints and value > constraints["maximum"]:
                raise CourseDataError(f"{where}: {raw} is above the maximum {constraints['maximum']}.")
            if name == "source_ids" and known_sources is not None:
                unknown = [s for s in raw.split(MULTI_SEPARATOR) if s.strip() and s.strip() not in known_sources]
                if unknown:
                    raise CourseDataError(f"{where}: source id(s) {', '.join(unknown)} not found in sources.csv.")
            if name in precisions:
                try:
                    value, precision = _partial_date(raw)
                except ValueError as exc:
                    raise CourseDataError(f"{where}: {exc}.") from None
                precisions[name].append(precision)
            columns[name].append(value)
        if primary:
            key = tuple(columns[k][-1] for k in primary)
            if key in seen_keys:
                raise CourseDataError(f"{path.name}, row {line_no}: the key {'/'.join(map(str, key))} repeats "
                                      f"row {seen_keys[key]}; ids must be unique.")
            seen_keys[key] = line_no
    if known_sources is not None and "source_ids" in names:
        empty = [i for i, v in enumerate(columns["source_ids"], start=2) if not v]
        if empty:
            raise CourseDataError(f"{path.name}, row {empty[0]}, field 'source_ids': every row needs a source.")
    return _typed_frame(columns, fields, precisions)


_DTYPES = {"integer": "Int64", "year": "Int64", "number": "float64", "boolean": "boolean", "date": "datetime64[ns]"}


def _typed_frame(columns: dict[str, list], fields: list[dict], precisions: dict[str, list]) -> pd.DataFrame:
    data: dict[str, Any] = {}
    for field in fields:
        name = field["name"]
        values = columns[name]
        if _is_partial_date_field(field):
            data[name] = pd.Series(values, dtype="datetime64[ns]") if values else pd.Series([], dtype="datetime64[ns]")
            data[f"{name}_precision"] = pd.Series(precisions[name], dtype=object)
            continue
        dtype = _DTYPES.get(field.get("type", "string"))
        if dtype:
            data[name] = pd.Series(values, dtype=dtype)
        else:
            data[name] = pd.Series(values, dtype=object)
    return pd.DataFrame(data)


# ------------------------------------------------------------------------------ sources
def cached_on_data(function):
    """Compute ``function()`` once per version of the course data; callers get a copy.

    For answer keys and lookup tables that are derived from the data and read often
    (in every check, or for every row an explorer shows).
    """
    import functools

    state: dict[str, Any] = {}

    @functools.wraps(function)
    def wrapper():
        version = data_version()
        if state.get("version") != version:
            state["value"], state["version"] = function(), version
        value = state["value"]
        return value.copy() if hasattr(value, "copy") else value

    return wrapper


@cached_on_data
def sources() -> pd.DataFrame:
    """sources.csv, with ``date`` kept as the text the source gives (e.g. 2009-04)."""
    table = load_table("sources", check_sources=False)
    table["date"] = [date_text(d, p) for d, p in zip(table["date"], table["date_precision"])]
    return table.drop(columns=["date_precision"])


@cached_on_data
def _sources_by_id() -> pd.DataFrame:
    return sources().set_index("id")


def date_text(stamp: Any, precision: Any = "day") -> str:
    """Write a loaded date back at the precision its source gives ('2009', '2009-04', '2009-04-14')."""
    if stamp is None or pd.isna(stamp):
        return ""
    fmt = {"year": "%Y", "month": "%Y-%m"}.get(precision, "%Y-%m-%d")
    return pd.Timestamp(stamp).strftime(fmt)


def value_at(series: Any, label: Any, default: Any = None) -> Any:
    """``series[label]`` by label only, else ``default``. (``Series.get(2014)`` on a Series whose
    index is not made of integers falls back to position 2014 and, in pandas 2, warns.)"""
    try:
        return series.loc[label] if label in series.index else default
    except (TypeError, KeyError, AttributeError):
        return default


def split_multi(value: Any) -> list[str]:
    """'RUS;DPRK' -> ['RUS', 'DPRK'] (empty or missing -> [])."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return []
    return [v.strip() for v in str(value).split(MULTI_SEPARATOR) if v.strip()]


def cite(source_ids: Any, style: str = "short") -> str:
    """Turn '…;…' source ids into readable references ('Publisher, title (date)')."""
    ids = split_multi(source_ids)
    if not ids:
        return ""
    table = _sources_by_id()
    refs = []
    for sid in ids:
        if sid not in table.index:
            refs.append(f"[unknown source {sid}]")
            continue
        row = table.loc[sid]
        date = f", {row['date']}" if row.get("date") else ""
        if style == "short":
            refs.append(f"{row['publisher']}{date}")
        else:
            refs.append(f"{row['publisher']}, “{row['title']}”{date}. {row['url']}")
    return "; ".join(refs)


def date_words(stamp: Any, precision: Any = "day") -> str:
    """A date in words at the precision its source gives: '19 September 2005', 'May 2014', '2014'."""
    if stamp is None or pd.isna(stamp):
        return "an unknown date"
    stamp = pd.Timestamp(stamp)
    if precision == "year":
        return f"{stamp:%Y}"
    if precision == "month":
        return f"{stamp:%B %Y}"
    return f"{stamp.day} {stamp:%B %Y}"


def validate_all() -> dict[str, int]:
    """Load every table (raises on the first problem); returns row counts."""
    return {name: len(load_table(name)) for name in table_names()}


__all__ = ["PARTY_NAMES", "CourseDataError", "load_table", "table_names", "datapackage", "sources", "cite", "split_multi",
           "validate_all", "data_dir", "sources_table", "date_text", "date_words", "cached_on_data"]


def sources_table(ids) -> pd.DataFrame:
    """The rows of sources.csv for the given ids (in that order), for a lesson's Sources section."""
    wanted = [i for i in (split_multi(ids) if isinstance(ids, str) else list(ids))]
    table = _sources_by_id()
    missing = [i for i in wanted if i not in table.index]
    if missing:
        raise CourseDataError(f"sources.csv has no row for: {', '.join(missing)}")
    return table.loc[wanted, ["publisher", "title", "date", "url"]].reset_index()
