# Two commands do all the set-up on a fresh machine:
#   make run    venv + install, ingest the bundled articles into the embedded store, serve on :8000
#   make test   venv + install, start a local Neo4j 5, lint, type-check and run every test on both stores
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint neo4j-start neo4j-stop bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kg ingest data/articles
	$(BIN)/kg serve

test: install
	scripts/run-tests

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

bench: install
	scripts/neo4j start
	$(BIN)/python bench/write_throughput.py --store embedded --store neo4j

clean:
	rm -rf $(VENV) .cache data/graph* .pytest_cache .mypy_cache .ruff_cache
