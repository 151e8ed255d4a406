# Two commands matter: `make book` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready
AXE    := $(VENV)/vendor/axe-core-4.10.2/axe.min.js

# What the notebooks read, and what the book is built from. Make compares
# modification times, so a no-op `make book` touches neither Python nor Sphinx;
# `python -m airaces execute` then compares content digests, so a file that was
# only touched executes nothing.
CHAPTER_SOURCES := $(wildcard notebooks/[0-9][0-9]_*.py)
NOTEBOOK_INPUTS := $(CHAPTER_SOURCES) $(wildcard data/*) $(wildcard airaces/*.py)
BOOK_INPUTS     := $(wildcard notebooks/[0-9][0-9]_*.ipynb book/* data/*) $(wildcard airaces/*.py airaces/static/*) _config.yml _toc.yml
EXECUTED        := _build/.executed
BUILT           := _build/html/.built

.PHONY: book test execute validate rerun bench pdf clean setup

# `make book DATA=dir [OUT=dir]` builds the whole book on another ledger into OUT
# (default _build/other-data), leaving the committed notebooks untouched.
ifdef DATA
book: $(READY)
	$(PY) -m airaces rerun --all --data "$(DATA)" --out "$(or $(OUT),_build/other-data)"
else
book: $(READY)
	@$(MAKE) --no-print-directory $(EXECUTED)
	@$(MAKE) --no-print-directory $(BUILT)
	@echo "Book: _build/html/index.html"
endif

setup: $(READY)

# The venv is rebuilt when the pins change.
$(READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(EXECUTED): $(NOTEBOOK_INPUTS) | $(READY)
	$(PY) -m airaces execute
	@mkdir -p $(@D) && touch $@

$(BUILT): $(BOOK_INPUTS) $(EXECUTED) | $(READY)
	$(VENV)/bin/jupyter-book build . --builder html -W -n --keep-going
	touch $@

# Execute whatever is stale, whatever the timestamps say.
execute: $(READY)
	$(PY) -m airaces execute

validate: $(READY)
	$(PY) -m airaces validate $(or $(DATA),data)

# make rerun DATA=dir OUT=dir [CHAPTERS="03_compute 08_capital"]
rerun: $(READY)
	@test -n "$(DATA)" -a -n "$(OUT)" || { echo 'usage: make rerun DATA=dir OUT=dir [CHAPTERS="03_compute 08_capital"]' >&2; exit 2; }
	$(PY) -m airaces rerun --data "$(DATA)" --out "$(OUT)" $(if $(CHAPTERS),--chapters $(CHAPTERS))

# The accessibility tests inject axe-core, fetched once from npm and checked against its pinned hash.
$(AXE): airaces/vendor.py | $(READY)
	$(PY) -m airaces.vendor

test: $(READY) $(AXE)
	$(PY) -m pytest

# The print edition: every built page, printed by headless Chromium, in one PDF.
pdf: book
	$(PY) -m airaces.pdf

bench: $(READY)
	$(PY) -m airaces.bench

clean:
	rm -rf _build
