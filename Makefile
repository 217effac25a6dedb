# thidua — make demo: set up, build, write the sample reports; make test: lint and run the tests.
SHELL      := /bin/bash
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

# XCTest only (the package has no Swift Testing tests); the last line is a plain
# "tests: N passed, N failed, N skipped" summary.
test: deps lint
	$(SWIFT) build --build-tests
	@set -o pipefail; $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test-output.log
	@scripts/test-summary.sh .build/test-output.log

clean:
	rm -rf .build out
