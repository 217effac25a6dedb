#!/usr/bin/env python3
"""Fills the workbooks `thidua init --xlsx` wrote, as a clerk would, with openpyxl.

  fill_templates.py tables DIR SOURCE   every row of SOURCE's de_nghi and tien_do CSVs typed into
                                        DIR's workbooks of the same name (init --from filled in
                                        the others)
  fill_templates.py list FILE ROWS.json  rows typed under the headings of a unit's list template

Dates go in as date cells, every third one as text (what LibreOffice keeps when the
desktop's locale does not read dd/mm/yyyy); integers and decimals as numbers; the rest
as text. Only cells are typed: the title, header, drop-downs and formats are left as
init wrote them.
"""
import csv
import datetime
import io
import json
import sys
import unicodedata

import openpyxl


def fold(s):
    s = unicodedata.normalize("NFD", str(s)).replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out, sep = [], False
    for c in s:
        if c.isascii() and c.isalnum():
            if sep and out:
                out.append("_")
            sep = False
            out.append(c)
        else:
            sep = True
    return "".join(out)


def read_csv(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1258")
    text = unicodedata.normalize("NFC", text)
    first = text.splitlines()[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [fold(h) for h in rows[0]]
    return [dict(zip(header, (v.strip() for v in r))) for r in rows[1:] if any(v.strip() for v in r)]


def header_row(ws):
    for row in ws.iter_rows(min_row=1, max_row=30):
        texts = [c.value for c in row]
        if any(isinstance(t, str) and t.endswith("(*)") for t in texts):
            return row[0].row, {fold(t): c.column for t, c in zip(texts, row) if t}
    raise SystemExit(f"{ws.title}: no header row")


def typed(value, number_format, n):
    if value == "":
        return None
    if number_format == "dd/mm/yyyy":
        if n % 3 == 2:
            return value
        d, m, y = value.replace("-", "/").split("/")
        return datetime.datetime(int(y), int(m), int(d))
    if number_format == "0":
        return int(value.replace(".", "").replace(" ", ""))
    if number_format == "General":
        x = float(value.replace(",", "."))
        return int(x) if x.is_integer() else x
    return value


def fill_tables(folder, source):
    for table in ["de_nghi", "tien_do"]:
        rows = read_csv(f"{source}/{table}.csv")
        path = f"{folder}/{table}.xlsx"
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        head, columns = header_row(ws)
        # The column's format, as the first prepared row has it (Excel gives typed cells the
        # column's format; openpyxl does not, so it is copied).
        formats = {c: ws.cell(row=head + 1, column=c).number_format for c in columns.values()}
        for i, row in enumerate(rows):
            r = head + 1 + i
            for key, value in row.items():
                c = columns.get(key)
                if c is None and key == "ten":
                    # The workbook heads `ten` as people write it ("Tên tập thể / cá nhân / …").
                    c = next((v for k, v in columns.items() if k.startswith("ten_tap_the")), None)
                if c is None:
                    raise SystemExit(f"{table}: no column for {key}")
                cell = ws.cell(row=r, column=c)
                cell.number_format = formats[c]
                cell.value = typed(value, formats[c], i)
        wb.save(path)


def fill_list(path, rows_json):
    """rows_json: {"TẬP THỂ": [{"ten": …, "ma_hinh_thuc": …}, …], "CÁ NHÂN": […], …}"""
    wanted = json.load(open(rows_json, encoding="utf-8"))
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    head, columns = header_row(ws)
    by_name = {"ten": "ten_tap_the_ho_va_ten", "chuc_vu": "chuc_vu_don_vi_cong_tac",
               "ma_hinh_thuc": "hinh_thuc_khen_thuong", "thanh_tich": "tom_tat_thanh_tich"}
    heading, n = None, 0
    for r in range(head + 1, ws.max_row + 1):
        name = ws.cell(row=r, column=2).value
        if isinstance(name, str) and name in wanted:
            heading, n = name, 0
            continue
        rows = wanted.get(heading, [])
        if n < len(rows):
            for key, value in rows[n].items():
                cell = ws.cell(row=r, column=columns[by_name.get(key, key)])
                cell.value = typed(value, cell.number_format, 0)
        n += 1
    wb.save(path)


if __name__ == "__main__":
    if sys.argv[1] == "tables":
        fill_tables(sys.argv[2], sys.argv[3])
    else:
        fill_list(sys.argv[2], sys.argv[3])
