# Two commands do all the set-up on a fresh machine:
#   make run    venv + install, ingest the bundled articles into the embedded store, serve on :8000
#   make test   venv + install, start a local Neo4j 5, lint, type-check and run every test on both stores
#               (and the explorer in Debian's chromium, installed when missing)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

EXPLORER := service/explorer
WEB := $(EXPLORER)/web

.PHONY: install explorer chromium run test lint neo4j-start neo4j-stop bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The explorer page, built from npm packages pinned by package-lock.json into $(EXPLORER)/dist.
$(EXPLORER)/dist/index.html: $(WEB)/package-lock.json $(WEB)/index.html $(WEB)/vite.config.ts $(wildcard $(WEB)/src/*)
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error && npm run build --silent

explorer: $(EXPLORER)/dist/index.html

chromium:
	scripts/install-chromium

run: install explorer
	$(BIN)/kg ingest data/articles
	$(BIN)/kg serve

test: install explorer chromium
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
	rm -rf $(VENV) .cache data/graph* .pytest_cache .mypy_cache .ruff_cache $(WEB)/node_modules $(EXPLORER)/dist
