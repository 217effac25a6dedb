#!/usr/bin/env python3
# Makes sample-openpyxl/: each CSV of sample-data/ saved as a workbook by openpyxl, the way a
# script or a provincial system writes one (dates as date cells with a dd/mm/yyyy format,
# whole numbers as numbers, the rest as shared strings). Run from the repository root:
#   python3 Tests/ThiduaKitTests/Fixtures/xlsx/sample_openpyxl.py sample-data Tests/ThiduaKitTests/Fixtures/xlsx/sample-openpyxl
import csv, sys, os, datetime, re
from openpyxl import Workbook
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
date_re = re.compile(r'^(\d{2})/(\d{2})/(\d{4})$')
for name in os.listdir(src):
    if not name.endswith('.csv'): continue
    raw = open(os.path.join(src, name), 'rb').read()
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'): text = raw.decode('utf-16')
    else:
        try: text = raw.decode('utf-8-sig')
        except UnicodeDecodeError: text = raw.decode('cp1258')
    import unicodedata, io
    text = unicodedata.normalize('NFC', text)
    first = text.split('\n', 1)[0]
    delim = max([',', ';', '\t'], key=first.count)
    rows = [r for r in csv.reader(io.StringIO(text, newline=''), delimiter=delim) if any(x.strip() for x in r)]
    wb = Workbook(); ws = wb.active; ws.title = 'Sheet1'
    for r in rows:
        out = []
        for v in r:
            m = date_re.match(v)
            if m:
                out.append(datetime.date(int(m[3]), int(m[2]), int(m[1])))
            elif re.fullmatch(r'-?\d{1,9}', v) and not v.startswith('0'):
                out.append(int(v))
            else:
                out.append(v)
        ws.append(out)
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, datetime.date): c.number_format = 'DD/MM/YYYY'
    wb.save(os.path.join(dst, name[:-4] + '.xlsx'))
