#!/bin/sh
# make bench: times `thidua report` against the peers of ../shared/bench/ and the
# libxlsxwriter floor, in one run, on the same generated data folders; prints
# one table (median wall seconds / median peak RSS MiB) and the ratios of issue #6.
#
#   scripts/bench.sh                      # SIZES="10000 100000 1000000" RUNS=5
#   SIZES=100000 RUNS=3 scripts/bench.sh  # quicker
#   PEERS=0 scripts/bench.sh              # ours and the floor only
#   ONLY_XLSX=1 SIZES=1000000 scripts/bench.sh   # the workbook row alone (XLSX_SIZES: its sizes)
#   NATIONAL_ONLY=1 scripts/bench.sh      # the national roll-up (3,321 offices) and the 1M report
#   BIN=/path/thidua scripts/bench.sh     # a binary built elsewhere, not rebuilt
#
# Data folders are generated once under /tmp/thidua-bench (d10k, d100k, d1m;
# never committed). Each command runs once unmeasured, then RUNS times under
# GNU time; medians are printed. The table is also left in /tmp/thidua-bench/bench.md.
set -eu
SIZES=${SIZES:-"10000 100000 1000000"}
RUNS=${RUNS:-5}
PEERS=${PEERS:-1}
AS_OF=2025-10-31
CAMPAIGN=NTM-2025
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
BENCH=$SHARED/bench
ROOT=/tmp/thidua-bench
export SHARED_BENCH=$BENCH   # where scripts/bench-xlsx-peers.py finds peer_common.py
BIN=${BIN:-$REPO/.build/release/thidua}   # BIN=…: time a binary built elsewhere (not rebuilt)
mkdir -p "$ROOT"

name_of() {  # 10000 -> d10k, 1000000 -> d1m
  case $1 in
    *000000) echo "d$(($1 / 1000000))m" ;;
    *000) echo "d$(($1 / 1000))k" ;;
    *) echo "d$1" ;;
  esac
}

PY=python3
if [ "$PEERS" = 1 ] && ! $PY -c 'import pandas, polars, duckdb, xlsxwriter, python_calamine, fastexcel' 2>/dev/null; then
  [ -x "$ROOT/venv/bin/python" ] || { python3 -m venv "$ROOT/venv" &&
    "$ROOT/venv/bin/pip" install -q pandas==3.1.1 polars==2.1.0 duckdb==2.0.0 xlsxwriter==3.3.1 \
      python-calamine==0.9.1 fastexcel==0.21.0; }
  PY=$ROOT/venv/bin/python
fi
[ "$BIN" != "$REPO/.build/release/thidua" ] || (cd "$REPO" && swift build -c release --product thidua >/dev/null)
cc -O2 "$BENCH/c_limit.c" $(pkg-config --cflags --libs xlsxwriter) -o "$ROOT/c_limit"

RES=$ROOT/bench-results   # one line per measurement: SIZE LABEL WALL_S RSS_MIB
[ "${REPORT_ONLY:-0}" = 1 ] || : > "$RES"   # REPORT_ONLY=1: print the table of the last run again
measure() {  # measure SIZE LABEL CMD...
  size=$1; label=$2; shift 2
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  : > "$ROOT/times"
  i=0
  while [ $i -lt "$RUNS" ]; do
    /usr/bin/time -f '%e %M' -a -o "$ROOT/times" "$@" >/dev/null 2>&1; i=$((i + 1))
  done
  wall=$(cut -d' ' -f1 "$ROOT/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$(cut -d' ' -f2 "$ROOT/times" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
  echo "$size $label $wall $rss" >> "$RES"
  printf '%9s %-16s %7s s %6s MiB\n' "$size" "$label" "$wall" "$rss" >&2
}

[ "${REPORT_ONLY:-0}" = 1 ] || {
# The national case (issue 18): a ministry's roll-up of 3,321 offices' folders (fact tables
# and lists, ~300k awarded), thidua tong-hop against DuckDB's GROUP BY over the same files
# (docs/tong-hop.sql); NATIONAL=0 leaves it out, NATIONAL_ONLY=1 runs only it (and the 1M
# report it is compared with).
if [ "${NATIONAL:-1}" = 1 ] && [ "${ONLY_XLSX:-0}" != 1 ]; then
  NAT=$ROOT/national
  [ -f "$NAT/from/NTM-2025/X3321/danh-sach.csv" ] || { rm -rf "$NAT"; python3 "$REPO/scripts/gen-national.py" --out "$NAT"; }
  echo "national csv_mib $(du -sk "$NAT/from" | awk '{printf "%.0f", $1/1024}') 0" >> "$RES"
  DPY=python3
  python3 -c 'import duckdb' 2>/dev/null || DPY=$ROOT/venv/bin/python
  if [ ! -x "$DPY" ] && ! command -v "$DPY" >/dev/null; then
    python3 -m venv "$ROOT/venv" && "$ROOT/venv/bin/pip" install -q duckdb==2.0.0
  fi
  measure national rollup "$BIN" tong-hop --data "$NAT/data" --from "$NAT/from" --as-of $AS_OF --out "$ROOT/o-national/ours"
  measure national rollup-facts "$BIN" tong-hop --data "$NAT/data" --from "$NAT/from" --as-of $AS_OF \
    --out "$ROOT/o-national/ours-facts" --tables so-lieu
  measure national duckdb-groupby "$DPY" "$REPO/scripts/tong-hop-duckdb.py" --data "$NAT/data" --from "$NAT/from" \
    --out "$ROOT/o-national/duckdb.csv"
  if [ "${NATIONAL_ONLY:-0}" = 1 ]; then
    d=$(name_of 1000000); DATA=$ROOT/$d
    [ -f "$DATA/de_nghi.csv" ] || "$PY" "$BENCH/gen.py" --nominations 1000000 --out "$DATA" >/dev/null
    measure 1000000 ours "$BIN" report --data "$DATA" --campaign $CAMPAIGN --as-of $AS_OF --out "$ROOT/o-$d/ours"
    SIZES=""
  fi
fi
[ "${NATIONAL_ONLY:-0}" = 1 ] || [ "${ONLY_XLSX:-0}" = 1 ] ||   # ONLY_XLSX=1: the workbook row alone (with its CSV's size)
measure sample ours "$BIN" report --data "$REPO/sample-data" --as-of $AS_OF --out "$ROOT/o-sample"
for n in $SIZES; do
  [ "${NATIONAL_ONLY:-0}" = 1 ] && break
  d=$(name_of "$n"); DATA=$ROOT/$d; OUT=$ROOT/o-$d
  [ -f "$DATA/de_nghi.csv" ] || "$PY" "$BENCH/gen.py" --nominations "$n" --out "$DATA" >/dev/null
  echo "$n csv_mib $(du -k "$DATA/de_nghi.csv" | awk '{printf "%.0f", $1/1024}') 0" >> "$RES"
  if [ "${ONLY_XLSX:-0}" != 1 ]; then
  measure "$n" ours "$BIN" report --data "$DATA" --campaign $CAMPAIGN --as-of $AS_OF --out "$OUT/ours"
  measure "$n" ours-facts "$BIN" report --data "$DATA" --campaign $CAMPAIGN --as-of $AS_OF \
    --out "$OUT/ours-facts" --tables so-lieu
  measure "$n" ours-T5 "$BIN" report --data "$DATA" --campaign $CAMPAIGN --as-of $AS_OF \
    --out "$OUT/ours-t5" --tables T5
  if [ "$PEERS" = 1 ]; then
    for p in pandas polars duckdb; do
      measure "$n" "$p" "$PY" "$BENCH/peer_$p.py" --data "$DATA" --campaign $CAMPAIGN --as-of $AS_OF \
        --out "$OUT/$p"
      measure "$n" "$p-facts" "$PY" "$BENCH/peer_$p.py" --data "$DATA" --campaign $CAMPAIGN \
        --as-of $AS_OF --out "$OUT/$p-facts" --only-facts
    done
  fi
  rows=$(awk -F, '$6 == "da_khen_thuong" {s += $7} END {print s}' "$OUT/ours-facts/$CAMPAIGN/so-lieu.csv")
  measure "$n" floor "$ROOT/c_limit" "$rows" 8 const "$ROOT/c_const.xlsx"
  fi
  # The workbook row (XLSX_SIZES, default 1M): de_nghi.csv saved once as de_nghi.xlsx (shared
  # strings, date cells; scripts/csv-to-xlsx.py) in DATA-xlsx beside the other CSVs, then the
  # fact table from it against python-calamine's bare read and polars.read_excel + group-by.
  case " ${XLSX_SIZES:-1000000} " in *" $n "*)
    X=$ROOT/$d-xlsx
    if [ ! -f "$X/de_nghi.xlsx" ]; then
      mkdir -p "$X"
      python3 "$REPO/scripts/csv-to-xlsx.py" "$DATA/de_nghi.csv" "$X/de_nghi.xlsx.part" && mv "$X/de_nghi.xlsx.part" "$X/de_nghi.xlsx"
      for f in "$DATA"/*.csv; do [ "$(basename "$f")" = de_nghi.csv ] || ln -sf "$f" "$X/"; done
    fi
    measure "$n" ours-xlsx "$BIN" report --data "$X" --campaign $CAMPAIGN --as-of $AS_OF \
      --out "$OUT/ours-xlsx" --tables so-lieu
    if [ "$PEERS" = 1 ]; then
      measure "$n" calamine "$PY" "$REPO/scripts/bench-xlsx-peers.py" calamine "$X/de_nghi.xlsx"
      measure "$n" polars-xlsx "$PY" "$REPO/scripts/bench-xlsx-peers.py" polars --data "$X" \
        --campaign $CAMPAIGN --as-of $AS_OF --out "$OUT/polars-xlsx"
    fi
  ;; esac
done
}

awk -v sizes="$SIZES" -v cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
  -v cores="$(nproc)" -v date="$(date -u +%Y-%m-%d)" -v runs="$RUNS" '
  { w[$1, $2] = $3; m[$1, $2] = $4; seen[$2] = 1 }
  function cell(s, l) { return ((s, l) in w) ? sprintf("%.2f s / %d", w[s, l], m[s, l]) : "–" }
  function ratio(a, b) { return (b > 0) ? sprintf("%.1f", a / b) : "–" }
  END {
    n = split(sizes, S, " ")
    printf "`make bench`, %s, %s (%d cores), median of %d runs after 1 warm-up; wall s / peak RSS MiB\n\n", date, cpu, cores, runs
    printf "| command |"; for (i = 1; i <= n; i++) printf " %s |", S[i]; printf "\n|---|"; for (i = 1; i <= n; i++) printf "---|"; printf "\n"
    split("ours ours-facts ours-T5 pandas polars duckdb pandas-facts polars-facts duckdb-facts floor ours-xlsx calamine polars-xlsx", L, " ")
    split("thidua report (8 files)|thidua report --tables so-lieu|thidua report --tables T5|pandas + XlsxWriter|polars + write_excel|DuckDB + XlsxWriter|pandas --only-facts|polars --only-facts|DuckDB --only-facts|libxlsxwriter floor (T5 rows x 8, constant_memory)|thidua --tables so-lieu, de_nghi.xlsx|python-calamine bare read of de_nghi.xlsx|polars.read_excel (calamine) + facts", T, "|")
    for (k = 1; k <= 13; k++) {
      if (!(L[k] in seen)) continue
      printf "| %s |", T[k]; for (i = 1; i <= n; i++) printf " %s |", cell(S[i], L[k]); printf "\n"
    }
    printf "\nsample-data (a real district), 8 files: %.2f s / %d MiB (target <= 0.1 s)\n\n", w["sample", "ours"], m["sample", "ours"]
    printf "| ratio (target) |"; for (i = 1; i <= n; i++) printf " %s |", S[i]; printf "\n|---|"; for (i = 1; i <= n; i++) printf "---|"; printf "\n"
    printf "| pandas / ours (>= 8) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "pandas"], w[S[i], "ours"]); printf "\n"
    printf "| DuckDB / ours (>= 4.5) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "duckdb"], w[S[i], "ours"]); printf "\n"
    printf "| ours T5 / floor (<= 1.6) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "ours-T5"], w[S[i], "floor"]); printf "\n"
    printf "| ours facts / polars facts (<= 1) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "ours-facts"], w[S[i], "polars-facts"]); printf "\n"
    printf "| peak RSS / de_nghi.csv (<= 1.5) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(m[S[i], "ours"], w[S[i], "csv_mib"]); printf "\n"
    if ("ours-xlsx" in seen) {
      printf "| ours facts from .xlsx / calamine bare read (<= 1) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "ours-xlsx"], w[S[i], "calamine"]); printf "\n"
      printf "| ours facts from .xlsx / polars.read_excel + facts |"; for (i = 1; i <= n; i++) printf " %s |", ratio(w[S[i], "ours-xlsx"], w[S[i], "polars-xlsx"]); printf "\n"
      printf "| peak RSS from .xlsx / de_nghi.csv (<= 1.5) |"; for (i = 1; i <= n; i++) printf " %s |", ratio(m[S[i], "ours-xlsx"], w[S[i], "csv_mib"]); printf "\n"
    }
    for (i = 2; i <= n; i++) printf "\ntime %s / %s: %s (target for 1M / 100k: <= 11)\n", S[i], S[i-1], ratio(w[S[i], "ours"], w[S[i-1], "ours"])
    if (("national", "rollup") in w) {
      printf "\nNational roll-up: 3,321 offices'"'"' folders (%d MiB of so-lieu.csv and danh-sach.csv)\n\n", w["national", "csv_mib"]
      printf "| command | wall s / peak RSS MiB |\n|---|---|\n"
      printf "| thidua tong-hop (7 files, tong-hop.xlsx included) | %s |\n", cell("national", "rollup")
      printf "| thidua tong-hop --tables so-lieu | %s |\n", cell("national", "rollup-facts")
      printf "| DuckDB GROUP BY (docs/tong-hop.sql) | %s |\n", cell("national", "duckdb-groupby")
      printf "\n| ratio (target) | |\n|---|---|\n"
      printf "| tong-hop --tables so-lieu / DuckDB GROUP BY (<= 1) | %s |\n", ratio(w["national", "rollup-facts"], w["national", "duckdb-groupby"])
      printf "| tong-hop / thidua report at 1M (<= 1) | %s |\n", ratio(w["national", "rollup"], w[1000000, "ours"])
    }
  }' "$RES" | tee "$ROOT/bench.md"
