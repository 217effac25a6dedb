#!/usr/bin/env python3
"""Writes the workbook fixtures of the reader's tests, with the real programs where they are
installed: openpyxl (as scripts and provincial systems write), LibreOffice headless (each
openpyxl file opened and saved again by Calc, which writes its own parts and stores formula
results), and a small Excel-style writer here (Excel itself is not installable: shared
strings with rich-text and phonetic runs, t="s", styles with numFmt 14, formulas with their
cached <v>, <dimension>, merges after <sheetData>). Run from the repository root:

    python3 Tests/ThiduaKitTests/Fixtures/xlsx/make_fixtures.py

Every file is kept in the repository; the tests read them, they do not run this script.
The rows are those of Tests/ThiduaKitTests/Support/FixtureFolder.swift's de_nghi.csv,
written the way people write a list: title rows, a header with line breaks, a row of
column numbers, the unit merged down, a blank row with only its STT, dates as date cells.
"""
import datetime, os, shutil, subprocess, sys, tempfile, zipfile, zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
D = datetime.date

HEADER = ["STT", "Mã\nđề nghị", "Mã phong trào", "Mã\nđơn vị", "Đối tượng", "Tên", "Chức vụ",
          "Giới tính", "Dân tộc", "Lao động trực tiếp", "Mã hình thức", "Trạng thái",
          "Ngày đề nghị", "Số quyết định", "Ngày quyết định", "Thành tích"]
# (row values from column B on); None = empty. The unit of N2 comes from a merge (D6:D7).
ROWS = [
    ["N1", "PT1", "U3", "cá nhân", ("rich", "Nông Thị ", "Ánh"), "Nông dân thôn Nà Pàn", "Nữ", "Tày",
     True, "GKH", "đã khen thưởng", D(2025, 2, 10), "12/QĐ-UBND", D(2025, 3, 20), "Tích cực hiến đất"],
    ["N2", "PT1", None, "tập thể", "Thôn Nà Pàn", None, None, None, None, "GKH", "đã khen thưởng",
     D(2025, 2, 10), "12/QĐ-UBND", D(2025, 3, 20), "Thôn văn hóa"],
    ["N3", "PT1", "U2", "cá nhân", "Hoàng Văn Bình", "Trưởng thôn", "Nam", "Kinh", None, "BKT",
     "đang thẩm định", "11/02/2025", None, None, None],
    "BLANK",
    ["N4", "PT1", "U1", "cá nhân", "Lương Thị Hằng", "Chuyên viên", "Nữ", "Nùng", False, "GKH",
     "đã khen thưởng", datetime.datetime(2025, 3, 12, 14, 30), "30/QĐ-UBND", D(2025, 7, 15),
     "Hoàn thành xuất sắc"],
    ["N5", "PT1", "U1", "cá nhân", "Trần Dũng", "Công chức", "Nam", "Kinh", None, "GKH", "không đạt",
     D(2025, 3, 12), None, None, None],
    ["N6", "PT1", "U3", "cá nhân", "Lê Đức", "Giáo viên", "Nam", "Tày", 1, "GKH", "đề nghị",
     D(2025, 8, 1), None, None, None],
    ["N7", "PT2", "U2", "cá nhân", "Vi Văn Páo", "Nông dân", "Nam", "Dao", "x", "GKX", "đã khen thưởng",
     D(2025, 4, 15), "5/QĐ-UBND", D(2025, 4, 20), ("formula", "Trồng rừng")],
]
FIRST = 6  # the row of N1


def plain(v):
    if isinstance(v, tuple):
        return v[1] + v[2] if v[0] == "rich" else v[1]
    return v


def openpyxl_rules(path):
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment
    wb = Workbook()
    guide = wb.active
    guide.title = "HUONGDAN"
    guide["A1"] = "Hướng dẫn: mỗi dòng một đề nghị; mã đơn vị lấy ở trang DANHMUC."
    ws = wb.create_sheet("DANHSACH")
    ws["A1"] = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
    ws.merge_cells("A1:P1")
    ws["A2"] = "Kèm theo Tờ trình số 12/TTr-UBND ngày 01/10/2025"
    ws.merge_cells("A2:P2")
    for c, h in enumerate(HEADER, 1):
        ws.cell(4, c, h).alignment = Alignment(wrap_text=True)
    for c in range(1, 17):
        ws.cell(5, c, f"({c})")
    stt = 0
    for k, row in enumerate(ROWS):
        r = FIRST + k
        if row == "BLANK":
            ws.cell(r, 1, 99)
            continue
        stt += 1
        ws.cell(r, 1, stt)
        for c, v in enumerate(row, 2):
            if v is None:
                continue
            if isinstance(v, tuple) and v[0] == "rich":
                v = CellRichText([v[1], TextBlock(InlineFont(b=True), v[2])])
            elif isinstance(v, tuple) and v[0] == "formula":
                v = v[1]  # openpyxl stores no result for a formula: see openpyxl_formula()
            cell = ws.cell(r, c, v)
            if isinstance(v, datetime.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(v, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    ws.merge_cells(f"D{FIRST}:D{FIRST + 1}")
    ws.row_dimensions[FIRST + 4].hidden = True
    ws.column_dimensions["I"].hidden = True
    codes = wb.create_sheet("DANHMUC")
    codes.append(["Mã", "Tên đơn vị"])
    codes.append(["U1", "Phòng Nội vụ"])
    wb.save(path)


def openpyxl_formula(path):
    """A list whose thanh_tich of N7 is a formula, as openpyxl writes it: no stored result."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "DANHSACH"
    ws.append(HEADER[1:])
    for row in ROWS:
        if row != "BLANK":
            ws.append([plain(v) if not isinstance(v, tuple) or v[0] == "rich" else None for v in row])
    ws["C3"] = "U3"  # N2's unit (merged down in the rules files)
    ws.append([])
    ws["O8"] = '="Trồng" & " rừng"'
    wb.save(path)


def libreoffice_copy(src, dst_dir):
    """Opens `src` in LibreOffice Calc and saves it as .xlsx into `dst_dir`."""
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-xlsxin", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dst_dir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# --- an Excel-style writer (the parts Excel writes, by hand) ---------------------------------

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(v, date1904=False):
    if isinstance(v, datetime.datetime):
        base = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
        d = v - base
        return d.days + d.seconds / 86400
    base = D(1904, 1, 1) if date1904 else D(1899, 12, 30)
    return (v - base).days


class Book:
    """sheets: [(name, rows, merges)], rows: {row number: [(column, value)]}. Values: str, int,
    float, bool, date, ("rich", a, b), ("phonetic", text, reading), ("formula", text) with its
    cached result, ("nocache", formula), ("error", "#N/A"), ("badindex",)."""

    def __init__(self, prefix="", inline=False, refs=True, date1904=False, dimension=None, extra_sst=""):
        self.p = prefix
        self.inline = inline
        self.refs = refs
        self.date1904 = date1904
        self.dimension = dimension
        self.extra_sst = extra_sst
        self.strings = []
        self.index = {}

    def sst(self, key, xml):
        if key not in self.index:
            self.index[key] = len(self.strings)
            self.strings.append(xml)
        return self.index[key]

    def t(self, text):
        sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
        return f"<{self.p}t{sp}>{escape(text)}</{self.p}t>"

    def cell(self, ref, v):
        p = self.p
        r = f' r="{ref}"' if self.refs else ""
        if isinstance(v, bool):
            return f'<{p}c{r} t="b"><{p}v>{int(v)}</{p}v></{p}c>'
        if isinstance(v, (datetime.date, datetime.datetime)):
            style = 2 if isinstance(v, datetime.datetime) else 1
            return f'<{p}c{r} s="{style}"><{p}v>{serial(v, self.date1904)}</{p}v></{p}c>'
        if isinstance(v, (int, float)):
            return f"<{p}c{r}><{p}v>{v}</{p}v></{p}c>"
        if isinstance(v, tuple):
            kind = v[0]
            if kind == "formula":
                return (f'<{p}c{r} t="str"><{p}f>"Trồng"&amp;" rừng"</{p}f>'
                        f"<{p}v>{escape(v[1])}</{p}v></{p}c>")
            if kind == "nocache":
                return f"<{p}c{r}><{p}f>{escape(v[1])}</{p}f></{p}c>"
            if kind == "error":
                return f'<{p}c{r} t="e"><{p}f>VLOOKUP(1,A1:A2,2,0)</{p}f><{p}v>{v[1]}</{p}v></{p}c>'
            if kind == "badindex":
                return f'<{p}c{r} t="s"><{p}v>999999</{p}v></{p}c>'
            if kind == "rich":
                xml = (f"<{p}r><{p}t xml:space=\"preserve\">{escape(v[1])}</{p}t></{p}r>"
                       f"<{p}r><{p}rPr><{p}b/><{p}sz val=\"11\"/></{p}rPr>{self.t(v[2])}</{p}r>")
            else:  # phonetic: the reading must not be part of the text
                xml = (f"{self.t(v[1])}<{p}rPh sb=\"0\" eb=\"1\">{self.t(v[2])}</{p}rPh>"
                       f"<{p}phoneticPr fontId=\"1\"/>")
            if self.inline:
                return f'<{p}c{r} t="inlineStr"><{p}is>{xml}</{p}is></{p}c>'
            return f'<{p}c{r} t="s"><{p}v>{self.sst(v, xml)}</{p}v></{p}c>'
        if self.inline:
            return f'<{p}c{r} t="inlineStr"><{p}is>{self.t(v)}</{p}is></{p}c>'
        return f'<{p}c{r} t="s"><{p}v>{self.sst(v, self.t(v))}</{p}v></{p}c>'

    def sheet(self, rows, merges):
        p = self.p
        xmlns = f'xmlns:{p[:-1]}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' if p else NS
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<{p}worksheet {xmlns} xmlns:r="{RNS}">']
        if self.dimension:
            out.append(f'<{p}dimension ref="{self.dimension}"/>')
        out.append(f"<{p}sheetData>")
        for n in range(1, max(rows) + 1) if not self.refs else sorted(rows):
            if n not in rows:
                out.append(f"<{p}row/>")
                continue
            r = f' r="{n}"' if self.refs else ""
            spans = ' spans="1:16384"' if self.dimension else ""
            out.append(f"<{p}row{r}{spans}>")
            at = 0
            for c, v in rows[n]:
                while not self.refs and at < c:  # by order: every column up to this one
                    out.append(f"<{p}c/>")
                    at += 1
                out.append(self.cell(f"{col(c)}{n}", v))
                at = c + 1
            out.append(f"</{p}row>")
        out.append(f"</{p}sheetData>")
        if merges:
            out.append(f'<{p}mergeCells count="{len(merges)}">' + "".join(f'<{p}mergeCell ref="{m}"/>' for m in merges) + f"</{p}mergeCells>")
        out.append(f'<{p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></{p}worksheet>')
        return "".join(out)

    def save(self, path, sheets, raw_parts=None):
        p = self.p
        xmlns = f'xmlns:{p[:-1]}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' if p else NS
        sheet_xml = [self.sheet(rows, merges) for _, rows, merges in sheets]
        d1904 = ' date1904="1"' if self.date1904 else ""
        parts = {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
            "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<{p}workbook {xmlns} xmlns:r="{RNS}">'
                                f'<{p}workbookPr{d1904} defaultThemeVersion="166925"/><{p}sheets>'
                                + "".join(f'<{p}sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _, _) in enumerate(sheets))
                                + f"</{p}sheets></{p}workbook>"),
            "xl/_rels/workbook.xml.rels": ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                           + "".join(f'<Relationship Id="rId{i + 1}" Type="{RNS}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
                                           + f'<Relationship Id="rId90" Type="{RNS}/styles" Target="styles.xml"/>'
                                           + f'<Relationship Id="rId91" Type="{RNS}/sharedStrings" Target="sharedStrings.xml"/>'
                                           + f'<Relationship Id="rId92" Type="{RNS}/externalLink" Target="file:///etc/passwd" TargetMode="External"/></Relationships>'),
            "xl/styles.xml": (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<{p}styleSheet {xmlns}>'
                              f'<{p}numFmts count="1"><{p}numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm;@"/></{p}numFmts>'
                              f'<{p}cellStyleXfs count="1"><{p}xf numFmtId="14"/></{p}cellStyleXfs>'
                              f'<{p}cellXfs count="3"><{p}xf numFmtId="0" xfId="0"/><{p}xf numFmtId="14" xfId="0" applyNumberFormat="1"/>'
                              f'<{p}xf numFmtId="164" xfId="0" applyNumberFormat="1"/></{p}cellXfs></{p}styleSheet>'),
        }
        for i, x in enumerate(sheet_xml):
            parts[f"xl/worksheets/sheet{i + 1}.xml"] = x
        parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n{self.extra_sst}<{p}sst {xmlns} count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
                                         + "".join(f"<{p}si>{x}</{p}si>" for x in self.strings) + f"</{p}sst>")
        parts.update(raw_parts or {})
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                z.writestr(name, text.encode() if isinstance(text, str) else text)


def rules_rows(changes=None):
    """The fixture rows as {row: [(column, value)]} for Book, with `changes` {(row, col): value}."""
    rows = {1: [(0, "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG")], 2: [(0, "Kèm theo Tờ trình số 12/TTr-UBND ngày 01/10/2025")],
            4: list(enumerate(HEADER)), 5: [(c, f"({c + 1})") for c in range(16)]}
    stt = 0
    for k, row in enumerate(ROWS):
        r = FIRST + k
        if row == "BLANK":
            rows[r] = [(0, 99)]
            continue
        stt += 1
        rows[r] = [(0, stt)] + [(c, v) for c, v in enumerate(row, 1) if v is not None]
    for (r, c), v in (changes or {}).items():
        rows[r] = sorted([(cc, vv) for cc, vv in rows.get(r, []) if cc != c] + ([(c, v)] if v is not None else []))
    return rows


MERGES = ["A1:P1", "A2:P2", f"D{FIRST}:D{FIRST + 1}"]


def main():
    os.chdir(HERE)
    # openpyxl, and the same file saved again by LibreOffice.
    openpyxl_rules("openpyxl-rules.xlsx")
    openpyxl_formula("errors-openpyxl-formula.xlsx")
    with tempfile.TemporaryDirectory() as t:
        shutil.copy("openpyxl-rules.xlsx", os.path.join(t, "libreoffice-rules.xlsx"))
        out = os.path.join(t, "out")
        libreoffice_copy(os.path.join(t, "libreoffice-rules.xlsx"), out)
        shutil.copy(os.path.join(out, "libreoffice-rules.xlsx"), "libreoffice-rules.xlsx")
        # sample-data's workbooks (made by sample_openpyxl.py) saved again by LibreOffice.
        os.makedirs("sample-libreoffice", exist_ok=True)
        for name in sorted(os.listdir("sample-openpyxl")):
            libreoffice_copy(os.path.join(HERE, "sample-openpyxl", name), os.path.join(HERE, "sample-libreoffice"))
        # A real Excel 97-2003 file, saved by LibreOffice.
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-xlsxin", "--headless", "--convert-to",
                        "xls:MS Excel 97", "--outdir", t, os.path.join(HERE, "openpyxl-rules.xlsx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.makedirs("hostile", exist_ok=True)
        shutil.copy(os.path.join(t, "openpyxl-rules.xls"), "hostile/old-excel.xls")
    # Excel-style parts; the same rows with an x: prefix, inline strings, no r= and 1904 dates.
    excel = Book()
    excel.sst("phon", excel.t("東京") + '<rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>')
    excel.save("excel-style.xlsx", [("HUONGDAN", {1: [(0, "Hướng dẫn")], 2: [(0, ("phonetic", "Thôn Nà Pàn", "reading"))]}, []),
                                    ("DANHSACH", rules_rows(), MERGES)])
    Book(prefix="x:", inline=True, refs=False, date1904=True).save("prefixed-1904.xlsx", [("Sheet1", rules_rows(), MERGES)])
    # Each error kind once, in the Excel style (one sheet, so locations have no sheet name).
    errors = rules_rows({(FIRST + 2, 12): ("nocache", "DATE(2025,2,11)"), (FIRST + 4, 10): ("error", "#N/A"),
                         (FIRST + 5, 12): "31/02/2025", (FIRST + 6, 5): None, (FIRST + 7, 3): ("badindex",)})
    Book().save("errors-excel-style.xlsx", [("DANHSACH", errors, MERGES)])
    # Two sheets: the same errors named DANHSACH!…
    Book().save("errors-two-sheets.xlsx", [("HUONGDAN", {1: [(0, "Hướng dẫn")]}, []), ("DANHSACH", errors, MERGES)])
    # The header below row 30: no sheet holds the table.
    low = {r + 30: v for r, v in rules_rows().items()}
    Book().save("header-too-low.xlsx", [("DANHSACH", low, [])])
    hostile()


def hostile():
    os.makedirs("hostile", exist_ok=True)
    rows = rules_rows()
    # A zip bomb: a sheet inflating to 200 MiB of spaces (about 200 KB compressed, 1000x).
    bomb = Book()
    sheet = bomb.sheet(rows, MERGES).encode()
    with zipfile.ZipFile("hostile/zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        bomb.save("/tmp/xlsxin-base.xlsx", [("DANHSACH", rows, MERGES)])
        with zipfile.ZipFile("/tmp/xlsxin-base.xlsx") as base:
            for info in base.infolist():
                if info.filename != "xl/worksheets/sheet1.xml":
                    z.writestr(info.filename, base.read(info.filename))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            head, tail = sheet.split(b"<sheetData>", 1)
            out.write(head + b"<sheetData>")
            chunk = b" " * (1 << 20)
            for _ in range(200):
                out.write(chunk)
            out.write(tail)
    # Billion laughs in sharedStrings.xml: ten levels of ten.
    lol = '<!DOCTYPE sst [<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10)) + "]>"
    laughs = Book(extra_sst=lol)
    laughs.sst("lol", "<t>&lol9;</t>")
    laughs.save("hostile/billion-laughs.xlsx", [("DANHSACH", rows, MERGES)])
    # An external entity naming a local file.
    xxe = Book(extra_sst='<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    xxe.sst("xxe", "<t>&xxe;</t>")
    xxe.save("hostile/external-entity.xlsx", [("DANHSACH", rules_rows({(FIRST, 15): "x"}), MERGES)])
    # A password-protected workbook (Excel's agile encryption, by msoffcrypto-tool).
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
        with open("excel-style.xlsx", "rb") as f:
            enc = OOXMLFile(f)
            with open("hostile/encrypted.xlsx", "wb") as out:
                enc.encrypt("matkhau", out)
    except ImportError:
        print("msoffcrypto-tool not installed: hostile/encrypted.xlsx kept as it was", file=sys.stderr)
    # Truncated: the first 60 % of a good file (a download cut short).
    data = open("excel-style.xlsx", "rb").read()
    open("hostile/truncated.xlsx", "wb").write(data[: len(data) * 6 // 10])
    # 16,384 columns: the header, then a data row filled up to XFD.
    wide = dict(rows)
    wide[FIRST] = wide[FIRST] + [(c, f"v{c}") for c in range(16, 16384)]
    Book().save("hostile/16384-columns.xlsx", [("DANHSACH", wide, MERGES)])
    # A 32 MB cell (thanh_tich of N1).
    Book().save("hostile/32mb-cell.xlsx", [("DANHSACH", rules_rows({(FIRST, 15): "Thành tích " * 2_900_000}), MERGES)])
    # A sheet lying about its size: <dimension ref="A1:XFD1048576"/> and rows spanning 1:16384.
    Book(dimension="A1:XFD1048576").save("hostile/lying-dimension.xlsx", [("DANHSACH", rows, MERGES)])


if __name__ == "__main__":
    main()
