#!/usr/bin/env python3
"""Saves a UTF-8 CSV as a one-sheet .xlsx the way Excel does: every text in sharedStrings.xml
(t="s"), dd/mm/yyyy dates as date serials with the built-in format 14, whole numbers as
numbers. Streams: the CSV is read twice (strings, then the sheet) and the sheet XML is
deflated as it is made, so a 1M-row file needs neither a DOM nor openpyxl (measured: openpyxl
would take minutes for 1M rows). Used by scripts/bench.sh for the workbook row.

    python3 scripts/csv-to-xlsx.py de_nghi.csv de_nghi.xlsx
"""
import csv, datetime, re, sys, zipfile
from xml.sax.saxutils import escape

src, dst = sys.argv[1], sys.argv[2]
DATE = re.compile(r'^(\d{1,2})/(\d{1,2})/(\d{4})$')
INT = re.compile(r'^-?[1-9]\d{0,14}$|^0$')
EPOCH = datetime.date(1899, 12, 30)

def kind(v):
    if INT.match(v): return 'n'
    m = DATE.match(v)
    if m:
        try:
            return ('d', (datetime.date(int(m[3]), int(m[2]), int(m[1])) - EPOCH).days)
        except ValueError: pass
    return 's'

def col(i):
    s = ''
    i += 1
    while i: i, r = divmod(i - 1, 26); s = chr(65 + r) + s
    return s

strings, order = {}, []
with open(src, encoding='utf-8-sig', newline='') as f:
    for row in csv.reader(f):
        for v in row:
            v = v.strip()
            if v and kind(v) == 's' and v not in strings:
                strings[v] = len(order); order.append(v)

X = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{R}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook {X} xmlns:r="{R}"><workbookPr/><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet {X}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>')
    with z.open('xl/sharedStrings.xml', 'w', force_zip64=True) as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {X} count="{len(order)}" uniqueCount="{len(order)}">'.encode())
        buf = []
        for s in order:
            t = escape(s)
            sp = ' xml:space="preserve"' if t != t.strip() or '\n' in t else ''
            buf.append(f'<si><t{sp}>{t}</t></si>')
            if len(buf) >= 10000: out.write(''.join(buf).encode()); buf = []
        out.write((''.join(buf) + '</sst>').encode())
    with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {X} xmlns:r="{R}"><sheetData>'.encode())
        buf = []
        with open(src, encoding='utf-8-sig', newline='') as f:
            for r, row in enumerate(csv.reader(f), 1):
                cells = []
                for c, v in enumerate(row):
                    v = v.strip()
                    if not v: continue
                    k = kind(v)
                    ref = f'{col(c)}{r}'
                    if k == 'n': cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                    elif k == 's': cells.append(f'<c r="{ref}" t="s"><v>{strings[v]}</v></c>')
                    else: cells.append(f'<c r="{ref}" s="1"><v>{k[1]}</v></c>')
                buf.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
                if len(buf) >= 2000: out.write(''.join(buf).encode()); buf = []
        out.write((''.join(buf) + '</sheetData></worksheet>').encode())
