# thidua — make demo: set up, build, write the sample reports; make test: lint and run the tests.
SWIFT      ?= swift
CONFIG     ?= release
BIN        := .build/$(CONFIG)/thidua
DEMO_OUT   ?= out
DEMO_AS_OF ?= 2025-10-31

.PHONY: demo test build deps lint format bench fuzz clean

# Installs what is missing (libxlsxwriter-dev, pkg-config) with apt when run as root.
deps:
	@if ! pkg-config --exists xlsxwriter 2>/dev/null; then \
	  echo "Cài libxlsxwriter-dev (apt-get)…"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libxlsxwriter-dev pkg-config; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libxlsxwriter-dev pkg-config; fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product thidua

demo: build
	@rm -rf "$(DEMO_OUT)"
	$(BIN) check --data sample-data --as-of $(DEMO_AS_OF) || [ $$? -eq 0 ]
	$(BIN) report --data sample-data --as-of $(DEMO_AS_OF) --out "$(DEMO_OUT)"

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive Package.swift Sources Tests

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Times thidua against the peers of ../shared/bench and the libxlsxwriter floor (scripts/bench.sh).
bench: deps
	sh scripts/bench.sh

clean:
	rm -rf .build out
