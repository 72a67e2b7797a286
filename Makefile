# Convenience targets; the README's two commands work without make.
VENV := .venv
PY := $(VENV)/bin/python

$(VENV)/.installed: pyproject.toml
	python3.11 -m venv $(VENV)
	$(VENV)/bin/pip install -q -e ".[dev]"
	touch $@

setup: $(VENV)/.installed
run: setup
	$(VENV)/bin/claimtrail run --input seeds --db claimtrail.duckdb
test: setup
	$(VENV)/bin/pytest -q -n 2
lint: setup
	$(VENV)/bin/ruff check .
ui: setup
	$(VENV)/bin/claimtrail ui --input seeds --db claimtrail.duckdb

.PHONY: setup run test lint ui
