# One command each, from a fresh clone: `make demo` (set up + run on the bundled sample corpus) and
# `make test` (set up + lint + tests). Both create .venv with the package, its tests' needs and the English pipeline.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TORCH  ?= 2.13.0

.PHONY: setup demo test lint browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# The CPU build of PyTorch first: installing sentence-transformers alone would pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==$(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[test,train]'
	$(BIN)/negagen wordnet install
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/negagen generate --ops negation,role_swap,reorder,relation_flip,antonym --output demo_out/triplets.jsonl
	@echo "first triplet:" && head -n 1 demo_out/triplets.jsonl

lint: $(STAMP)
	$(BIN)/ruff check .

# The report test renders a page in Debian's headless chromium; installed here when the machine lacks it.
browser:
	@command -v chromium >/dev/null 2>&1 || { SUDO=$$(command -v sudo); $$SUDO apt-get update -qq && \
		$$SUDO apt-get install -y -qq --no-install-recommends chromium; }

test: lint browser
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --n 5000

clean:
	rm -rf $(VENV) demo_out .pytest_cache .ruff_cache .hypothesis *.egg-info
