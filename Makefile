# Two entry points (see README): `make demo` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)
	$(BIN)/editlint setup

# Lint the example article; exit status 1 (findings) is the expected outcome here.
demo: setup
	$(BIN)/editlint examples/storm-article.txt || test $$? -eq 1

test: setup
	$(BIN)/python -m pytest

# Benchmarks and house-rule quality; they read the shared corpus next to this repository.
bench: setup
	$(BIN)/python bench/structural.py
	$(BIN)/python bench/syntax_overhead.py
	$(BIN)/python bench/grammar.py
	$(BIN)/python bench/spelling_quality.py
	$(BIN)/python bench/house_quality.py
