"""Explorers: small widget apps, each a thin wrapper over a pure function.

The pattern (model vs GUI, as in the ipywidgets tutorial)::

    def compute(years, categories) -> View:       # pure: data in, View out; testable alone
        ...
        return View(draw=lambda fig: ..., description="…", table=df, summary="…")

    explorer = Explorer("Timeline", {"years": year_slider, "categories": picker}, compute)
    explorer          # last line of a cell shows it

``Explorer`` keeps ONE figure and redraws it on each change (no new figure per change), turns
it into PNG for an ``Image`` widget, and shows the text description under it. If ``compute``
raises, the student sees a sentence and the previous view stays. Outside a live kernel (a
static render of an executed notebook) the explorer shows a snapshot of its first view.
"""
from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from .data import PARTY_NAMES, cached_on_data, date_text, load_table
from .plotting import figure_png, new_figure

LABEL_STYLE = {"description_width": "initial"}


@dataclass
class View:
    """What an explorer shows for one set of control values."""

    description: str  # the text alternative of the figure, in full sentences
    draw: Callable[[Figure], None] | None = None  # draws into the (cleared) shared figure
    table: pd.DataFrame | None = None
    summary: str = ""  # one or two sentences above the figure (may contain simple HTML)
    extra: dict[str, Any] = field(default_factory=dict)  # anything tests may want to inspect


def persistent(fig: Figure, key: str, build: Callable[[Figure], Any]) -> Any:
    """Artists built once per figure and reused: ``build(fig)`` runs on the first call only."""
    store = fig.__dict__.setdefault("_course_artists", {})
    if key not in store:
        store[key] = build(fig)
    return store[key]


# Columns whose values are codes of the course data, and how students read them.
_ACTOR_COLUMNS = {"actors", "with", "korea", "party", "countries", "actor"}
_CODE_PATTERN = re.compile(r"^[A-Z]{2,5}(;[A-Z]{2,5})*$")


@cached_on_data
def _actor_names() -> dict[str, str]:
    """Actor code -> name, from actors.csv (read once per data version, not on every redraw)."""
    table = load_table("actors")
    return {**PARTY_NAMES, **dict(zip(table["actor_id"], table["name"]))}


def _readable_value(column: str, value: Any, actor_names: dict[str, str]) -> Any:
    if not isinstance(value, str):
        return value
    if column == "category":
        from .plotting import EVENT_CATEGORIES

        return EVENT_CATEGORIES.get(value, {}).get("label", value.replace("_", " "))
    if column in _ACTOR_COLUMNS and _CODE_PATTERN.match(value):
        return ", ".join(actor_names.get(code, code) for code in value.split(";"))
    if re.fullmatch(r"[a-z]+(_[a-z]+)+", value):  # a code such as in_progress
        return value.replace("_", " ")
    return value


def readable_table(table: pd.DataFrame) -> pd.DataFrame:
    """The table as students should read it: dates at the precision their source gives
    (a ``<column>_precision`` column says which), names instead of codes, headers in words."""
    out = table.copy()
    for column in list(out.columns):
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            precision = out[f"{column}_precision"] if f"{column}_precision" in out else ["day"] * len(out)
            out[column] = [date_text(d, p) for d, p in zip(out[column], precision)]
    out = out.drop(columns=[c for c in out.columns if str(c).endswith("_precision")])
    names = _actor_names() if _ACTOR_COLUMNS & set(out.columns) else {}
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = [_readable_value(str(column), v, names) for v in out[column]]
    return out.rename(columns=lambda c: "sources" if c == "source_ids" else str(c).replace("_", " "))


def table_html(table: pd.DataFrame | None, max_rows: int = 25) -> str:
    if table is None:
        return ""
    if table.empty:
        return "<p><em>No rows match the current choices.</em></p>"
    shown = readable_table(table.head(max_rows))
    more = "" if len(table) <= max_rows else f"<p><em>Showing {max_rows} of {len(table)} rows.</em></p>"
    return shown.to_html(index=False, border=0, na_rep="—", escape=True, classes="course-table") + more


class _SnapshotBox(widgets.VBox):
    """A VBox whose display also carries a static HTML snapshot for non-widget renderers."""

    snapshot_html: str = ""
    snapshot_text: str = ""

    def _repr_mimebundle_(self, **kwargs):
        bundle = super()._repr_mimebundle_(**kwargs)
        if isinstance(bundle, tuple):  # (data, metadata)
            data = bundle[0]
        else:
            data = bundle
        if data is not None:
            data["text/html"] = self.snapshot_html
            data["text/plain"] = self.snapshot_text
        return bundle


class Explorer:
    """Controls → pure ``compute`` → figure, description and table."""

    def __init__(self, title: str, controls: Mapping[str, widgets.ValueWidget], compute: Callable[..., View], *,
                 figsize: tuple[float, float] = (9.0, 3.6), dpi: int = 72, max_rows: int = 20, intro: str = "",
                 with_figure: bool = True, clear_figure: bool = True):
        self.title, self.compute, self.max_rows = title, compute, max_rows
        self.controls = dict(controls)
        for name, control in self.controls.items():
            if not getattr(control, "description", ""):
                raise ValueError(f"control {name!r} needs a description (its visible label)")
            if hasattr(control, "style") and hasattr(control.style, "description_width"):
                control.style.description_width = "initial"
        # clear_figure=False: the View's draw() updates artists it created earlier (see
        # ``persistent``), which keeps a redraw near 30 ms instead of ~60 ms.
        self.clear_figure = clear_figure
        self.figure = new_figure(*figsize, dpi=dpi, layout=None) if with_figure else None
        if self.figure is not None:
            self.figure.subplots_adjust(left=0.08, right=0.98, bottom=0.14, top=0.92)
        self.image = widgets.Image(format="png", layout=widgets.Layout(max_width="100%", height="auto"))
        self.summary_html = widgets.HTML()
        self.description_html = widgets.HTML()
        self.table_widget = widgets.HTML()
        self.status_html = widgets.HTML()
        self.timings_ms: list[float] = []
        self.view: View | None = None
        self.error: str = ""
        header = widgets.HTML(f"<h4 style='margin:0.2em 0'>{html.escape(title)}</h4>"
                              + (f"<p style='margin:0.2em 0'>{html.escape(intro)}</p>" if intro else ""))
        control_box = widgets.HBox(list(self.controls.values()), layout=widgets.Layout(flex_flow="row wrap"))
        parts = [header, control_box, self.status_html, self.summary_html]
        if self.figure is not None:
            parts.append(self.image)
        parts += [self.description_html, self.table_widget]
        self.widget = _SnapshotBox(parts)
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.update()
        self.widget.snapshot_html = self.static_html()
        self.widget.snapshot_text = f"{title}: {self.view.description if self.view else ''}"

    # ------------------------------------------------------------------ behaviour
    def values(self) -> dict[str, Any]:
        return {name: control.value for name, control in self.controls.items()}

    def _on_change(self, _change=None) -> None:
        self.update()

    def update(self) -> None:
        start = time.perf_counter()
        try:
            view = self.compute(**self.values())
            if self.figure is not None:
                if self.clear_figure:
                    self.figure.clear()
                if view.draw is not None:
                    view.draw(self.figure)
                self.image.value = figure_png(self.figure)
        except Exception as exc:  # the student sees a sentence; the last good view stays
            self.error = f"{type(exc).__name__}: {exc}"
            self.status_html.value = ("<p role='alert'><strong>⚠ This choice could not be shown.</strong> "
                                      f"{html.escape(str(exc) or type(exc).__name__)} The previous view is kept.</p>")
            self.timings_ms.append((time.perf_counter() - start) * 1000)
            return
        self.error = ""
        self.view = view
        self.status_html.value = ""
        self.summary_html.value = f"<p>{view.summary}</p>" if view.summary else ""
        self.description_html.value = (f"<p><strong>Text description:</strong> {html.escape(view.description)}</p>")
        self.table_widget.value = table_html(view.table, self.max_rows)
        self.timings_ms.append((time.perf_counter() - start) * 1000)

    def set(self, **values: Any) -> None:
        """Set several controls at once (one redraw per control, as a student would cause)."""
        for name, value in values.items():
            self.controls[name].value = value

    # ------------------------------------------------------------------ display
    def static_html(self) -> str:
        import base64

        if self.view is None:
            return f"<p>{html.escape(self.title)}: (no view)</p>"
        img = ""
        if self.figure is not None and self.image.value:
            encoded = base64.b64encode(self.image.value).decode("ascii")
            img = (f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(self.view.description, quote=True)}" '
                   f'style="max-width:100%">')
        settings = "; ".join(f"{html.escape(str(c.description))} {html.escape(_show_value(c.value))}"
                             for c in self.controls.values())
        return (f"<div><h4>{html.escape(self.title)}</h4><p><em>Static view (run the notebook to use the controls): "
                f"{settings}</em></p>{('<p>' + self.view.summary + '</p>') if self.view.summary else ''}{img}"
                f"<p><strong>Text description:</strong> {html.escape(self.view.description)}</p>"
                f"{table_html(self.view.table, self.max_rows)}</div>")

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)


def _show_value(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return ", ".join(map(str, value)) if value else "(none)"
    return str(value)


# ------------------------------------------------------------------------------ control makers
def year_range_slider(start: int, end: int, value: tuple[int, int] | None = None,
                      description: str = "Years") -> widgets.IntRangeSlider:
    return widgets.IntRangeSlider(value=value or (start, end), min=start, max=end, step=1, description=description,
                                  continuous_update=False, style=LABEL_STYLE,
                                  layout=widgets.Layout(width="420px"))


def multi_picker(options: Mapping[str, str] | list[str], description: str, value=None,
                 rows: int | None = None) -> widgets.SelectMultiple:
    """A labelled multi-select; ``options`` may map values to human labels."""
    pairs = [(label, key) for key, label in options.items()] if isinstance(options, Mapping) else [(o, o) for o in options]
    return widgets.SelectMultiple(options=pairs, value=tuple(value if value is not None else [k for _, k in pairs]),
                                  description=description, rows=rows or min(len(pairs), 8), style=LABEL_STYLE)


def dropdown(options: Mapping[str, str] | list[str], description: str, value=None) -> widgets.Dropdown:
    pairs = [(label, key) for key, label in options.items()] if isinstance(options, Mapping) else [(o, o) for o in options]
    return widgets.Dropdown(options=pairs, value=value if value is not None else pairs[0][1],
                            description=description, style=LABEL_STYLE)


__all__ = ["View", "Explorer", "persistent", "table_html", "year_range_slider", "multi_picker", "dropdown", "LABEL_STYLE"]
