"""Strip outputs and execution counts from the course's notebooks, in place (`make strip`).

For authors without the pre-commit hook (`.pre-commit-config.yaml`, nbstripout): run it
before committing a notebook you ran. Only notebooks that carry outputs are rewritten.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("notebooks", "exercises")


def strip(nb) -> bool:
    """Clear outputs and counts of every code cell; True if anything changed."""
    changed = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if cell.get("outputs") or cell.get("execution_count") is not None:
            cell.outputs, cell.execution_count = [], None
            changed = True
        if "execution" in cell.metadata:  # timing metadata JupyterLab can record
            del cell.metadata["execution"]
            changed = True
    return changed


def main(paths: list[str]) -> int:
    targets = [Path(p) for p in paths] or sorted(p for folder in FOLDERS for p in (ROOT / folder).glob("*.ipynb"))
    for path in targets:
        nb = nbformat.read(str(path), as_version=4)
        if strip(nb):
            nbformat.write(nb, str(path))
            shown = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
            print(f"stripped {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
