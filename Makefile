# Two commands matter: `make book` and `make test`. Both set up what they need first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready
# pytest-xdist workers for `make test`: one per core.
TEST_JOBS ?= auto

# What the notebooks read, and what the book is built from. Make compares
# modification times, so a no-op `make book` touches neither Python nor Sphinx;
# `python -m airaces execute` then compares content digests, so a file that was
# only touched executes nothing.
CHAPTER_SOURCES := $(wildcard notebooks/[0-9][0-9]_*.py)
NOTEBOOK_INPUTS := $(CHAPTER_SOURCES) $(wildcard data/*) $(wildcard airaces/*.py)
SPHINX_EXTENSIONS := $(wildcard airaces/sphinx/*.py airaces/sphinx/static/* airaces/sphinx/templates/* airaces/sphinx/root/*)
BOOK_INPUTS     := $(wildcard notebooks/[0-9][0-9]_*.ipynb book/* data/*) $(wildcard airaces/*.py) $(SPHINX_EXTENSIONS) _config.yml _toc.yml
EXECUTED        := _build/.executed
BUILT           := _build/html/.built

.PHONY: book book-on-data rerun-chapters pins html test check execute validate rerun bench pdf serve clean setup chromium loopback

# A chapter's paragraphs rest on premises about the data (airaces.prose.premise). Every run
# lists those that fail; with STRICT=1 a failed premise is an error (exit status 3).
STRICT_FLAG := $(if $(filter-out 0,$(STRICT)),--strict)

# GNU make ends with status 2 whatever a recipe returned, so the 3 of a failed premise would
# not reach a pipeline that calls make. A small plugin (airaces/build/make_exit.c) gives make
# $(airaces-exit STATUS); runs that must pass their status on record it in STATUS_DIR and end
# with it. Without a C compiler the plugin is skipped and such a run ends with make's own 2.
EXIT_PLUGIN := _build/make/make_exit.so
STATUS_DIR  := _build/make
-load $(EXIT_PLUGIN)
$(EXIT_PLUGIN): airaces/build/make_exit.c
	@mkdir -p $(@D) && $(CC) -shared -fPIC -O2 -o $@ $< 2>/dev/null \
	  || echo "note: no C compiler ($(CC)), so a failed premise under STRICT=1 ends make with status 2, not 3" >&2

# $(call exit_with,name): end make with the status that the run `name` recorded.
exit_with = @$(airaces-exit $(file < $(STATUS_DIR)/$(1).status))exit $(file < $(STATUS_DIR)/$(1).status)
# $(call keep_status,name,command): run a command and record its status for exit_with.
keep_status = @mkdir -p $(STATUS_DIR); $(2); echo $$? > $(STATUS_DIR)/$(1).status

# `make book DATA=dir [OUT=dir]` builds the whole book on another ledger into OUT
# (default _build/other-data), leaving the committed notebooks untouched.
ifdef DATA
book: book-on-data
	$(call exit_with,book-on-data)
book-on-data: loopback $(READY)
	$(call keep_status,book-on-data,$(PY) -m airaces rerun --all --data "$(DATA)" --out "$(or $(OUT),_build/other-data)" $(STRICT_FLAG))
else
book: loopback $(READY)
	@$(MAKE) --no-print-directory $(EXECUTED)
	@$(MAKE) --no-print-directory $(BUILT)
	@echo "Book: _build/html/index.html"
endif

setup: $(READY)

# The browser tests drive Debian's Chromium. As root it is installed when missing;
# anyone else gets one line with the command to run, before any test starts.
HAVE_CHROMIUM := $(shell command -v chromium 2>/dev/null)
AS_ROOT       := $(filter 0,$(shell id -u))

chromium:
ifeq ($(HAVE_CHROMIUM),)
ifeq ($(AS_ROOT),)
	$(error make test needs Debian's chromium for its browser tests: run 'sudo apt-get install chromium', then 'make test' again)
endif
	@echo "installing Debian's chromium for the browser tests (apt-get install chromium)"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
endif

# Jupyter kernels (nbval, papermill) talk to their clients over loopback. A run with
# the network off, such as `unshare -n make test`, starts with even loopback down;
# bring it up when we may (root in that namespace), and otherwise leave it be.
loopback:
	@ip link set lo up 2>/dev/null || true

# Every pin must install on the oldest Python the README promises, Debian 12's 3.11.2, whatever
# Python this machine has: pip resolves requirements.txt for that version without installing
# anything. It asks PyPI, so .ci/run runs it before the (offline) tests.
OLDEST_PYTHON := 3.11.2
pins: $(READY)
	@grep -v '^-e ' requirements.txt > $(VENV)/pins.txt
	$(PY) -m pip install --dry-run --quiet --disable-pip-version-check --ignore-installed --only-binary=:all: \
	  --python-version $(OLDEST_PYTHON) --target $(VENV)/pins-dry-run -r $(VENV)/pins.txt
	@echo "pins: every pin in requirements.txt installs on Python $(OLDEST_PYTHON)"

# The venv is rebuilt when the pins change.
$(READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(EXECUTED): $(NOTEBOOK_INPUTS) | $(READY)
	$(PY) -m airaces execute $(STRICT_FLAG)
	@mkdir -p $(@D) && touch $@

# The HTML of the notebooks as committed; nothing is executed. A failed build drops
# Sphinx's saved environment, so the next build reads every page again and
# repeats every warning instead of passing on the pages it skipped. Sphinx does
# not notice when an extension changes, so then every page is written again.
html: $(BUILT)

$(BUILT): $(BOOK_INPUTS) | $(READY)
	$(VENV)/bin/jupyter-book build . --builder html -W -n --keep-going $(if $(filter $(SPHINX_EXTENSIONS),$?),--all) \
	  || { rm -rf _build/.doctrees; exit 1; }
	touch $@

# Execute whatever is stale, whatever the timestamps say.
execute: loopback $(READY)
	$(PY) -m airaces execute

validate: $(READY)
	$(PY) -m airaces validate $(or $(DATA),data)

# make rerun DATA=dir OUT=dir [CHAPTERS="03_compute 08_capital"]
rerun: rerun-chapters
	$(call exit_with,rerun)
rerun-chapters: loopback $(READY)
	@test -n "$(DATA)" -a -n "$(OUT)" || { echo 'usage: make rerun DATA=dir OUT=dir [CHAPTERS="03_compute 08_capital"]' >&2; exit 2; }
	$(call keep_status,rerun,$(PY) -m airaces rerun --data "$(DATA)" --out "$(OUT)" $(if $(CHAPTERS),--chapters $(CHAPTERS)) $(STRICT_FLAG))

# Every test, on as many workers as cores. The tests build the HTML themselves
# (`make html`, shared by all workers) and never execute a notebook: a stale one fails.
test: chromium loopback $(READY)
	$(PY) -m pytest -n $(TEST_JOBS)

# The loop for someone editing one chapter: make check CHAPTER=08_capital executes it
# if its inputs changed, rebuilds the HTML, and runs, on both cores, every test that names it.
# Two are left to make test: nbval, which would execute the chapter a second time to compare
# it with the execution just written, and the reruns on altered ledgers (tests/test_rerun.py),
# which run three chapters.
check: chromium loopback $(READY)
	@test -n "$(CHAPTER)" || { echo 'usage: make check CHAPTER=08_capital, one of: $(notdir $(basename $(CHAPTER_SOURCES)))' >&2; exit 2; }
	@$(PY) -m airaces execute --chapters $(CHAPTER)
	@$(MAKE) --no-print-directory html >/dev/null
	$(PY) -m pytest -q -p no:cacheprovider -n $(TEST_JOBS) -k "$(CHAPTER) and not test_rerun" tests

# The print edition: every built page, printed by headless Chromium, in one PDF.
pdf: book
	$(PY) -m airaces.build.pdf

bench: chromium loopback $(READY)
	$(PY) -m airaces.build.bench

# The built book over HTTP, gzipped as a static host sends it: make serve [PORT=8000]
serve: book
	$(PY) -m airaces.build.serve $(or $(PORT),8000)

clean:
	rm -rf _build
