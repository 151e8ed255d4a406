# Two commands matter: `make book` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
READY  := $(VENV)/.ready
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: book test execute validate bench clean setup

setup: $(READY)

# The venv is rebuilt when the pins change.
$(READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

execute: $(READY)
	$(PY) -m airaces execute

validate: $(READY)
	$(PY) -m airaces validate $(or $(DATA),data)

book: execute
	$(VENV)/bin/jupyter-book build . --builder html -W -n --keep-going
	@echo "Book: _build/html/index.html"

test: $(READY)
	$(PY) -m pytest

bench: $(READY)
	$(PY) tests/bench.py

clean:
	rm -rf _build
