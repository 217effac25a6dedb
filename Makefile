# thidua — make demo: set up, build, write the sample reports; make test: lint and run the tests.
SHELL      := /bin/bash
SWIFT      ?= swift
CONFIG     ?= release
BIN        := .build/$(CONFIG)/thidua
DEMO_OUT   ?= out
DEMO_AS_OF ?= 2025-10-31
FUZZ_TIME  ?= 60
FUZZ_BIN   := .build-fuzz/$(shell uname -m)-unknown-linux-gnu/debug/ThiduaFuzz

.PHONY: demo test build deps lint format bench fuzz clean print-check

# Installs what is missing (libxlsxwriter-dev, zlib1g-dev, libdeflate-dev, pkg-config) with apt when run as root.
deps:
	@if ! pkg-config --exists xlsxwriter zlib libdeflate 2>/dev/null; then \
	  echo "Cài libxlsxwriter-dev, zlib1g-dev, libdeflate-dev (apt-get)…"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libxlsxwriter-dev zlib1g-dev libdeflate-dev pkg-config; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq libxlsxwriter-dev zlib1g-dev libdeflate-dev pkg-config; fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product thidua

demo: build
	@rm -rf "$(DEMO_OUT)"
	$(BIN) check --data sample-data --as-of $(DEMO_AS_OF) || [ $$? -eq 0 ]
	$(BIN) report --data sample-data --as-of $(DEMO_AS_OF) --out "$(DEMO_OUT)"
	@# Cấp tỉnh (sample-data/tinh): hai phong trào của huyện gửi lên, một thư mục đặt theo mã, một theo tên.
	@mkdir -p "$(DEMO_OUT)/nhan/LVT115" "$(DEMO_OUT)/nhan/NTM2025"
	@cp -R "$(DEMO_OUT)/LVT115" "$(DEMO_OUT)/nhan/LVT115/VANQUAN"
	@cp -R "$(DEMO_OUT)/NTM2025" "$(DEMO_OUT)/nhan/NTM2025/Văn Quan"
	$(BIN) tong-hop --data sample-data/tinh --from "$(DEMO_OUT)/nhan" --as-of $(DEMO_AS_OF) --out "$(DEMO_OUT)/tinh"

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format format --in-place --recursive Package.swift Sources Tests

# XCTest only (the package has no Swift Testing tests); then print-check where
# LibreOffice is installed; the last line is a plain "tests: N passed, N failed,
# N skipped" summary.
test: deps lint
	$(SWIFT) build --build-tests
	@set -o pipefail; $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .build/test-output.log
	@if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory print-check CONFIG=debug PRINT_INSTALL=; \
	else echo "print-check: bỏ qua (máy không có LibreOffice / pdftotext)"; fi
	@scripts/test-summary.sh .build/test-output.log

# Prints the reports of PRINT_DATA (default sample-data/) with LibreOffice and
# measures every page (scripts/render-pdf.sh, scripts/print-check.py): body text
# at least 8 pt, no page of only total rows, each sheet numbered from Trang 1,
# group labels on every column band's pages, the signer on each sheet's last page.
# Installs LibreOffice when missing (as root). PNGs of the pages: PRINT_PNG=1.
PRINT_DATA    ?= sample-data
PRINT_AS_OF   ?= $(DEMO_AS_OF)
PRINT_OUT     ?= .build/print-check
PRINT_INSTALL ?= --install
print-check: build
	@rm -rf "$(PRINT_OUT)"
	@$(BIN) report --data "$(PRINT_DATA)" --as-of $(PRINT_AS_OF) --out "$(PRINT_OUT)" >/dev/null 2>&1
	@scripts/render-pdf.sh "$(PRINT_OUT)" --check --data "$(PRINT_DATA)" $(PRINT_INSTALL) $(if $(PRINT_PNG),--png)

# Fuzzes the reader (encodings, CSV, header folding, value parsers) and the loader's
# de_nghi.csv reading as real runs do it (chunks, halves, fast path; each read checked
# against the ordinary one) with libFuzzer for FUZZ_TIME seconds, seeded from
# sample-data/ (also its first rows in UTF-8, which the fast path and the halves take)
# and the test fixtures. A crash is written to fuzz-out/ (keep it under
# Tests/ThiduaKitTests/Fixtures/fuzz/). The last line gives the executions per second.
# Debug configuration with -O: SwiftPM's debug executables rename their main,
# which lets ours start libFuzzer's driver (see Sources/ThiduaFuzz).
fuzz: deps
	$(SWIFT) build -c debug --product ThiduaFuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTHIDUA_FUZZ -Xswiftc -parse-as-library -Xswiftc -O \
	  2>&1 | grep -v "Cannot export local symbol"
	@rm -rf fuzz-corpus && mkdir -p fuzz-corpus fuzz-out
	@# Fixture names may hold spaces (a unit's list "PHÒNG NỘI VỤ.xlsx"): read them a line each.
	@{ ls sample-data/*.csv; find Tests/ThiduaKitTests/Fixtures -type f ! -name '*.sh'; } | while IFS= read -r f; do \
	  cp "$$f" "fuzz-corpus/$$(echo "$$f" | tr '/ ' '__')"; done
	@iconv -f CP1258 -t UTF-8 sample-data/de_nghi.csv 2>/dev/null | head -n 25 > fuzz-corpus/de_nghi-utf8-head.csv || true
	@status=0; $(FUZZ_BIN) -max_total_time=$(FUZZ_TIME) -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
	  -artifact_prefix=fuzz-out/ -print_final_stats=1 fuzz-corpus > fuzz-out/log.txt 2>&1 || status=$$?; \
	  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" fuzz-out/log.txt; \
	  awk '/exec\/s: [0-9]+/ { for (i = 1; i < NF; i++) if ($$i == "exec/s:") last = $$(i + 1) } \
	    /^Done [0-9]+ runs in [0-9]+ second/ { done = 1; s = $$5 > 0 ? $$5 : 1; \
	      printf "fuzz: %d lần chạy trong %d s = %.0f lần/s (execs/s)\n", $$2, $$5, $$2 / s } \
	    END { if (!done && last != "") printf "fuzz: %s lần/s (execs/s) trước khi dừng\n", last }' fuzz-out/log.txt; \
	  ls fuzz-out | grep -E "^(crash|leak|timeout|oom)-" || echo "fuzz: không tìm thấy lỗi nào (no crash found)"; \
	  exit $$status

# Times thidua against the peers of ../shared/bench and the libxlsxwriter floor (scripts/bench.sh).
bench: deps
	sh scripts/bench.sh

clean:
	rm -rf .build .build-fuzz out fuzz-corpus fuzz-out fuzz-corpus-xlsx fuzz-out-xlsx

# Fuzzes the workbook reader (zip directory, inflate limits, every XML part, every cell
# kind, header search, merges) with the same binary in THIDUA_FUZZ_MODE=workbook for
# FUZZ_TIME seconds, seeded from the workbook fixtures and their XML parts (a seed that
# is not a zip is split at NUL bytes into sheet, shared strings, styles and workbook
# parts: see WorkbookProbe). `make fuzz` runs it first.
fuzz: fuzz-workbook
.PHONY: fuzz-workbook
fuzz-workbook: deps
	$(SWIFT) build -c debug --product ThiduaFuzz --scratch-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTHIDUA_FUZZ -Xswiftc -parse-as-library -Xswiftc -O \
	  2>&1 | grep -v "Cannot export local symbol"
	@rm -rf fuzz-corpus-xlsx && mkdir -p fuzz-corpus-xlsx fuzz-out-xlsx
	@find Tests/ThiduaKitTests/Fixtures/xlsx -name '*.xlsx' -size -64k | while IFS= read -r f; do \
	  cp "$$f" "fuzz-corpus-xlsx/$$(echo "$$f" | tr '/ ' '__')"; \
	  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); n = z.namelist(); \
	    s = [p for p in n if p.startswith("xl/worksheets/")]; \
	    parts = [s[-1] if s else "", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"]; \
	    sys.stdout.buffer.write(b"\0".join(z.read(p) if p in n else b"" for p in parts))' "$$f" \
	    > "fuzz-corpus-xlsx/parts_$$(basename "$$f" .xlsx)" 2>/dev/null || true; done
	@status=0; THIDUA_FUZZ_MODE=workbook $(FUZZ_BIN) -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
	  -rss_limit_mb=4096 -artifact_prefix=fuzz-out-xlsx/ -print_final_stats=1 fuzz-corpus-xlsx \
	  > fuzz-out-xlsx/log.txt 2>&1 || status=$$?; \
	  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY" fuzz-out-xlsx/log.txt; \
	  awk '/^Done [0-9]+ runs in [0-9]+ second/ { s = $$5 > 0 ? $$5 : 1; \
	      printf "fuzz-workbook: %d lần chạy trong %d s = %.0f lần/s (execs/s)\n", $$2, $$5, $$2 / s }' \
	    fuzz-out-xlsx/log.txt; \
	  ls fuzz-out-xlsx | grep -E "^(crash|leak|timeout|oom)-" || echo "fuzz-workbook: không tìm thấy lỗi nào (no crash found)"; \
	  exit $$status
