#!/usr/bin/env bash
# Converts every tong-ket.xlsx under a report folder to PDF with LibreOffice, and
# (with --png) each PDF page to PNG, so a person can look at what would be printed.
# Not part of CI. Needs: apt-get install libreoffice-calc-nogui poppler-utils
#   scripts/render-pdf.sh [OUT_DIR] [--png]
set -euo pipefail
out=${1:-out}
png=${2:-}
command -v libreoffice >/dev/null || { echo "cần LibreOffice: apt-get install libreoffice-calc-nogui" >&2; exit 2; }
find "$out" -name tong-ket.xlsx | sort | while read -r xlsx; do
  dir=$(dirname "$xlsx")
  libreoffice --headless --convert-to pdf --outdir "$dir" "$xlsx" >/dev/null 2>&1
  echo "$dir/tong-ket.pdf"
  if [ "$png" = "--png" ]; then
    command -v pdftoppm >/dev/null || { echo "cần pdftoppm: apt-get install poppler-utils" >&2; exit 2; }
    pdftoppm -r 60 -png "$dir/tong-ket.pdf" "$dir/trang"
  fi
done
