#!/usr/bin/env python3
"""Measures a workbook's PDF (LibreOffice's print of it) page by page.

  scripts/print-check.py BOOK.xlsx BOOK.pdf [--data DIR]

For every page: the height of each body word (`pdftotext -bbox`), and whether
the page holds table rows that are only totals ("Cộng …", "TỔNG CỘNG"), or
the signature block ("NGƯỜI LẬP BIỂU") without a table row.
A sheet printed in bands of columns (its colBreaks; pages go down, then
across): every page of a band shows, whole and within the columns it lies
over, the label of every header group over the band's columns (a merged
label prints only on its first column's page, so a group continued from the
band before would print blank or cut). Where the columns lie on paper comes
from the sheet's widths, scale and centring, as LibreOffice prints them with
Carlito ((w + 5/7) x 5.55 pt a column at 100 %). With --data, the signer's
name (`nguoi_ky` in DIR/to_chuc.toml) must be on the last page of every sheet.
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


PAGE_WIDTH = 841.89 - 1.3 * 72  # A4 landscape less the left (0.8") and right (0.5") margins
LEFT_MARGIN = 0.8 * 72


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def ref(cell):
    m = re.match(r"\$?([A-Z]+)\$?(\d+)", cell)
    return int(m.group(2)), col_index(m.group(1))


def sheet_layouts(xlsx):
    """Per sheet: widths, scale, repeated columns, header rows, column breaks and
    the header's merged groups as (row, first, last, label)."""
    with zipfile.ZipFile(xlsx) as z:
        book = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            sst = z.read("xl/sharedStrings.xml").decode("utf-8")
            for si in re.findall(r"<si>(.*?)</si>", sst, re.S):
                strings.append(html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))))
        titles = {}
        for sid, text in re.findall(r'<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)', book):
            cols = re.search(r"!\$([A-Z]+):\$([A-Z]+)", text)
            rows = re.search(r"!\$(\d+):\$(\d+)", text)
            titles[int(sid)] = (
                (col_index(cols.group(1)), col_index(cols.group(2))) if cols else None,
                (int(rows.group(1)), int(rows.group(2))) if rows else None,
            )
        out = []
        for i, rid in enumerate(re.findall(r'<sheet [^>]*r:id="([^"]+)"', book)):
            xml = z.read("xl/" + targets[rid].lstrip("/").replace("xl/", "", 1)).decode("utf-8")
            widths = []
            for a, b, w in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', xml):
                widths += [float(w)] * (int(b) - int(a) + 1)
            m = re.search(r'<pageSetup [^>]*scale="(\d+)"', xml)
            scale = int(m.group(1)) if m else 100
            cb = re.search(r"<colBreaks.*?</colBreaks>", xml, re.S)
            breaks = [int(v) for v in re.findall(r'<brk id="(\d+)"', cb.group(0))] if cb else []
            repeated, header = titles.get(i, (None, None))
            values = {}
            for attrs, v in re.findall(r'<c ([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>', xml):
                r = re.search(r'r="([A-Z]+\d+)"', attrs).group(1)
                values[ref(r)] = strings[int(v)] if ' t="s"' in attrs else v
            groups = []
            if header:
                for a, b in re.findall(r'<mergeCell ref="([A-Z]+\d+):([A-Z]+\d+)"', xml):
                    (r1, c1), (r2, c2) = ref(a), ref(b)
                    if header[0] <= r1 <= header[1] and c2 > c1 and (r1, c1) in values:
                        groups.append((r1, c1, c2, values[(r1, c1)]))
            out.append(dict(widths=widths, scale=scale, breaks=breaks, repeated=repeated, groups=groups))
        return out


def bands_of(layout):
    """The column bands as the sheet prints them: its column breaks, or where
    LibreOffice breaks by itself (as many columns as fit) when it has none."""
    widths, repeated = layout["widths"], layout["repeated"]
    n = len(widths)
    if layout["breaks"]:
        starts = [0] + sorted(layout["breaks"])
    elif repeated is None:
        return [(0, n - 1)]
    else:
        room = PAGE_WIDTH * 100 / layout["scale"]
        rep = sum(w * 5.55 for w in widths[: repeated[1] + 1])
        starts, used = [0], 0.0
        for c, w in enumerate(widths):
            if used + w * 5.55 > room and c > starts[-1]:
                starts.append(c)
                used = rep
            used += w * 5.55
    return [(a, b - 1) for a, b in zip(starts, starts[1:] + [n])]


def column_x(layout, band, first):
    """x of the left edge of each column of `band` on paper (and of its right end)."""
    k = layout["scale"] / 100
    widths, repeated = layout["widths"], layout["repeated"]
    shown = ([] if first or repeated is None else list(range(repeated[0], repeated[1] + 1))) + list(
        range(band[0], band[1] + 1))
    total = sum(widths[c] * 5.55 * k for c in shown)
    x = LEFT_MARGIN + max(0.0, (PAGE_WIDTH - total) / 2)
    edges = {}
    for c in shown:
        edges[c] = x
        x += widths[c] * 5.55 * k
    edges["end"] = x
    return edges


def label_shown(words, label, x0, x1):
    """Whether `label`'s words are printed whole between x0 and x1, in reading order."""
    inside = [w for w in words if w[0] >= x0 - 2 and w[2] <= x1 + 2]
    seq = [t for line in placed_lines(inside) for _, t in line]
    want = label.split()
    return any(seq[i:i + len(want)] == want for i in range(len(seq) - len(want) + 1))


def missing_labels(layout, sheet_pages):
    """(page, label) of every group label a band's page does not show."""
    bands = bands_of(layout)
    if len(bands) < 2:
        return []
    # Every band has the same pages down, but LibreOffice leaves out a blank page: the
    # earlier bands' last one when the notes and signatures (over the last band) spill
    # onto a page of their own. The pages left over are the last band's.
    per = len(sheet_pages) // len(bands)
    if len(sheet_pages) - per * len(bands) >= per:
        return [(0, f"{len(sheet_pages)} trang không chia được cho {len(bands)} dải cột")]
    missing = []
    for b, band in enumerate(bands):
        edges = column_x(layout, band, b == 0)
        end = (b + 1) * per if b + 1 < len(bands) else len(sheet_pages)
        for row, c1, c2, label in layout["groups"]:
            lo, hi = max(c1, band[0]), min(c2, band[1])
            if lo > hi:
                continue
            x0, x1 = edges[lo], edges.get(hi + 1, edges["end"])
            for k in range(b * per, end):
                if not label_shown(sheet_pages[k], label, x0, x1):
                    missing.append((k + 1, label))
    return missing


def signer(data):
    import tomllib
    with open(f"{data}/to_chuc.toml", "rb") as f:
        return tomllib.load(f).get("nguoi_ky", "")


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
    data = sys.argv[sys.argv.index("--data") + 1] if "--data" in sys.argv else None
    name_words = signer(data).split() if data else []
    names = sheet_names(xlsx)
    layouts = sheet_layouts(xlsx)
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
    for index, (name, ps) in enumerate(sheets):
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
        layout = layouts[index] if index < len(layouts) else None
        bands = bands_of(layout) if layout else []
        missing = missing_labels(layout, ps) if layout else []
        signed = []
        if name_words:
            signed = [k + 1 for k, words in enumerate(ps)
                      if any(" ".join(name_words) in " ".join(line) for line in lines(words))]
        unsigned = bool(name_words) and (not ps or len(ps) not in signed)
        verdict = ("đạt" if smallest >= MIN_POINTS - 0.05 and not only_totals and not missing and not unsigned
                   else "KHÔNG ĐẠT")
        print(f"  {name}: {len(ps)} trang, chữ nhỏ nhất {smallest:.1f} pt, phổ biến {size:.1f} pt"
              + (f", {len(bands)} dải cột, nhãn nhóm đủ trên mọi trang" if len(bands) > 1 and not missing else "")
              + (f", trang thiếu nhãn nhóm: {missing[:6]}" if missing else "")
              + (f", người ký ở trang {signed or '-'} (cần trang {len(ps)})" if unsigned else
                 (", người ký ở trang cuối" if name_words else ""))
              + (f", trang chỉ có dòng cộng / chữ ký: {only_totals}" if only_totals else "") + f" — {verdict}")
        if verdict != "đạt":
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
