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
	@echo "make site  - build the web edition into $(SITE_DIR)/ (every notebook run, as static pages)"

# Every package at the exact version of the lock (requirements-test.lock: the course's
# requirements.lock plus the test tools). The course package itself is not installed: the
# notebooks import the korea_course of their own folder (notebooks/korea_course and
# exercises/korea_course link to it), the scripts and tests that of the repository.
$(STAMP): requirements.lock requirements-test.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else "Python 3.10 or newer is needed (found " + sys.version.split()[0] + ")")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-test.lock
	@# Kernels load korea_course at start, so a check run before the set-up cell (say, after a
	@# restart) is explained in words; where the course is not importable IPython just logs it.
	@mkdir -p $(VENV)/etc/ipython && echo 'c.InteractiveShellApp.extensions = ["korea_course"]' > $(VENV)/etc/ipython/ipython_kernel_config.py
	@touch $(STAMP)

lab: $(STAMP)
	@echo "Starting JupyterLab on the first lesson. If no browser opens, copy the http://127.0.0.1:... URL (with its token) printed below."
	$(VENV)/bin/jupyter lab --ip=127.0.0.1 $(ROOT_FLAG) --ServerApp.root_dir="$(CURDIR)" notebooks/00_orientation.ipynb

# Progress written while notebooks run under test goes to a throwaway file, never the repository.
# The web edition is built first; its browser test (tests/browser/test_site.py) checks that build.
test: $(STAMP) browser-deps site-deps site
	KOREA_COURSE_PROGRESS="$$(mktemp -d)/progress.json" KOREA_COURSE_SITE="$(CURDIR)/$(SITE_DIR)" MPLBACKEND=Agg \
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

# ---------------------------------------------------------------- release: lock, web edition
.PHONY: lock site site-deps test-site
SITE_DIR    ?= _site
AXE_VERSION  = 4.14.1
AXE_JS       = .site-deps/node_modules/axe-core/axe.min.js
UV_VERSION   = 0.13.9

# Re-solve the locks after editing requirements.txt or requirements-test.txt (needs PyPI).
# One universal solution for Python 3.10-3.13 on every platform; the test lock is held to
# the course lock's versions (tests/test_environment.py checks that all of them agree).
lock:
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile --quiet --universal --python-version 3.10 --annotation-style line \
	  --custom-compile-command "make lock" requirements.txt -o requirements.lock
	$(VENV)/bin/uv pip compile --quiet --universal --python-version 3.10 --annotation-style line \
	  --custom-compile-command "make lock" -c requirements.lock requirements-test.txt -o requirements-test.lock

# The web edition: every lesson and exercise notebook executed, as static pages in $(SITE_DIR)/.
# SITE_REPO=OWNER/REPO (and SITE_REF, SITE_HUB_URL) set the Binder and hub links.
site: $(STAMP)
	$(PY) scripts/build_site.py --out $(SITE_DIR)

# axe-core (npm) for the web edition's accessibility check, into the git-ignored .site-deps/.
site-deps:
	@if [ -f $(AXE_JS) ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --no-save --prefix .site-deps axe-core@$(AXE_VERSION); \
	else echo "site-deps: npm not found; the web edition's browser test will skip (or fail when CI=true)."; fi

# Only the web edition: build it, then check it in the browser.
test-site: $(STAMP) browser-deps site-deps site
	KOREA_COURSE_SITE="$(CURDIR)/$(SITE_DIR)" $(PY) -m pytest -q tests/browser/test_site.py
