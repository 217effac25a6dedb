#!/usr/bin/env python3
"""Measures a workbook's PDF (LibreOffice's print of it) page by page.

  scripts/print-check.py BOOK.xlsx BOOK.pdf

For every page: the height of each body word (`pdftotext -bbox`), and whether
the page holds table rows that are only totals ("Cộng …", "TỔNG CỘNG"), or
the signature block ("NGƯỜI LẬP BIỂU") without a table row.
Pages are assigned to the workbook's sheets by their footer: each sheet's
pages are numbered from 1 ("Trang 1"), so a page reading "Trang 1" starts the
next sheet — a workbook whose numbering runs on fails here too.

A word's box height is what pdftotext reports: the font's ascent plus
descent, 1.30 times its size for Liberation Serif (Times New Roman's metric
twin in LibreOffice): measured on cells of 8, 10, 12 and 14 pt printed at
100 %, boxes of 10.39, 13.01, 15.59 and 18.20 pt. The size on paper is that
height divided by 1.30; the check is that it is at least MIN_POINTS (8). Prints one line per sheet; exits 1
when a rule fails.
"""
import html
import re
import subprocess
import sys
import zipfile

MIN_POINTS = 8.0
# Liberation Serif: pdftotext's box height per point of font size (measured, see above).
BOX_PER_POINT = 1.299
FOOTER = re.compile(r"^Trang$")


def sheet_names(xlsx):
    with zipfile.ZipFile(xlsx) as z:
        xml = z.read("xl/workbook.xml").decode("utf-8")
    return [html.unescape(n) for n in re.findall(r'<sheet name="([^"]*)"', xml)]


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, check=True).stdout
    text = out.decode("utf-8")
    result = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", text, re.S):
        words = []
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page
        ):
            x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
            words.append((x0, y0, x1, y1, html.unescape(m.group(5))))
        result.append(words)
    return result


def placed_lines(words):
    """Words grouped into printed lines (same baseline within 1 pt), top to
    bottom, each line's words left to right as (x, text)."""
    rows = []
    for w in sorted(words, key=lambda w: (round(w[3]), w[0])):
        if rows and abs(rows[-1][0] - w[3]) < 1.0:
            rows[-1][1].append(w)
        else:
            rows.append([w[3], [w]])
    return [[(w[0], w[4]) for w in sorted(ws, key=lambda w: w[0])] for _, ws in rows]


def lines(words):
    return [[t for _, t in line] for line in placed_lines(words)]


def footer_page(words):
    """The page number in the footer ("Trang 3" → 3), or None."""
    ls = lines(words)
    for line in reversed(ls[-2:]):
        if len(line) >= 2 and line[0] == "Trang" and line[1].split("/")[0].isdigit():
            return int(line[1].split("/")[0])
    return None


ROMAN = re.compile(r"^[IVXLC]+$")


def row_kinds(words):
    """Table rows on the page: (data or heading rows, total rows).

    A total row is a line starting "Cộng" or "TỔNG CỘNG" (in the name column);
    a data or heading row one whose first word, an STT number or a Roman
    numeral, stands left of that column — a total row's own numbers, printed
    on a line of their own beside a label of two lines, are not its STT.
    """
    placed = placed_lines(words)
    totals = [line for line in placed if line[0][1] == "Cộng" or [t for _, t in line[:2]] == ["TỔNG", "CỘNG"]]
    name_x = min((line[0][0] for line in totals), default=None)
    data = 0
    for line in placed:
        x, first = line[0]
        if (first.isdigit() or ROMAN.match(first)) and (name_x is None or x < name_x - 1):
            data += 1
    return data, len(totals)


def main():
    xlsx, pdf = sys.argv[1], sys.argv[2]
    names = sheet_names(xlsx)
    all_pages = pages(pdf)
    sheets = []  # [name, [pages]]
    for words in all_pages:
        n = footer_page(words)
        if n == 1 or not sheets:
            index = len(sheets)
            sheets.append([names[index] if index < len(names) else f"?{index + 1}", []])
        sheets[-1][1].append(words)
    ok = True
    if len(sheets) != len(names):
        print(f"  LỖI: {len(all_pages)} trang chia được {len(sheets)} sheet theo số trang (cần {len(names)}:"
              f" mỗi sheet đánh số lại từ Trang 1)")
        ok = False
    for name, ps in sheets:
        heights = []
        only_totals = []
        for k, words in enumerate(ps):
            body = [w for w in words if not (w[4] == "Trang" or (w[4].isdigit() and w[1] > 540))]
            heights += [(w[3] - w[1]) / BOX_PER_POINT for w in body]
            data, total = row_kinds(words)
            # A page after the first with total rows or the signature block but
            # no table row of its own: the totals, or the signature, left alone.
            signature = any("LẬP BIỂU" in " ".join(line) for line in lines(words))
            if (total > 0 or signature) and data == 0 and k > 0:
                only_totals.append(k + 1)
        smallest = min(heights) if heights else 0
        size = sorted(heights)[len(heights) // 2] if heights else 0
        verdict = "đạt" if smallest >= MIN_POINTS - 0.05 and not only_totals else "KHÔNG ĐẠT"
        print(f"  {name}: {len(ps)} trang, chữ nhỏ nhất {smallest:.1f} pt, phổ biến {size:.1f} pt"
              + (f", trang chỉ có dòng cộng / chữ ký: {only_totals}" if only_totals else "") + f" — {verdict}")
        if verdict != "đạt":
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
