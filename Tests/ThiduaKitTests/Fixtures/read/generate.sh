#!/bin/sh
# Regenerates the encoded fixtures of the read tests from UTF-8 text.
# Run from this folder: sh generate.sh
set -e

# Excel "CSV" on a Vietnamese Windows: Windows-1258, semicolons, dd/mm/yyyy.
printf 'Mã đơn vị;Họ và tên;Ngày sinh;Dân tộc\r\nDV01;Nguyễn Thị Ánh;15/06/1985;Kinh\r\nDV02;Hoàng Văn Đức;01/02/1990;Tày\r\nDV03;Lường Thị Ước;31/12/2000;Thái\r\n' \
  | iconv -f UTF-8 -t CP1258 > cp1258-semicolon.csv

# Excel "Unicode Text": UTF-16LE with BOM, tab-separated, CRLF.
{ printf '\377\376'; printf 'Mã đơn vị\tTên đơn vị\tGhi chú\r\nDV01\tUBND xã Tân Đoàn\t"Có, đủ hồ sơ"\r\nDV02\tTrường THCS Văn Quan\t\r\n' \
  | iconv -f UTF-8 -t UTF-16LE; } > utf16le-bom-tab.txt

# UTF-16BE with BOM, comma-separated, LF.
{ printf '\376\377'; printf 'ma_don_vi,ten\nDV01,Lường Thị Ước\n' | iconv -f UTF-8 -t UTF-16BE; } > utf16be-bom.csv

# UTF-16LE without BOM, LF.
printf 'ma_don_vi,ten\nDV01,Nguyễn Thị Ánh\n' | iconv -f UTF-8 -t UTF-16LE > utf16le-nobom.csv

# UTF-8 with BOM (Excel "CSV UTF-8"), comma-separated, CRLF.
{ printf '\357\273\277'; printf 'Mã đơn vị,Tên đơn vị\r\nDV01,Hoàng Văn Đức\r\n'; } > utf8-bom.csv
