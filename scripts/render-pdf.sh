#!/usr/bin/env bash
# Prints the workbooks as an office would: every .xlsx under a report folder
# converted to PDF by LibreOffice (headless), and with --png each page as a PNG
# (60 dpi) to look at; with --check each PDF is measured by print-check.py
# (body text at least 8 pt on every page, no page holding only total rows,
# each sheet's pages numbered from 1, every column band's pages showing its
# group labels; with --data DIR, the signer of DIR/to_chuc.toml on each
# sheet's last page) and the script fails if a rule fails.
#   scripts/render-pdf.sh [OUT_DIR] [--png] [--check] [--install] [--data DIR]
# --install: when LibreOffice or pdftotext is missing, install it with apt-get
# (as root), with Carlito, Calibri's metric twin: the default font an .xlsx's
# column widths are measured in; without it LibreOffice prints every column of
# any workbook a third wider. Without --install a missing tool is exit 3, so
# `make test` can skip the check on a machine without LibreOffice.
# LO_PROFILE: the LibreOffice profile folder (default: a fresh one per run,
# so several runs at once do not share it).
set -euo pipefail
out=out png=0 check=0 install=0 data=()
while [ $# -gt 0 ]; do
  case "$1" in
    --png) png=1 ;; --check) check=1 ;; --install) install=1 ;;
    --data) data=(--data "$2"); shift ;;
    *) out=$1 ;;
  esac
  shift
done
here=$(cd "$(dirname "$0")" && pwd)
need() {
  command -v soffice >/dev/null && command -v pdftotext >/dev/null \
    && { [ "$png" = 0 ] || command -v pdftoppm >/dev/null; }
}
if ! need || ! fc-list 2>/dev/null | grep -qi carlito; then
  if [ "$install" = 1 ] && [ "$(id -u)" = 0 ]; then
    echo "Cài LibreOffice, poppler-utils, fonts-crosextra-carlito (apt-get)…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito fonts-liberation2 >/dev/null
  elif ! need; then
    echo "cần LibreOffice và poppler-utils: apt-get install libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito" >&2
    exit 3
  else
    echo "chú ý: thiếu phông Carlito (fonts-crosextra-carlito): độ rộng cột in ra sẽ khác Excel" >&2
  fi
fi
profile=${LO_PROFILE:-}
if [ -z "$profile" ]; then
  profile=$(mktemp -d /tmp/lo-thidua-XXXXXX)
  trap 'rm -rf "$profile"' EXIT
fi
status=0
while read -r xlsx; do
  dir=$(dirname "$xlsx")
  base=$(basename "$xlsx" .xlsx)
  soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$dir" "$xlsx" \
    >/dev/null 2>&1
  pdf="$dir/$base.pdf"
  [ -f "$pdf" ] || { echo "$xlsx: LibreOffice không chuyển được sang PDF" >&2; status=1; continue; }
  echo "$pdf"
  if [ "$png" = 1 ]; then pdftoppm -r 60 -png "$pdf" "$dir/$base-trang"; fi
  if [ "$check" = 1 ]; then python3 "$here/print-check.py" "$xlsx" "$pdf" "${data[@]}" || status=1; fi
done < <(find "$out" -name '*.xlsx' ! -name '*.partial' | sort)
exit $status
