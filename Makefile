# Two commands do all the set-up (see README.md):
#   make lab    create .venv if needed, install the pinned packages and the course package, open JupyterLab
#   make test   the same environment; run the whole test suite (nbval over every notebook included)
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
# Jupyter refuses to run as root (containers, CI) unless told it is on purpose.
ROOT_FLAG = $(if $(filter 0,$(shell id -u)),--allow-root,)
NOTEBOOK_DIRS = notebooks exercises

.PHONY: lab test test-fast test-browser browser-deps instructor bench strip clean-env help

help:
	@echo "make lab   - open the course in JupyterLab (first run installs everything into $(VENV))"
	@echo "make test  - run the whole test suite"
	@echo "make strip - strip outputs from the notebooks before committing (authors; see CONTRIBUTING.md)"
	@echo "make exercises - rebuild exercises/NN_*.ipynb from korea_course/exercises/lessonNN.py"

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed (found " + sys.version.split()[0] + ")")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.txt
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

lab: $(STAMP)
	@echo "Starting JupyterLab on the first lesson. If no browser opens, copy the http://127.0.0.1:... URL (with its token) printed below."
	$(VENV)/bin/jupyter lab --ip=127.0.0.1 $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" notebooks/00_orientation.ipynb

# Progress written while notebooks run under test goes to a throwaway file, never the repository.
test: $(STAMP) browser-deps
	KOREA_COURSE_PROGRESS="$$(mktemp -d)/progress.json" MPLBACKEND=Agg \
	  $(PY) -m pytest -q tests $(NOTEBOOK_DIRS) --nbval-lax --nbval-current-env --nbval-cell-timeout=120 \
	  --timeout=600

# Everything but the notebook runs (quick feedback while editing the package).
test-fast: $(STAMP)
	MPLBACKEND=Agg $(PY) -m pytest -q tests

# Only the real-browser tests (JupyterLab and Notebook 7 in headless Chromium).
test-browser: $(STAMP) browser-deps
	$(PY) -m pytest -q tests/browser

# Debian's chromium for the real-browser tests (tests/browser); no browser download.
browser-deps:
	@bash scripts/install_browser.sh

# The exercise notebooks, built from the question definitions in korea_course/exercises/ (never edit them by hand).
.PHONY: exercises
exercises: $(STAMP)
	$(PY) scripts/build_exercises.py

# Answer-key notebooks and the instructor guide, into instructors/edition/ (git-ignored).
instructor: $(STAMP)
	$(PY) scripts/build_instructor.py

# Speed and memory, as ratios against a floor measured in the same run (report in bench-results/).
bench: $(STAMP) browser-deps
	$(PY) scripts/bench.py --with-suite

# Outputs and execution counts out of every notebook (what the pre-commit hook does on commit).
strip: $(STAMP)
	$(PY) scripts/strip_notebooks.py

clean-env:
	rm -rf $(VENV)
