# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# On a terminal this opens the app on the fictional officer; piped, it prints the text report.
demo: $(STAMP)
	$(BIN)/footprint demo

test: $(STAMP)
	$(BIN)/ruff check footprint collectors reports tests bench tools
	$(BIN)/mypy footprint collectors reports
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_detect.py
	$(BIN)/python bench/bench_tui.py
	$(BIN)/python bench/bench_speed.py
	$(BIN)/python bench/bench_engine.py

clean:
	rm -rf $(VENV) build *.egg-info
