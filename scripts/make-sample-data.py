#!/usr/bin/env python3
"""Write sample-data/: a realistic data folder for Văn Quan district (Lạng Sơn), 2025.

    python3 scripts/make-sample-data.py            # writes ./sample-data
    python3 scripts/make-sample-data.py --out DIR

Python 3 standard library only. Deterministic: a fixed seed, no clock, no
locale, so a rerun writes the same bytes.

Two campaigns modelled on real plans (shared/seeds): the special campaign for
the 115th birthday of Lương Văn Tri (UBND huyện Văn Quan, 20/01–30/07/2025)
and the 2025 new-rural campaign "Văn Quan chung sức xây dựng nông thôn mới".
The roster is the district as it was before 01/7/2025: thị trấn Văn Quan and
its 16 communes, the Party/mass organisations, the specialised offices and
armed forces, and the district's schools.

Files are written the way users' files really arrive (see sample-data/README.md):
de_nghi.csv as Windows-1258 + semicolons + CRLF (Excel "CSV" on Vietnamese
Windows), tien_do.csv as UTF-16LE + BOM + tabs (Excel "Unicode Text"), the rest
UTF-8 with BOM and commas; some headers in Vietnamese display form, others in
snake_case. Every encoded file is decoded back and compared (assert).

A handful of warnings are planted on purpose (and only those: the script runs
the contract's checks itself and asserts that what it finds is exactly what it
planted). They are listed in the generated README.md.
"""
import argparse
import csv
import datetime as dt
import io
import os
import random
import re
import shutil
import unicodedata

SEED = 20250817  # Lương Văn Tri's 115th birthday
D = dt.date


def ds(x):
    return x.strftime("%d/%m/%Y") if x else ""


# --------------------------------------------------------------------------- roster

TOWN = "TT-VANQUAN"
# (id, name, cluster, villages). Order of this list = order of don_vi.csv (the
# official list of the district's 17 commune-level units, town first).
LOCALITIES = [
    (TOWN, "thị trấn Văn Quan", "CUM-1", ["Đức Tâm I", "Đức Tâm II", "Tân Xuân", "Phai Trà"]),
    ("XA-ANSON", "xã An Sơn", "CUM-1", ["Nà Pàn", "Bản Quân", "Khòn Pát", "Pác Lạng"]),
    ("XA-BINHPHUC", "xã Bình Phúc", "CUM-4", ["Nà Lầu", "Bản Piột", "Khau Rịa", "Nà Táng"]),
    ("XA-DIEMHE", "xã Điềm He", "CUM-3", ["Còn Quan", "Nà Thà", "Bản Giàng", "Pò Lải"]),
    ("XA-DONGGIAP", "xã Đồng Giáp", "CUM-1", ["Khuổi Phầy", "Pắc Khoang", "Hát Dọc", "Kéo Coong"]),
    ("XA-HOABINH", "xã Hòa Bình", "CUM-4", ["Bản Thín", "Nà Chuông", "Lũng Cùng", "Phai Xả"]),
    ("XA-HUULE", "xã Hữu Lễ", "CUM-3", ["Bản Luông", "Nà Riềng", "Bản Rị", "Khuổi Cuồng"]),
    ("XA-KHANHKHE", "xã Khánh Khê", "CUM-2", ["Nà Tèn", "Bản Pò", "Khòn Nưa", "Nà Kéo"]),
    ("XA-LIENHOI", "xã Liên Hội", "CUM-1", ["Bản Làng", "Pác Mạ", "Nà Hin", "Cốc Nhan"]),
    ("XA-LUONGNANG", "xã Lương Năng", "CUM-4", ["Nà Vàng", "Bản Chang", "Pá Hà", "Khuổi Khe"]),
    ("XA-TANDOAN", "xã Tân Đoàn", "CUM-2", ["Nà Lẹng", "Bản Mạ", "Khòn Mò", "Pác Cáp"]),
    ("XA-TRANNINH", "xã Trấn Ninh", "CUM-4", ["Nà Pá", "Bản Nầng", "Kéo Ngù", "Pò Làng"]),
    ("XA-TRANGCAC", "xã Tràng Các", "CUM-2", ["Nà Sla", "Bản Sloòng", "Khòn Chu", "Pác Giao"]),
    ("XA-TRANGPHAI", "xã Tràng Phái", "CUM-2", ["Nà Pàu", "Bản Hẩu", "Khau Chỏ", "Phiêng Luông"]),
    ("XA-TRILE", "xã Tri Lễ", "CUM-3", ["Bản Cưởm", "Nà Slài", "Lũng Pán", "Khuổi Mạ"]),
    ("XA-TUXUYEN", "xã Tú Xuyên", "CUM-4", ["Nà Thâm", "Bản Khiếng", "Pò Mòn", "Phiêng Chỉ"]),
    ("XA-YENPHUC", "xã Yên Phúc", "CUM-3", ["Nà Nghiều", "Bản Kháy", "Pác Khuông", "Nà Cạn"]),
]
# (id, name, cluster, loai_don_vi, decision suffix of the head's own certificate)
AGENCIES = [
    ("DV03", "Văn phòng Huyện ủy Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-VPHU"),
    ("DV05", "Ủy ban MTTQ Việt Nam huyện Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-MTTQ"),
    ("DV11", "Huyện đoàn Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-HĐTN"),
    ("DV12", "Hội Liên hiệp Phụ nữ huyện Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-HPN"),
    ("DV14", "Hội Nông dân huyện Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-HND"),
    ("DV16", "Hội Cựu chiến binh huyện Văn Quan", "KHOI-DANG", "cơ quan", "QĐ-CCB"),
    ("DV01", "Văn phòng HĐND và UBND huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-VP"),
    ("DV02", "Phòng Nội vụ huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-PNV"),
    ("DV04", "Phòng Tài chính - Kế hoạch huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-TCKH"),
    ("DV06", "Phòng Giáo dục và Đào tạo huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-GDĐT"),
    ("DV07", "Phòng Nông nghiệp và Môi trường huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-NNMT"),
    ("DV08", "Phòng Văn hóa, Khoa học và Thông tin huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-VHKHTT"),
    ("DV09", "Công an huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-CAH"),
    ("DV10", "Ban Chỉ huy Quân sự huyện Văn Quan", "KHOI-CQ", "cơ quan", "QĐ-BCH"),
    ("DV13", "Trung tâm Y tế huyện Văn Quan", "KHOI-CQ", "đơn vị sự nghiệp", "QĐ-TTYT"),
    ("DV15", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Văn Quan", "KHOI-CQ", "đơn vị sự nghiệp", "QĐ-TTVH"),
    ("DV21", "Trường PTDTNT THCS huyện Văn Quan", "KHOI-TRUONG", "trường học", "QĐ-PTDTNT"),
    ("DV22", "Trường THCS thị trấn Văn Quan", "KHOI-TRUONG", "trường học", "QĐ-THCS"),
    ("DV23", "Trường Tiểu học thị trấn Văn Quan", "KHOI-TRUONG", "trường học", "QĐ-TH"),
    ("DV24", "Trường Mầm non thị trấn Văn Quan", "KHOI-TRUONG", "trường học", "QĐ-MN"),
    ("DV25", "Trường TH và THCS Tràng Các", "KHOI-TRUONG", "trường học", "QĐ-THCS"),
    ("DV26", "Trường THCS Tri Lễ", "KHOI-TRUONG", "trường học", "QĐ-THCS"),
]
# cum_khoi.csv in the district's own order: blocks of agencies first, then the
# clusters of communes (neither ids nor names are in alphabetical order).
CLUSTERS = [
    ("KHOI-DANG", "Khối các cơ quan Đảng, Mặt trận Tổ quốc và đoàn thể huyện", "khối", "DV05", "DV12"),
    ("KHOI-CQ", "Khối các cơ quan chuyên môn, đơn vị sự nghiệp và lực lượng vũ trang", "khối", "DV02", "DV09"),
    ("KHOI-TRUONG", "Khối các trường học trực thuộc Phòng Giáo dục và Đào tạo", "khối", "DV21", "DV22"),
    ("CUM-1", "Cụm thi đua số 1 (thị trấn Văn Quan, An Sơn, Liên Hội, Đồng Giáp)", "cụm", TOWN, "XA-ANSON"),
    ("CUM-2", "Cụm thi đua số 2 (Tràng Các, Tân Đoàn, Khánh Khê, Tràng Phái)", "cụm", "XA-TRANGCAC", "XA-TANDOAN"),
    ("CUM-3", "Cụm thi đua số 3 (Điềm He, Yên Phúc, Tri Lễ, Hữu Lễ)", "cụm", "XA-DIEMHE", "XA-TRILE"),
    ("CUM-4", "Cụm thi đua số 4 (Tú Xuyên, Bình Phúc, Lương Năng, Trấn Ninh, Hòa Bình)", "cụm", "XA-TUXUYEN", "XA-HOABINH"),
]


class Unit:
    def __init__(self, uid, name, cluster, kind, level, place=None, villages=None, dec=None):
        self.id, self.name, self.cluster, self.kind, self.level = uid, name, cluster, kind, level
        self.place, self.villages, self.dec = place, villages or [], dec

    @property
    def is_local(self):
        return self.kind in ("xã", "thị trấn")

    @property
    def village_word(self):
        return "khu phố" if self.kind == "thị trấn" else "thôn"


UNITS = []
for uid, place, cl, vil in LOCALITIES:
    kind = "thị trấn" if uid == TOWN else "xã"
    UNITS.append(Unit(uid, "UBND " + place, cl, kind, "xã", place, vil, "QĐ-UBND"))
for uid, name, cl, kind, dec in AGENCIES:
    UNITS.append(Unit(uid, name, cl, kind, "huyện", dec=dec))
U = {u.id: u for u in UNITS}
ROSTER = {u.id: i for i, u in enumerate(UNITS)}

# --------------------------------------------------------------------------- campaigns

LVT, NTM = "LVT115", "NTM2025"
CAMPAIGNS = [
    dict(id=LVT,
         name="Phong trào thi đua đặc biệt chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri "
              "(17/8/1910 - 17/8/2025)",
         theme="Đảng bộ, chính quyền, quân và dân các dân tộc huyện Văn Quan đoàn kết, sáng tạo, thi đua lập "
               "thành tích xuất sắc chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri (17/8/1910 - 17/8/2025)",
         issuer="UBND huyện Văn Quan", ref="19/KH-UBND",
         start=D(2025, 1, 20), end=D(2025, 7, 30), deadline=D(2025, 6, 15)),
    dict(id=NTM,
         name="Phong trào thi đua “Văn Quan chung sức xây dựng nông thôn mới” năm 2025",
         theme="Văn Quan chung sức xây dựng nông thôn mới, vì cuộc sống ấm no, hạnh phúc của Nhân dân",
         issuer="UBND huyện Văn Quan", ref="27/KH-UBND",
         start=D(2025, 1, 1), end=D(2025, 11, 30), deadline=D(2025, 11, 15)),
]
C = {c["id"]: c for c in CAMPAIGNS}

AWARD_ORDER = ["HCLD3", "BKTTG", "BKQH", "BKT", "GKH", "GKX", "GKCQ"]
# The built-in catalogue's names (DATA.md): how units write the award on their own lists.
AWARD_NAMES = {"HCLD3": "Huân chương Lao động hạng Ba", "BKTTG": "Bằng khen của Thủ tướng Chính phủ",
               "BKQH": "Bằng khen của Ủy ban Thường vụ Quốc hội", "BKT": "Bằng khen của Chủ tịch UBND tỉnh",
               "GKH": "Giấy khen của Chủ tịch UBND huyện", "GKX": "Giấy khen của Chủ tịch UBND xã",
               "GKCQ": "Giấy khen của Thủ trưởng cơ quan, đơn vị"}
# NTM2025: units whose nominations came as their own list (sample-data/de_nghi/NTM2025/), kept
# as they came instead of copied into de_nghi.csv (DATA.md "Lists sent by units"); and two
# agencies registered for NTM2025 that have sent nothing (T6's reminder rows).
LIST_UNITS = ["XA-HUULE", "XA-TRILE"]
REGISTERED_NOT_SENT = ["DV02", "DV06"]
STATUSES = ["đề nghị", "đang thẩm định", "đã khen thưởng", "không đạt"]
KINDS = ["tập thể", "cá nhân", "hộ gia đình"]

# --------------------------------------------------------------------------- people

TAY_NUNG_FAMILY = {"Hoàng": 14, "Nông": 10, "Lương": 8, "Vi": 6, "Hà": 5, "Lộc": 5, "Lăng": 4, "Chu": 4,
                   "Đinh": 3, "Bế": 3, "Dương": 3, "Triệu": 3, "Mã": 2, "Hứa": 2, "Lục": 2, "Đàm": 2,
                   "Lành": 1, "Ma": 1, "La": 1, "Mông": 1}
KINH_FAMILY = {"Nguyễn": 8, "Trần": 3, "Lê": 3, "Phạm": 2, "Vũ": 2, "Đỗ": 1, "Bùi": 1, "Ngô": 1}
DAO_FAMILY = {"Triệu": 4, "Bàn": 3, "Đặng": 2, "Lý": 2, "Phùng": 1}
HMONG_FAMILY = {"Giàng": 2, "Sùng": 1, "Vàng": 1, "Thào": 1}
MID_M = ["Văn"] * 12 + ["Đức", "Minh", "Thanh", "Quang", "Xuân", "Hữu", "Tiến", "Công", "Ngọc", "Mạnh"]
MID_F = ["Thị"] * 12 + ["Thu", "Thanh", "Hồng", "Ngọc", "Kim", "Minh", "Thúy", "Bích", "Diệu", "Hải"]
GIVEN_M = ["Đức", "Tài", "Thắng", "Quyết", "Hùng", "Sơn", "Khánh", "Bằng", "Hiếu", "Sinh", "Lợi", "Tuấn",
           "Dũng", "Phong", "Minh", "Nhất", "Chiến", "Cường", "Kiên", "Hưng", "Thành", "Lâm", "Toàn", "Nghĩa",
           "Hải", "Thuận", "Tâm", "Vinh", "Luận", "Đông", "Quân", "Trung", "Hoàn", "Bình", "Lực", "Định"]
GIVEN_F = ["Ánh", "Hằng", "Hoa", "Mai", "Nga", "Thu", "Huyền", "Hiền", "Vân", "Lan", "Phương", "Diệp", "Dung",
           "Thơm", "Nhung", "Lụa", "Hạnh", "Hà", "Yến", "Liên", "Loan", "Thảo", "Trang", "Xuân", "Thắm",
           "Ngân", "Duyên", "Oanh", "Hương", "Chinh", "Mừng", "Quyên", "Tươi", "Nhàn", "Ước", "Ảnh"]
DAO_GIVEN_M = ["Páo", "Sinh", "Phin", "Quẩy", "Chòi", "Vượng", "Tòn", "Phúc"]
DAO_GIVEN_F = ["Mùi", "Mẩy", "Nhàn", "Kiều", "Diu", "Chiêm"]
HMONG_GIVEN_M = ["Sính", "Chứ", "Dính", "Pó"]
HMONG_GIVEN_F = ["Mỷ", "Sua", "Dợ"]
ETHNIC = {"Tày": 46, "Nùng": 33, "Kinh": 14, "Dao": 6, "H'Mông": 1}


def wchoice(rng, table):
    return rng.choices(list(table), weights=list(table.values()), k=1)[0]


def fold_name(s):
    """The contract's 'same person' key: NFC, case folding, runs of spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def make_person(rng, used, gender=None, ethnic=None):
    while True:
        g = gender or ("Nữ" if rng.random() < 0.42 else "Nam")
        e = ethnic or wchoice(rng, ETHNIC)
        f = g == "Nữ"
        if e in ("Tày", "Nùng"):
            name = f"{wchoice(rng, TAY_NUNG_FAMILY)} {rng.choice(MID_F if f else MID_M)} " \
                   f"{rng.choice(GIVEN_F if f else GIVEN_M)}"
        elif e == "Kinh":
            name = f"{wchoice(rng, KINH_FAMILY)} {rng.choice(MID_F if f else MID_M)} " \
                   f"{rng.choice(GIVEN_F if f else GIVEN_M)}"
        elif e == "Dao":
            name = f"{wchoice(rng, DAO_FAMILY)} {'Thị' if f else rng.choice(['Văn', 'Văn', 'Tài'])} " \
                   f"{rng.choice(DAO_GIVEN_F if f else DAO_GIVEN_M)}"
        else:
            name = f"{wchoice(rng, HMONG_FAMILY)} {'Thị' if f else rng.choice(['A', 'Seo'])} " \
                   f"{rng.choice(HMONG_GIVEN_F if f else HMONG_GIVEN_M)}"
        if fold_name(name) not in used:
            used.add(fold_name(name))
            return name, g, e


# --------------------------------------------------------------------------- words

# Positions of individuals in a commune: (template, direct worker, gender or None)
LOCAL_ROLES = [
    ("Bí thư Chi bộ {vw} {v}, {p}", "", None),
    ("Trưởng {vw} {v}, {p}", "", None),
    ("Chi hội trưởng Chi hội Phụ nữ {vw} {v}, {p}", "", "Nữ"),
    ("Trưởng ban Công tác Mặt trận {vw} {v}, {p}", "", None),
    ("Nông dân {vw} {v}, {p}", "x", None),
    ("Nông dân {vw} {v}, {p}", "x", None),
    ("Nông dân {vw} {v}, {p}", "x", None),
    ("Chủ tịch Hội Nông dân {p}", "", None),
    ("Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh {p}", "", None),
    ("Công chức Văn hóa - Xã hội {p}", "", None),
    ("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường {p}", "", None),
    ("Phó Chủ tịch UBND {p}", "", None),
    ("Chủ nhiệm Hợp tác xã nông nghiệp {v}, {p}", "x", None),
    ("Nghệ nhân hát Then, đàn Tính {vw} {v}, {p}", "x", None),
]
AGENCY_ROLES = {
    "DV01": [("Chuyên viên Văn phòng HĐND và UBND huyện Văn Quan", ""),
             ("Phó Chánh Văn phòng HĐND và UBND huyện Văn Quan", ""),
             ("Nhân viên lái xe, Văn phòng HĐND và UBND huyện Văn Quan", "x")],
    "DV02": [("Chuyên viên Phòng Nội vụ huyện Văn Quan", ""), ("Phó Trưởng phòng Nội vụ huyện Văn Quan", "")],
    "DV03": [("Chuyên viên Văn phòng Huyện ủy Văn Quan", "")],
    "DV04": [("Chuyên viên Phòng Tài chính - Kế hoạch huyện Văn Quan", "")],
    "DV05": [("Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Văn Quan", ""),
             ("Chuyên viên Ban Thường trực Ủy ban MTTQ Việt Nam huyện Văn Quan", "")],
    "DV06": [("Chuyên viên Phòng Giáo dục và Đào tạo huyện Văn Quan", "")],
    "DV07": [("Chuyên viên Phòng Nông nghiệp và Môi trường huyện Văn Quan", ""),
             ("Phó Trưởng phòng Nông nghiệp và Môi trường huyện Văn Quan", "")],
    "DV08": [("Chuyên viên Phòng Văn hóa, Khoa học và Thông tin huyện Văn Quan", ""),
             ("Trưởng phòng Văn hóa, Khoa học và Thông tin huyện Văn Quan", "")],
    "DV09": [("Thượng úy, Cán bộ Đội Cảnh sát hình sự, Công an huyện Văn Quan", "x"),
             ("Đại úy, Phó Trưởng Công an {p2}, Công an huyện Văn Quan", ""),
             ("Trung úy, Cán bộ Đội Cảnh sát giao thông - Trật tự, Công an huyện Văn Quan", "x"),
             ("Thiếu tá, Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy, Công an huyện Văn Quan", "")],
    "DV10": [("Thượng úy, Trợ lý Tác chiến, Ban Chỉ huy Quân sự huyện Văn Quan", "x"),
             ("Chỉ huy trưởng Ban Chỉ huy Quân sự {p2}", "", "Nam"),
             ("Trung úy QNCN, Nhân viên Hậu cần, Ban Chỉ huy Quân sự huyện Văn Quan", "x")],
    "DV11": [("Phó Bí thư Huyện đoàn Văn Quan", ""), ("Bí thư Chi đoàn thôn {v2}, {p2}", "x")],
    "DV12": [("Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Văn Quan", "", "Nữ"),
             ("Chủ tịch Hội Liên hiệp Phụ nữ {p2}", "", "Nữ")],
    "DV13": [("Điều dưỡng Khoa Nội - Nhi, Trung tâm Y tế huyện Văn Quan", "x"),
             ("Bác sĩ, Trưởng Trạm Y tế {p2}, Trung tâm Y tế huyện Văn Quan", "x"),
             ("Y sĩ Trạm Y tế {p2}, Trung tâm Y tế huyện Văn Quan", "x")],
    "DV14": [("Nông dân thôn {v2}, {p2}", "x"), ("Phó Chủ tịch Hội Nông dân huyện Văn Quan", ""),
             ("Chủ tịch Hội Nông dân {p2}", "")],
    "DV15": [("Viên chức Trung tâm Văn hóa, Thể thao và Truyền thông huyện Văn Quan", "x"),
             ("Phóng viên, biên tập viên Trung tâm Văn hóa, Thể thao và Truyền thông huyện Văn Quan", "x")],
    "DV16": [("Chủ tịch Hội Cựu chiến binh {p2}", ""), ("Hội viên Chi hội Cựu chiến binh thôn {v2}, {p2}", "x")],
    "DV21": [("Giáo viên Trường PTDTNT THCS huyện Văn Quan", "x")],
    "DV22": [("Giáo viên Trường THCS thị trấn Văn Quan", "x")],
    "DV23": [("Giáo viên Trường Tiểu học thị trấn Văn Quan", "x")],
    "DV24": [("Giáo viên Trường Mầm non thị trấn Văn Quan", "x")],
    "DV25": [("Giáo viên Trường TH và THCS Tràng Các", "x")],
    "DV26": [("Giáo viên Trường THCS Tri Lễ", "x")],
}
AGENCY_COLLECTIVES = {
    "DV01": ["Phòng Hành chính - Tổng hợp, Văn phòng HĐND và UBND huyện Văn Quan"],
    "DV05": ["Ban Công tác Mặt trận thôn {v2}, {p2}"],
    "DV06": ["Phòng Giáo dục và Đào tạo huyện Văn Quan"],
    "DV07": ["Phòng Nông nghiệp và Môi trường huyện Văn Quan", "Tổ khuyến nông cộng đồng {p2}"],
    "DV08": ["Phòng Văn hóa, Khoa học và Thông tin huyện Văn Quan"],
    "DV09": ["Đội Cảnh sát điều tra tội phạm về ma túy, Công an huyện Văn Quan", "Công an {p2}"],
    "DV10": ["Ban Chỉ huy Quân sự {p2}", "Trung đội dân quân cơ động {p2}"],
    "DV11": ["Đoàn Thanh niên Cộng sản Hồ Chí Minh {p2}"],
    "DV13": ["Khoa Khám bệnh, Trung tâm Y tế huyện Văn Quan", "Trạm Y tế {p2}"],
    "DV14": ["Chi hội Nông dân thôn {v2}, {p2}"],
    "DV15": ["Đội Thông tin lưu động, Trung tâm Văn hóa, Thể thao và Truyền thông huyện Văn Quan"],
    "DV25": ["Liên đội Trường TH và THCS Tràng Các"],
    "DV21": ["Tổ Khoa học Xã hội, Trường PTDTNT THCS huyện Văn Quan"],
}
LOCAL_COLLECTIVES = [
    "Nhân dân và cán bộ {vw} {v}, {p}", "Chi bộ {vw} {v}, {p}", "Hội Nông dân {p}", "Hội Liên hiệp Phụ nữ {p}",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh {p}", "Ban Công tác Mặt trận {vw} {v}, {p}",
    "Tổ hòa giải {vw} {v}, {p}", "Đội văn nghệ {vw} {v}, {p}", "Chi hội Cựu chiến binh {vw} {v}, {p}",
]

# Achievement summaries. "L:" only for communes and the town, "A:" only for agencies.
ACH = {
    (LVT, "tập thể"): [
        "L:Hoàn thành xuất sắc {k:02d} công trình, phần việc đăng ký chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri; vận động Nhân dân đóng góp {n} ngày công làm đường giao thông nông thôn",
        "Tổ chức thành công Hội thi tìm hiểu thân thế, sự nghiệp đồng chí Lương Văn Tri với {m} lượt người tham gia",
        "L:Vận động Nhân dân hiến {m} m2 đất, đóng góp {n} ngày công làm {k},{d} km đường bê tông nông thôn",
        "L:Xây dựng {k:02d} mô hình phát triển kinh tế (trồng hồi, quế, chăn nuôi lợn đen) trong đợt thi đua; thu ngân sách 6 tháng đạt {p}% dự toán",
        "Dàn dựng chương trình văn nghệ hát Then, đàn Tính chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri, đạt giải A Liên hoan văn nghệ quần chúng cấp huyện",
        "Tổ chức dọn vệ sinh, chỉnh trang khuôn viên các di tích lịch sử trên địa bàn với {n} lượt đoàn viên, hội viên tham gia",
        "L:Hoàn thành 100% chỉ tiêu tuyển quân năm 2025; giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn",
        "A:Hoàn thành xuất sắc nhiệm vụ chính trị; tham mưu tổ chức chu đáo các hoạt động kỷ niệm, không để xảy ra sai sót",
    ],
    (LVT, "cá nhân"): [
        "Tích cực tuyên truyền, vận động Nhân dân tham gia các hoạt động kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri; đóng góp {n} ngày công",
        "L:Vận động {k:02d} hộ gia đình hiến đất mở rộng đường vào thôn; gương mẫu thực hiện tốt chủ trương, chính sách ở địa phương",
        "A:Hoàn thành xuất sắc nhiệm vụ; tham mưu tổ chức thành công các hoạt động chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri",
        "A:Có sáng kiến cải tiến quy trình tiếp nhận, xử lý văn bản trên phần mềm quản lý văn bản, rút ngắn {p}% thời gian xử lý",
    ],
    (LVT, "hộ gia đình"): [
        "Tự nguyện hiến {m} m2 đất, tháo dỡ tường rào để mở rộng đường giao thông {vw} {v}",
        "Phát triển kinh tế gia đình với mô hình trồng {k},{d} ha hồi và nuôi {n} con lợn đen; thoát nghèo bền vững",
    ],
    (NTM, "tập thể"): [
        "L:Hoàn thành {k} tiêu chí nông thôn mới nâng cao năm 2025; huy động Nhân dân đóng góp {t} triệu đồng và {n} ngày công xây dựng kết cấu hạ tầng",
        "L:{vW} {v} đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2025; {p}% hộ gia đình đạt danh hiệu Gia đình văn hóa",
        "L:Làm mới {k},{d} km đường bê tông liên thôn theo cơ chế Nhà nước và Nhân dân cùng làm; Nhân dân hiến {m} m2 đất",
        "L:Duy trì hiệu quả mô hình \"Tuyến đường hoa, cây xanh\" dài {k},{d} km; thu gom, xử lý rác thải đạt tiêu chí môi trường",
        "Hướng dẫn {n} hộ chuyển đổi cây trồng, phát triển sản phẩm OCOP từ hồi, quế",
        "L:Tỷ lệ hộ nghèo giảm {k},{d}% so với đầu năm; hoàn thành xóa {k:02d} nhà tạm, nhà dột nát cho hộ nghèo",
        "Vận động đoàn viên, hội viên tham gia {n} ngày công vệ sinh môi trường, làm đường, kênh mương nội đồng",
    ],
    (NTM, "cá nhân"): [
        "L:Tích cực vận động Nhân dân hiến {m} m2 đất làm đường giao thông nông thôn; đóng góp {n} ngày công",
        "L:Vận động {k:02d} hộ gia đình tham gia mô hình \"Nhà sạch, vườn đẹp\"; {vw} {v} đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
        "Hướng dẫn {n} hộ nông dân ứng dụng kỹ thuật ghép cải tạo vườn hồi, tăng năng suất {p}%",
        "L:Ủng hộ {t} triệu đồng và {n} ngày công xây dựng nhà văn hóa {vw} {v}",
        "A:Hoàn thành xuất sắc nhiệm vụ; tham mưu giải ngân vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới đạt {p}% kế hoạch",
        "A:Tổ chức {k:02d} lớp tập huấn, chuyển giao kỹ thuật cho {n} hội viên; hỗ trợ {k:02d} hộ vay vốn phát triển sản xuất",
    ],
    (NTM, "hộ gia đình"): [
        "Tự nguyện hiến {m} m2 đất và cây cối, hoa màu để mở rộng đường giao thông {vw} {v}",
        "Phát triển kinh tế với mô hình trang trại tổng hợp (hồi, quế, {n} con lợn đen); thu nhập {t} triệu đồng/năm",
        "Xây dựng nhà ở, công trình vệ sinh, chuồng trại chăn nuôi hợp vệ sinh; gia đình văn hóa tiêu biểu nhiều năm liền",
        "Đóng góp {t} triệu đồng và {n} ngày công làm đường bê tông vào {vw} {v}",
    ],
}
# Agencies whose people do one kind of work (individuals, both campaigns).
TRADE_ACH = {
    "DV09": ["Trực tiếp tham gia đấu tranh, triệt phá {k:02d} vụ án, bắt giữ {n} đối tượng phạm tội về ma túy",
             "Tham gia bảo đảm an ninh, trật tự các hoạt động kỷ niệm trên địa bàn huyện, không để xảy ra vụ việc phức tạp",
             "Xây dựng và duy trì {k:02d} mô hình tự quản về an ninh, trật tự ở khu dân cư"],
    "DV10": ["Tham mưu hoàn thành công tác huấn luyện, diễn tập chiến đấu phòng thủ xã năm 2025 đạt loại Giỏi",
             "Hoàn thành 100% chỉ tiêu giao quân năm 2025; tham gia giúp Nhân dân {n} ngày công khắc phục hậu quả mưa lũ"],
    "DV13": ["Tham gia khám, cấp thuốc miễn phí cho {m} lượt người cao tuổi, gia đình chính sách trong đợt thi đua",
             "Hoàn thành xuất sắc nhiệm vụ chuyên môn; tham gia tiêm chủng mở rộng đạt {p}% kế hoạch"],
    "DV15": ["Có {k:02d} bài viết, tin ảnh tuyên truyền về thân thế, sự nghiệp đồng chí Lương Văn Tri được đăng trên Trang thông tin điện tử huyện",
             "Tham gia biên tập, phát sóng {n} tin, bài tuyên truyền trên hệ thống truyền thanh cơ sở"],
    "SCHOOL": ["Hoàn thành xuất sắc nhiệm vụ giảng dạy; có {k:02d} học sinh đạt giải trong Hội thi tìm hiểu lịch sử địa phương cấp huyện",
               "Đạt giải Nhì Hội thi giáo viên dạy giỏi cấp huyện năm học 2024-2025; có sáng kiến được công nhận cấp huyện"],
}


# What a nominee in a commune did follows from who they are: (words in the
# position or name, group); the first match wins.
ROLE_GROUPS = [("Phụ nữ", "phunu"), ("Nông dân", "nongdan"), ("Hợp tác xã", "nongdan"), ("Nghệ nhân", "then"),
               ("Đội văn nghệ", "then"), ("Tổ hòa giải", "hoagiai"), ("Đoàn Thanh niên", "doanthe"),
               ("Cựu chiến binh", "doanthe"), ("Công chức", "canbo"), ("Phó Chủ tịch", "canbo")]
COLLECTIVE_GROUPS = [("Tổ hòa giải", "hoagiai"), ("Đội văn nghệ", "then"), ("Hội ", "doanthe"),
                     ("Đoàn Thanh niên", "doanthe"), ("Chi hội", "doanthe")]
ROLE_ACH = {
    (LVT, "phunu"): ["Vận động 100% hội viên phụ nữ {vw} {v} tham gia mô hình \"5 không, 3 sạch\"; dàn dựng {k:02d} tiết mục văn nghệ chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri",
                     "Vận động hội viên phụ nữ tiết kiệm, giúp {k:02d} hội viên nghèo vay vốn phát triển chăn nuôi; đóng góp {n} ngày công chỉnh trang đường làng"],
    (NTM, "phunu"): ["Vận động {k:02d} hộ hội viên tham gia mô hình \"Nhà sạch, vườn đẹp\", trồng {m} m2 hoa ven đường {vw} {v}",
                     "Duy trì tổ tiết kiệm và vay vốn với {n} hội viên; giúp {k:02d} hộ hội viên thoát nghèo trong năm 2025"],
    (LVT, "nongdan"): ["Gương mẫu phát triển kinh tế gia đình với {k},{d} ha hồi, quế; thu nhập trên {t} triệu đồng/năm, giúp đỡ {k:02d} hộ nghèo về giống, vốn",
                       "Nông dân sản xuất, kinh doanh giỏi; nuôi {n} con lợn đen và trồng {k},{d} ha thạch đen, tạo việc làm thường xuyên cho {k:02d} lao động"],
    (NTM, "nongdan"): ["Nông dân sản xuất, kinh doanh giỏi cấp huyện; thu nhập {t} triệu đồng/năm từ trồng hồi, quế và chăn nuôi; tạo việc làm cho {k:02d} lao động",
                       "Ứng dụng kỹ thuật ghép cải tạo {k},{d} ha vườn hồi, tăng năng suất {p}%; hướng dẫn {n} hộ trong thôn làm theo",
                       "Liên kết tiêu thụ hồi, quế, thạch đen cho {n} hộ; tham gia xây dựng sản phẩm OCOP 3 sao của xã"],
    (LVT, "then"): ["Tham gia truyền dạy hát Then, đàn Tính cho {n} học viên là thanh thiếu niên trong {vw}",
                    "Dàn dựng chương trình văn nghệ hát Then, đàn Tính chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri, đạt giải A Liên hoan văn nghệ quần chúng cấp huyện"],
    (NTM, "then"): ["Duy trì câu lạc bộ hát Then, đàn Tính với {n} thành viên, góp phần xây dựng đời sống văn hóa ở khu dân cư",
                    "Biểu diễn {k:02d} chương trình văn nghệ tuyên truyền về xây dựng nông thôn mới tại các thôn trong xã"],
    (LVT, "hoagiai"): ["Hòa giải thành công {k:02d}/{k:02d} vụ việc mâu thuẫn, tranh chấp nhỏ trong Nhân dân; không để xảy ra khiếu kiện vượt cấp"],
    (NTM, "hoagiai"): ["Hòa giải thành công {k:02d} vụ việc tranh chấp đất đai khi mở rộng đường giao thông nông thôn; giữ vững đoàn kết trong {vw}"],
    (LVT, "doanthe"): ["Tổ chức dọn vệ sinh, chỉnh trang khuôn viên các di tích lịch sử trên địa bàn với {n} lượt đoàn viên, hội viên tham gia",
                       "Tổ chức thành công Hội thi tìm hiểu thân thế, sự nghiệp đồng chí Lương Văn Tri với {m} lượt người tham gia"],
    (NTM, "doanthe"): ["Vận động đoàn viên, hội viên tham gia {n} ngày công vệ sinh môi trường, làm đường, kênh mương nội đồng",
                       "Nhận chăm sóc {k},{d} km tuyến đường hoa, cây xanh; hỗ trợ {k:02d} hộ nghèo sửa chữa nhà ở"],
    (LVT, "canbo"): ["Hoàn thành xuất sắc nhiệm vụ; tham mưu tổ chức thành công các hoạt động chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri",
                     "Tham mưu thực hiện {k:02d} công trình, phần việc chào mừng của xã đúng tiến độ; thu ngân sách 6 tháng đạt {p}% dự toán"],
    (NTM, "canbo"): ["Tham mưu có hiệu quả việc thực hiện các tiêu chí nông thôn mới; hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao",
                     "Tham mưu giải ngân vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới đạt {p}% kế hoạch"],
}


def vn(x):
    """Vietnamese thousands separator: 1750 -> 1.750."""
    return f"{x:,}".replace(",", ".")


def achievement(rng, camp, kind, unit, village, who=""):
    key = "SCHOOL" if unit.kind == "trường học" else unit.id
    groups = ROLE_GROUPS if kind == "cá nhân" else COLLECTIVE_GROUPS
    group = next((g for w, g in groups if w in who), None) if unit.is_local and kind != "hộ gia đình" else None
    if kind == "cá nhân" and key in TRADE_ACH:
        pool = TRADE_ACH[key]
    elif group and (camp, group) in ROLE_ACH:
        pool = ROLE_ACH[(camp, group)]
    else:
        bad = "A:" if unit.is_local else "L:"
        pool = [t for t in ACH[(camp, kind)] if not t.startswith(bad)]
    t = rng.choice(pool)
    t = t[2:] if t[:2] in ("A:", "L:") else t
    vw = unit.village_word if unit.is_local else "thôn"
    return t.format(k=rng.randint(2, 9), d=rng.randint(1, 9), n=rng.randint(12, 180), m=vn(rng.choice(range(150, 2400, 10))),
                    p=rng.randint(86, 128) if "dự toán" in t else (rng.randint(12, 35) if "năng suất" in t
                                                                     else rng.randint(80, 98)), t=rng.choice(range(60, 460, 10)),
                    v=village, vw=vw, vW=vw[0].upper() + vw[1:])


# --------------------------------------------------------------------------- nominations

def weekday(x, back=False):
    while x.weekday() >= 5:
        x += dt.timedelta(days=-1 if back else 1)
    return x


def rand_date(rng, a, b):
    return weekday(a + dt.timedelta(days=rng.randint(0, (b - a).days)), back=True) if a < b else a


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.used = {LVT: set(), NTM: set()}
        self.collectives = set()

    def _other_place(self, unit):
        """A commune (and one of its villages) for an agency's nominee."""
        loc = self.rng.choice([u for u in UNITS if u.kind == "xã"])
        return loc, self.rng.choice(loc.villages)

    def add(self, camp, uid, kind, award, date, status, name=None, role=None, gender=None, ethnic=None,
            ldtt="", ach=None, plant=None):
        rng, u = self.rng, U[uid]
        village = rng.choice(u.villages) if u.is_local else None
        loc, v2 = self._other_place(u)
        fmt = dict(p=u.place, vw=u.village_word if u.is_local else "thôn", v=village, p2=loc.place, v2=v2)
        rec = dict(camp=camp, unit=uid, kind=kind, award=award, date=date, status=status, plant=plant or [],
                   gender="", ethnic="", ldtt="", role="")
        if kind == "cá nhân":
            if role is None:
                if u.is_local:
                    tpl, ldtt, g = rng.choice(LOCAL_ROLES)
                    gender = gender or g
                else:
                    tpl, ldtt, *g = rng.choice(AGENCY_ROLES[uid])
                    gender = gender or (g[0] if g else None)
                role = tpl.format(**fmt)
            if name is None:
                eth = None
                if uid in ("DV21", "DV13") and rng.random() < 0.3:
                    eth = rng.choice(["Dao", "H'Mông"])
                name, gender, ethnic = make_person(rng, self.used[camp], gender, eth)
            else:
                self.used[camp].add(fold_name(name))
            rec.update(name=name, role=role, gender=gender, ethnic=ethnic, ldtt=ldtt)
        elif kind == "tập thể":
            if name is None:
                pool = LOCAL_COLLECTIVES if u.is_local else AGENCY_COLLECTIVES.get(uid, [u.name])
                for _ in range(100):  # one collective is proposed once per campaign
                    name = rng.choice(pool).format(**fmt)
                    if (camp, name) not in self.collectives:
                        break
                    village = rng.choice(u.villages) if u.is_local else None
                    loc, v2 = self._other_place(u)
                    fmt.update(v=village, v2=v2, p2=loc.place)
            self.collectives.add((camp, name))
            rec["name"] = name
        else:
            head, g, _ = make_person(rng, set(), None, None)
            rec["name"] = f"Hộ {'bà' if g == 'Nữ' else 'ông'} {head}, {fmt['vw']} {village}, {u.place}"
        rec["village"] = village or v2
        rec["ach"] = ach if ach is not None else achievement(rng, camp, kind, u, rec["village"],
                                                             rec["role"] or rec["name"])
        self.rows.append(rec)
        return rec


def collective_names_unique(rows):
    seen = {}
    for r in rows:
        if r["kind"] != "cá nhân":
            key = (r["camp"], r["name"])
            seen[key] = seen.get(key, 0) + 1
    return all(v == 1 for v in seen.values())


def build(rng):
    b = Builder(rng)
    locs = [u for u in UNITS if u.is_local]
    pick = rng.choice

    # ---------------- LVT115 (20/01–30/07/2025, nominations due 15/06/2025)
    # Round 1: district chairman's certificate (GKH), one submission per unit.
    over_tt = {"XA-HUULE": 3, "XA-DONGGIAP": 0, TOWN: 2}
    over_cn = {"XA-TRILE": 4, "XA-LIENHOI": 2, TOWN: 5}   # Tri Lễ: +1 below (the planted duplicate) = 5
    for u in locs:
        day = rand_date(rng, D(2025, 5, 26), D(2025, 6, 13))
        tt = over_tt.get(u.id, pick([1, 1, 2]))
        cn = over_cn.get(u.id, pick([3, 4, 4]))
        if u.id == "XA-HOABINH":
            cn = 3  # its fourth one comes late (planted)
        for _ in range(tt):
            b.add(LVT, u.id, "tập thể", "GKH", day, None)
        for _ in range(cn):
            b.add(LVT, u.id, "cá nhân", "GKH", day, None)
        if u.id == "XA-TRILE":
            b.add(LVT, u.id, "cá nhân", "GKH", day, "đã khen thưởng", name="Hoàng Thị Ánh", gender="Nữ",
                  ethnic="Tày", role="Chi hội trưởng Chi hội Phụ nữ thôn Bản Cưởm, xã Tri Lễ",
                  ach="Vận động 100% hội viên phụ nữ thôn Bản Cưởm tham gia mô hình \"5 không, 3 sạch\"; "
                      "dàn dựng tiết mục hát Then chào mừng Kỷ niệm 115 năm ngày sinh đồng chí Lương Văn Tri",
                  plant=["trùng người (1/2)"])
        if u.id in ("XA-ANSON", "XA-TRANGCAC", "XA-TANDOAN", "XA-YENPHUC", "XA-BINHPHUC"):
            b.add(LVT, u.id, "hộ gia đình", "GKH", day, None)
    agency_gkh = {"DV05": (1, 1), "DV12": (0, 1), "DV11": (1, 1), "DV14": (0, 1), "DV01": (0, 1), "DV02": (0, 1),
                  "DV06": (1, 1), "DV07": (0, 1), "DV08": (1, 2), "DV09": (1, 0), "DV10": (0, 1), "DV13": (0, 1),
                  "DV15": (1, 2), "DV21": (0, 1), "DV22": (0, 1), "DV25": (1, 0)}
    for uid, (tt, cn) in agency_gkh.items():
        day = rand_date(rng, D(2025, 5, 20), D(2025, 6, 13))
        for _ in range(tt):
            b.add(LVT, uid, "tập thể", "GKH", day, None)
        for _ in range(cn):
            b.add(LVT, uid, "cá nhân", "GKH", day, None)
    # Planted: Hội Cựu chiến binh nominates without having registered in LVT115.
    b.add(LVT, "DV16", "cá nhân", "GKH", D(2025, 6, 10), "đã khen thưởng",
          role="Hội viên Chi hội Cựu chiến binh thôn Nà Sla, xã Tràng Các", ldtt="x",
          ach="Cựu chiến binh gương mẫu, kể chuyện truyền thống cách mạng và thân thế đồng chí Lương Văn Tri "
              "cho {0} lượt học sinh các trường trên địa bàn".format(rng.randint(300, 900)),
          plant=["chưa đăng ký"])
    # Planted: submitted after the deadline (15/06/2025), still waiting.
    b.add(LVT, "XA-HOABINH", "cá nhân", "GKH", D(2025, 6, 24), "đề nghị", plant=["sau hạn"])
    # Province chairman's certificate (BKT), proposed through the district.
    for uid, kind, name in [("XA-TRANGCAC", "tập thể", "Nhân dân và cán bộ xã Tràng Các"),
                            (TOWN, "tập thể", "UBND thị trấn Văn Quan"),
                            ("XA-DIEMHE", "cá nhân", None), ("XA-HOABINH", "cá nhân", None),
                            ("DV08", "cá nhân", None), ("DV09", "cá nhân", None), ("DV09", "cá nhân", None)]:
        b.add(LVT, uid, kind, "BKT", D(2025, 6, 12), None, name=name)
    # Planted: the same woman proposed again by the district Women's Union (name typed with a double space).
    b.add(LVT, "DV12", "cá nhân", "BKT", D(2025, 6, 12), "đang thẩm định", name="Hoàng  Thị Ánh", gender="Nữ",
          ethnic="Tày", role="Chi hội trưởng Chi hội Phụ nữ thôn Bản Cưởm, xã Tri Lễ",
          ach="Nhiều năm liền hoàn thành xuất sắc nhiệm vụ; vận động hội viên phụ nữ góp {0} ngày công "
              "chỉnh trang khu di tích, trồng hoa trên tuyến đường vào thôn".format(rng.randint(80, 200)),
          plant=["trùng người (2/2)"])
    # Communes' own certificates (GKX) and agency heads' certificates (GKCQ).
    for uid, mix in [("XA-TANDOAN", ["tập thể", "cá nhân", "cá nhân"]), ("XA-KHANHKHE", ["cá nhân", "hộ gia đình"]),
                     ("XA-TUXUYEN", ["tập thể", "cá nhân", "hộ gia đình"]), ("XA-LUONGNANG", ["cá nhân", "cá nhân"])]:
        day = rand_date(rng, D(2025, 5, 12), D(2025, 6, 6))
        for k in mix:
            b.add(LVT, uid, k, "GKX", day, None)
    for uid, mix in [("DV09", ["cá nhân"] * 3), ("DV10", ["tập thể", "cá nhân", "cá nhân"]),
                     ("DV11", ["cá nhân", "cá nhân"]), ("DV13", ["cá nhân", "cá nhân"])]:
        day = rand_date(rng, D(2025, 5, 5), D(2025, 6, 6))
        for k in mix:
            b.add(LVT, uid, k, "GKCQ", day, None)
    # Planted: recorded under LVT115 although submitted before the campaign started (20/01/2025).
    b.add(LVT, "DV13", "cá nhân", "GKCQ", D(2025, 1, 16), "đã khen thưởng", role=None, plant=["trước ngày bắt đầu"])
    # Planted: awarded, decision date known but no decision number.
    b.add(LVT, "DV10", "cá nhân", "GKCQ", D(2025, 5, 28), "đã khen thưởng", plant=["thiếu số QĐ"])

    # ---------------- NTM2025 (01/01–30/11/2025, nominations due 15/11/2025)
    # Mid-year review (sơ kết 6 tháng): GKH, decided before the district level ended on 01/7/2025.
    over_tt = {"XA-BINHPHUC": 0, "XA-DIEMHE": 0, TOWN: 1}
    over_cn = {"XA-KHANHKHE": 4, "XA-DIEMHE": 0, TOWN: 2}
    for u in locs:
        day = rand_date(rng, D(2025, 6, 2), D(2025, 6, 18))
        tt = over_tt.get(u.id, pick([1, 1, 2]))
        cn = over_cn.get(u.id, pick([2, 3, 3]))
        for _ in range(tt):
            b.add(NTM, u.id, "tập thể", "GKH", day, None)
        for _ in range(cn):
            b.add(NTM, u.id, "cá nhân", "GKH", day, None)
        if rng.random() < 0.5 and u.id != "XA-DIEMHE":
            b.add(NTM, u.id, "hộ gia đình", "GKH", day, None)
    for uid, (tt, cn) in {"DV05": (1, 0), "DV12": (0, 1), "DV14": (0, 2), "DV11": (1, 0), "DV07": (0, 1),
                          "DV04": (0, 1), "DV16": (0, 1)}.items():
        day = rand_date(rng, D(2025, 6, 2), D(2025, 6, 18))
        for _ in range(tt):
            b.add(NTM, uid, "tập thể", "GKH", day, None)
        for _ in range(cn):
            b.add(NTM, uid, "cá nhân", "GKH", day, None)
    # Planted: Công an huyện nominates in NTM2025 without having registered.
    b.add(NTM, "DV09", "tập thể", "GKH", D(2025, 6, 16), "đã khen thưởng", name="Công an xã Hữu Lễ",
          ach="Giữ vững an ninh trật tự địa bàn nông thôn, hoàn thành tiêu chí số 19 về quốc phòng và an ninh; "
              "xây dựng mô hình \"Camera an ninh\" tại 08/08 thôn",
          plant=["chưa đăng ký"])
    # Communes' own certificates through the year.
    for uid, mix, a, z in [("XA-ANSON", ["tập thể"] * 3 + ["cá nhân"] * 6 + ["hộ gia đình"] * 2, D(2025, 10, 20), D(2025, 10, 28)),
                           ("XA-DIEMHE", ["tập thể"] * 2 + ["cá nhân"] * 3 + ["hộ gia đình"] * 2, D(2025, 8, 4), D(2025, 9, 12)),
                           ("XA-KHANHKHE", ["tập thể", "cá nhân", "cá nhân"], D(2025, 7, 1), D(2025, 7, 25)),
                           ("XA-TRANNINH", ["hộ gia đình", "hộ gia đình", "cá nhân"], D(2025, 9, 1), D(2025, 9, 26)),
                           ("XA-YENPHUC", ["hộ gia đình", "hộ gia đình"], D(2025, 3, 3), D(2025, 3, 20)),
                           ("XA-TUXUYEN", ["tập thể", "cá nhân", "hộ gia đình"], D(2025, 11, 3), D(2025, 11, 7))]:
        day = rand_date(rng, a, z)
        for k in mix:
            b.add(NTM, uid, k, "GKX", day, None)
    # Planted: awarded with neither decision number nor date.
    b.add(NTM, "XA-KHANHKHE", "hộ gia đình", "GKX", D(2025, 7, 18), "đã khen thưởng", plant=["thiếu số QĐ"])
    # Agency heads' certificates.
    for uid, mix in [("DV14", ["cá nhân", "cá nhân"]), ("DV12", ["cá nhân", "cá nhân"]),
                     ("DV11", ["tập thể", "cá nhân"]), ("DV07", ["tập thể"]), ("DV16", ["cá nhân"])]:
        day = rand_date(rng, D(2025, 9, 15), D(2025, 10, 24))
        for k in mix:
            b.add(NTM, uid, k, "GKCQ", day, None)
    # Province (BKT) in the autumn; central forms, very few.
    for uid, kind, name, day in [("XA-ANSON", "tập thể", "UBND xã An Sơn", D(2025, 10, 8)),
                                 ("XA-ANSON", "tập thể", "Hợp tác xã Nông nghiệp Hồi Quế An Sơn", D(2025, 10, 8)),
                                 ("XA-TRANGCAC", "tập thể", "Nhân dân và cán bộ thôn Nà Sla, xã Tràng Các", D(2025, 10, 10)),
                                 (TOWN, "tập thể", "Khu phố Tân Xuân, thị trấn Văn Quan", D(2025, 10, 15)),
                                 ("XA-TUXUYEN", "cá nhân", None, D(2025, 10, 15)),
                                 ("DV14", "cá nhân", None, D(2025, 10, 22)), ("DV07", "cá nhân", None, D(2025, 10, 22)),
                                 ("XA-TANDOAN", "cá nhân", None, D(2025, 11, 4)), ("XA-LIENHOI", "tập thể", None, D(2025, 11, 5))]:
        b.add(NTM, uid, kind, "BKT", day, None, name=name)
    b.add(NTM, "XA-HUULE", "tập thể", "BKTTG", D(2025, 9, 10), "đã khen thưởng", name="Nhân dân và cán bộ xã Hữu Lễ",
          ach="Xã đạt chuẩn nông thôn mới nâng cao năm 2025; thu nhập bình quân đầu người đạt 52 triệu đồng/năm, "
              "tỷ lệ hộ nghèo giảm còn 2,1%")
    b.add(NTM, "XA-TANDOAN", "tập thể", "HCLD3", D(2025, 11, 10), "đề nghị",
          name="Hợp tác xã Nông nghiệp và Dịch vụ Tân Đoàn",
          ach="Có thành tích xuất sắc trong phát triển kinh tế tập thể giai đoạn 2020-2025; liên kết tiêu thụ "
              "hồi, quế cho 312 hộ thành viên, doanh thu năm 2024 đạt 18,6 tỷ đồng")
    b.add(NTM, "DV01", "cá nhân", "BKQH", D(2025, 10, 1), "không đạt",
          role="Phó Chánh Văn phòng HĐND và UBND huyện Văn Quan",
          ach="Tham mưu tổ chức các kỳ họp HĐND huyện, tiếp xúc cử tri về nội dung xây dựng nông thôn mới; "
              "tổng hợp, theo dõi giải quyết 146 ý kiến, kiến nghị của cử tri")
    # Planted: BKT proposal after the deadline (15/11/2025).
    b.add(NTM, "DV12", "cá nhân", "BKT", D(2025, 11, 18), "đề nghị", role="Chủ tịch Hội Liên hiệp Phụ nữ xã An Sơn",
          gender="Nữ", plant=["sau hạn"])
    return b.rows


def settle(rng, rows):
    """Outcome of every nomination: status, decision number and date (batched like real decisions)."""
    batch_no = {}
    seq = {"UBND-huyen": 1371, "UBND-tinh": 1486}

    def district_decision(key, date):
        if key not in batch_no:
            seq["UBND-huyen"] += rng.randint(3, 11)
            batch_no[key] = (f"{seq['UBND-huyen']}/QĐ-UBND", date)
        return batch_no[key]

    for r in rows:
        if r["status"] not in (None, "đã khen thưởng"):
            r["no"], r["ddate"] = "", None
            continue
        camp, award, u, sub = r["camp"], r["award"], U[r["unit"]], r["date"]
        st = r["status"]
        if st is None:
            x = rng.random()
            if award == "GKH":
                st = "đã khen thưởng" if x < 0.86 else ("không đạt" if x < 0.97 else "đang thẩm định")
            elif award == "BKT":
                if camp == LVT:
                    st = "đã khen thưởng" if x < 0.75 else ("không đạt" if x < 0.88 else "đang thẩm định")
                else:
                    st = "đã khen thưởng" if sub <= D(2025, 10, 17) else ("đang thẩm định" if x < 0.5 else "đề nghị")
            elif award == "GKX" and sub >= D(2025, 11, 1):
                st = "đề nghị"
            else:
                st = "đã khen thưởng" if x < 0.95 else "không đạt"
        r["status"] = st
        if st != "đã khen thưởng":
            r["no"], r["ddate"] = "", None
            continue
        if award == "GKH":
            # district chairman; households and agencies in their own decisions
            date = D(2025, 6, 25) if camp == LVT else D(2025, 6, 27)
            part = "hộ" if r["kind"] == "hộ gia đình" else ("xã" if u.is_local else "cq")
            no, date = district_decision((camp, part), date)
        elif award == "BKT":
            no, date = ("1512/QĐ-UBND", D(2025, 8, 8)) if camp == LVT else ("2315/QĐ-UBND", D(2025, 11, 12))
        elif award == "BKTTG":
            no, date = "2487/QĐ-TTg", D(2025, 11, 14)
        else:
            key = (camp, award, u.id, sub)
            if key not in batch_no:
                date = weekday(sub + dt.timedelta(days=rng.randint(4, 9)))
                batch_no[key] = (f"{rng.randint(12, 198):02d}/{u.dec}", date)
            no, date = batch_no[key]
        if "thiếu số QĐ" in r["plant"]:
            no = ""
            if r["kind"] == "hộ gia đình":
                date = None
        r["no"], r["ddate"] = no, date


# --------------------------------------------------------------------------- encodings

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text):
    """Encode like Windows does for code page 1258: precomposed letter where the
    code page has one, otherwise base letter (â ê ô ơ ư ă… are in the code page)
    followed by a combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in nfd if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))
        out += base.encode("cp1258") + tones.encode("cp1258")  # raises if something is not representable
    assert unicodedata.normalize("NFC", out.decode("cp1258")) == unicodedata.normalize("NFC", text)
    return bytes(out)


def csv_text(header, rows, delim=",", eol="\r\n"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else str(v) for v in r])
    return s.getvalue()


def read_back(data, encoding, delim):
    """Decode, NFC-normalise and parse a written file (the round-trip check)."""
    if encoding == "utf-8-sig":
        assert data.startswith(b"\xef\xbb\xbf")
        text = data[3:].decode("utf-8")
    elif encoding == "utf-16":
        assert data.startswith(b"\xff\xfe")
        text = data[2:].decode("utf-16-le")
    else:
        text = data.decode("cp1258")
        try:
            data.decode("utf-8")
            raise AssertionError("a Windows-1258 file must not also be valid UTF-8")
        except UnicodeDecodeError:
            pass
    text = unicodedata.normalize("NFC", text)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def fold_header(h):
    s = unicodedata.normalize("NFD", h.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def write_csv(out, name, header, rows, canonical, encoding="utf-8-sig", delim=",", eol="\r\n"):
    assert [fold_header(h) for h in header] == canonical, (name, header)
    text = csv_text(header, rows, delim, eol)
    if encoding == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif encoding == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = to_cp1258(text)
    back = read_back(data, encoding, delim)
    want = [[unicodedata.normalize("NFC", str(v)) for v in row] for row in [header] + [
        ["" if v is None else v for v in r] for r in rows]]
    assert back == want, name
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    return len(rows)


def write_lists(out, sent):
    """The units' own lists for NTM2025, as they came: XA-TRILE's under the unit's name, a
    printed list (title rows, a column-number row, headings "I. TẬP THỂ"…, awards by name, a
    Nữ column of marks, no ids and no dates: the receipt register's), XA-HUULE's under its
    id, every column, kinds and statuses coded the provincial way. UTF-8 with BOM (Excel's
    "CSV UTF-8"). Returns the number of nominations in them."""
    folder = os.path.join(out, "de_nghi", NTM)
    if os.path.isdir(os.path.join(out, "de_nghi")):
        shutil.rmtree(os.path.join(out, "de_nghi"))
    os.makedirs(folder)
    tri = [r for r in sent if r["unit"] == "XA-TRILE"]
    assert len({r["date"] for r in tri}) == 1  # one letter: its date is every row's
    huu = [r for r in sent if r["unit"] == "XA-HUULE"]

    def cap(s):
        return s[0].upper() + s[1:] if s else s

    width = 11
    lines = [["UBND XÃ TRI LỄ"] + [""] * (width - 1),
             ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG PHONG TRÀO THI ĐUA \"VĂN QUAN CHUNG SỨC XÂY DỰNG NÔNG THÔN MỚI\" "
              "NĂM 2025"] + [""] * (width - 1),
             [f"(Kèm theo Tờ trình số 18/TTr-UBND ngày {tri[0]['date'].day}/{tri[0]['date'].month}/2025 của UBND xã "
              "Tri Lễ)"] + [""] * (width - 1),
             [""] * width,
             ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Nữ", "Dân tộc", "Lao động trực tiếp",
              "Hình thức khen thưởng", "Trạng thái", "Số QĐ", "Ngày QĐ", "Tóm tắt thành tích"],
             [f"({i})" for i in range(1, width + 1)]]
    for numeral, kind in (("I", "tập thể"), ("II", "hộ gia đình"), ("III", "cá nhân")):
        group = [r for r in tri if r["kind"] == kind]
        if not group:
            continue
        lines.append([f"{numeral}. {kind.upper()}"] + [""] * (width - 1))
        for i, r in enumerate(group, 1):
            status = "" if r["status"] == "đề nghị" else cap(r["status"])
            lines.append([str(i), r["name"], r["role"], "x" if r["gender"] == "Nữ" else "", r["ethnic"], r["ldtt"],
                          AWARD_NAMES[r["award"]], status, r["no"], ds(r["ddate"]), r["ach"]])
    lines += [[""] * width,
              ["", "Người lập biểu", "", "", "", "", "TM. ỦY BAN NHÂN DÂN", "", "", "", ""],
              ["", "Hoàng Thị Mai", "", "", "", "", "Lương Văn Hùng", "", "", "", ""]]
    with open(os.path.join(folder, "UBND xã Tri Lễ.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(lines[0], lines[1:]).encode("utf-8"))

    code = {"tập thể": "TAPTHE", "cá nhân": "CANHAN", "hộ gia đình": "HOGIADINH"}
    status_code = {"đề nghị": "DENGHI", "đang thẩm định": "DANGTHAMDINH", "đã khen thưởng": "DAKHENTHUONG",
                   "không đạt": "KHONGDAT"}
    header = ["Mã đề nghị", "Đối tượng", "Họ và tên", "Chức vụ", "Giới tính", "Dân tộc", "LĐTT",
              "Mã hình thức khen thưởng", "Trạng thái", "Ngày đề nghị", "Số QĐ", "Ngày QĐ", "Thành tích"]
    body = [[r["id"], code[r["kind"]], r["name"], r["role"], {"Nam": "NAM", "Nữ": "NU"}.get(r["gender"], ""),
             r["ethnic"], r["ldtt"], r["award"], status_code[r["status"]], ds(r["date"]), r["no"], ds(r["ddate"]),
             r["ach"]] for r in huu]
    with open(os.path.join(folder, "XA-HUULE.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(header, body, delim=";").encode("utf-8"))

    receipts = [("XA-TRILE", "", ds(tri[0]["date"]), "18/TTr-UBND"),
                ("", "UBND xã Hữu Lễ", ds(min(r["date"] for r in huu)), "09/TTr-UBND")]
    with open(os.path.join(folder, "tiep_nhan.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv_text(["ma_don_vi", "ten_don_vi", "ngay_nhan", "so_van_ban"],
                                           receipts).encode("utf-8"))
    return len(sent)


# --------------------------------------------------------------------------- the contract's checks

def checks(rows, regs, quotas):
    """The warnings of REPORTS.md T6 over every nomination (as-of after all dates)."""
    found = []
    for r in rows:
        c = C[r["camp"]]
        if r["date"] < c["start"] or r["date"] > c["end"]:
            found.append(("ngoài thời gian", r["id"]))
        if r["date"] > c["deadline"]:
            found.append(("sau hạn", r["id"]))
        if r["status"] == "đã khen thưởng" and (not r["no"] or not r["ddate"]):
            found.append(("thiếu số/ngày QĐ", r["id"]))
    groups = {}
    for r in rows:
        if r["kind"] == "cá nhân":
            groups.setdefault((r["camp"], fold_name(r["name"])), []).append(r["id"])
    for ids in groups.values():
        if len(ids) > 1:
            found.append(("trùng người", " + ".join(ids)))
    registered = {(camp, uid) for camp, uid, *_ in regs}
    for camp, uid in sorted({(r["camp"], r["unit"]) for r in rows}, key=lambda k: (k[0], ROSTER[k[1]])):
        if (camp, uid) not in registered:
            found.append(("chưa đăng ký", f"{camp} {uid}"))
    quota_findings = []
    for camp, award, scope, mint, maxt, minc, maxc in quotas:
        units = [u for u in UNITS if scope == "*" or u.id == scope or fold_header(u.kind) == fold_header(scope)]
        for u in units:
            for kind, lo, hi in (("tập thể", mint, maxt), ("cá nhân", minc, maxc)):
                n = sum(1 for r in rows if r["camp"] == camp and r["unit"] == u.id and r["award"] == award
                        and r["kind"] == kind)
                if n < lo:
                    quota_findings.append((camp, award, scope, u.id, kind, n, f"thiếu (tối thiểu {lo})"))
                elif n > hi:
                    quota_findings.append((camp, award, scope, u.id, kind, n, f"vượt (tối đa {hi})"))
    return found, quota_findings


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-data"))
    out = os.path.normpath(ap.parse_args().out)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)

    # --- nominations
    rows = build(rng)
    settle(rng, rows)
    # one register per campaign, in order of submission, then roster, award order
    rows.sort(key=lambda r: (r["camp"] != LVT, r["date"], ROSTER[r["unit"]], AWARD_ORDER.index(r["award"]),
                             KINDS.index(r["kind"])))
    n = {LVT: 0, NTM: 0}
    for r in rows:
        n[r["camp"]] += 1
        r["id"] = f"{'LVT' if r['camp'] == LVT else 'NTM'}-{n[r['camp']]:03d}"
    # realism: the Excel register is kept in order of submission, campaign after campaign
    assert collective_names_unique(rows)

    # Achievement texts: one with a line break inside the cell (Alt+Enter in Excel).
    target = next(r for r in rows if r["camp"] == NTM and r["unit"] == "XA-ANSON" and r["award"] == "BKT")
    target["ach"] = ("- Xã đạt chuẩn nông thôn mới nâng cao năm 2025, 5/7 thôn đạt chuẩn khu dân cư kiểu mẫu;\n"
                     "- Thu nhập bình quân đầu người đạt 48,5 triệu đồng/năm; Nhân dân hiến 12.350 m2 đất làm đường")

    # --- registrations
    regs = []
    lvt_unregistered = {"DV16", "DV23", "DV26"}          # DV16 still nominates (planted)
    ntm_registered_agencies = ["DV05", "DV11", "DV12", "DV14", "DV16", "DV01", "DV04", "DV07"]
    pledges_local = ["Đăng ký {k:02d} công trình, phần việc: bê tông hóa {d} km đường liên thôn; sửa chữa nhà văn hóa thôn {v}",
                     "Đăng ký {k:02d} công trình, phần việc chào mừng; tổ chức Hội thi tìm hiểu về đồng chí Lương Văn Tri",
                     "Đăng ký {k:02d} công trình, phần việc: trồng {d} ha rừng hồi, quế; xây dựng tuyến đường hoa thôn {v}",
                     "Đăng ký {k:02d} công trình, phần việc; 100% thôn tổ chức ra quân vệ sinh môi trường hằng tháng"]
    pledges_agency = ["Đăng ký {k:02d} công trình, phần việc; hoàn thành sớm các nhiệm vụ chuyên môn 6 tháng đầu năm",
                      "Đăng ký {k:02d} sáng kiến, giải pháp cải tiến lề lối làm việc; thực hiện văn hóa công sở",
                      "Đăng ký {k:02d} công trình, phần việc thanh niên (Hội) tình nguyện; tuyên truyền trên mạng xã hội"]
    ntm_pledges = ["Đăng ký hoàn thành {k} tiêu chí nông thôn mới nâng cao; làm mới {d} km đường bê tông",
                   "Đăng ký {k:02d} công trình, phần việc: xây dựng thôn {v} đạt chuẩn khu dân cư nông thôn mới kiểu mẫu",
                   "Đăng ký {k:02d} mô hình phát triển kinh tế; vận động Nhân dân hiến đất làm đường giao thông"]

    def people(u):
        if u.is_local:
            x = rng.choice(range(420, 3400, 5))
        else:
            x = {"DV09": 96, "DV10": 38, "DV13": 212}.get(u.id) or rng.randint(9, 64)
        return f"{x:,}".replace(",", ".") if x >= 1000 and rng.random() < 0.6 else str(x)

    for u in UNITS:
        if u.id in lvt_unregistered:
            continue
        fmt = dict(k=rng.randint(2, 5), d=rng.randint(1, 4), v=rng.choice(u.villages) if u.villages else "")
        regs.append((LVT, u.id, ds(rand_date(rng, D(2025, 1, 22), D(2025, 2, 14))), people(u),
                     rng.choice(pledges_local if u.is_local else pledges_agency).format(**fmt)))
    for u in UNITS:
        if not (u.is_local or u.id in ntm_registered_agencies):
            continue
        fmt = dict(k=rng.randint(2, 5), d=rng.randint(1, 4), v=rng.choice(u.villages) if u.villages else "")
        regs.append((NTM, u.id, ds(rand_date(rng, D(2025, 1, 6), D(2025, 1, 24))), people(u),
                     rng.choice(ntm_pledges if u.is_local else pledges_agency).format(**fmt)))

    # --- quotas (the real plan: each commune proposes 1–2 collectives and 3–4 individuals for GKH)
    quotas = [(LVT, "GKH", "xã", 1, 2, 3, 4), (LVT, "GKH", TOWN, 1, 3, 3, 6), (LVT, "BKT", "*", 0, 1, 0, 1),
              (NTM, "GKH", "xã", 1, 2, 2, 3), (NTM, "BKT", "*", 0, 1, 0, 2), (NTM, "GKX", "XA-ANSON", 2, 4, 5, 10)]

    found, quota_findings = checks(rows, regs, quotas)
    planted = []
    for r in rows:
        for p in r["plant"]:
            planted.append((p, r["id"]))
    # every warning found must be planted, and vice versa
    expect = set()
    for p, rid in planted:
        r = next(x for x in rows if x["id"] == rid)
        if p == "sau hạn":
            expect.add(("sau hạn", rid))
            if r["date"] > C[r["camp"]]["end"]:
                expect.add(("ngoài thời gian", rid))
        elif p == "trước ngày bắt đầu":
            expect.add(("ngoài thời gian", rid))
        elif p == "thiếu số QĐ":
            expect.add(("thiếu số/ngày QĐ", rid))
        elif p == "chưa đăng ký":
            expect.add(("chưa đăng ký", f"{r['camp']} {r['unit']}"))
    dups = [rid for p, rid in planted if p.startswith("trùng người")]
    expect.add(("trùng người", " + ".join(sorted(dups))))
    assert set(found) == expect, (sorted(set(found) ^ expect))

    # --- sanity of the whole folder
    assert 220 <= len(rows) <= 320, len(rows)
    assert 30 <= len(UNITS) <= 45
    ids = [u.id for u in UNITS]
    assert ids != sorted(ids) and [c[0] for c in CLUSTERS] != sorted(c[0] for c in CLUSTERS)
    assert [c[1] for c in CLUSTERS] != sorted(c[1] for c in CLUSTERS)
    assert {u.cluster for u in UNITS} == {c[0] for c in CLUSTERS}
    for c in CLUSTERS:
        assert U[c[3]].cluster == c[0] and U[c[4]].cluster == c[0]
    for r in rows:
        assert r["unit"] in U and r["award"] in AWARD_ORDER and r["status"] in STATUSES and r["kind"] in KINDS
        if r["ddate"]:
            assert r["ddate"] >= r["date"], r
            assert r["ddate"] <= D(2025, 11, 20)
        assert r["date"] <= D(2025, 11, 20)
        if r["award"] == "GKH":
            assert r["ddate"] is None or r["ddate"] < D(2025, 7, 1)  # no district after 01/7/2025
    assert {r["status"] for r in rows} == set(STATUSES)
    assert {r["kind"] for r in rows} == set(KINDS)
    assert {r["award"] for r in rows} == set(AWARD_ORDER)
    assert any(r["ddate"] and r["ddate"] > D(2025, 10, 31) for r in rows)
    assert sum(1 for r in rows if r["award"] in ("HCLD3", "BKTTG", "BKQH")) <= 4

    # --- write
    counts = {}
    counts["phong_trao.csv"] = write_csv(
        out, "phong_trao.csv",
        ["ma_phong_trao", "ten_phong_trao", "chu_de", "co_quan_phat_dong", "so_ke_hoach", "ngay_bat_dau",
         "ngay_ket_thuc", "han_de_nghi"],
        [(c["id"], c["name"], c["theme"], c["issuer"], c["ref"], ds(c["start"]), ds(c["end"]), ds(c["deadline"]))
         for c in CAMPAIGNS],
        ["ma_phong_trao", "ten_phong_trao", "chu_de", "co_quan_phat_dong", "so_ke_hoach", "ngay_bat_dau",
         "ngay_ket_thuc", "han_de_nghi"])
    counts["cum_khoi.csv"] = write_csv(
        out, "cum_khoi.csv", ["Mã cụm", "Tên cụm", "Loại", "Trưởng cụm", "Phó cụm"], CLUSTERS,
        ["ma_cum", "ten_cum", "loai", "truong_cum", "pho_cum"])
    counts["don_vi.csv"] = write_csv(
        out, "don_vi.csv", ["Mã đơn vị", "Tên đơn vị", "Mã cụm", "Loại đơn vị", "Cấp"],
        [(u.id, u.name, u.cluster, u.kind, u.level) for u in UNITS],
        ["ma_don_vi", "ten_don_vi", "ma_cum", "loai_don_vi", "cap"])
    def cap(s):
        return s[0].upper() + s[1:]

    sent = [r for r in rows if r["camp"] == NTM and r["unit"] in LIST_UNITS]
    counts["de_nghi/NTM2025"] = write_lists(out, sent)
    counts["de_nghi.csv"] = write_csv(
        out, "de_nghi.csv",
        ["Mã đề nghị", "Mã phong trào", "Mã đơn vị", "Đối tượng", "Tên", "Chức vụ", "Giới tính", "Dân tộc",
         "Lao động trực tiếp", "Mã hình thức", "Trạng thái", "Ngày đề nghị", "Số quyết định", "Ngày quyết định",
         "Thành tích"],
        [(r["id"], r["camp"], r["unit"], cap(r["kind"]), r["name"], r["role"], r["gender"], r["ethnic"], r["ldtt"],
          r["award"], cap(r["status"]), ds(r["date"]), r["no"], ds(r["ddate"]), r["ach"]) for r in rows
         if not (r["camp"] == NTM and r["unit"] in LIST_UNITS)],
        ["ma_de_nghi", "ma_phong_trao", "ma_don_vi", "doi_tuong", "ten", "chuc_vu", "gioi_tinh", "dan_toc",
         "lao_dong_truc_tiep", "ma_hinh_thuc", "trang_thai", "ngay_de_nghi", "so_quyet_dinh", "ngay_quyet_dinh",
         "thanh_tich"],
        encoding="cp1258", delim=";")

    # --- monthly progress: registered units, month by month (a sheet compiled as reports come in)
    INDICATORS = ["Mô hình tiêu biểu", "Công trình, phần việc", "Sáng kiến", "Tin bài tuyên truyền"]
    typed_month = {"XA-TRANNINH", "XA-LUONGNANG"}   # these two type "Tháng 6/2025"
    short_month = {"DV05"}                           # this one types "6/2025"
    prog = []
    for camp, last in ((LVT, 7), (NTM, 10)):
        units = [u for u in UNITS if any(g[0] == camp and g[1] == u.id for g in regs)]
        for m in range(1, last + 1):
            for i, u in enumerate(units):
                if rng.random() < 0.08 and not (m == 1 and i == 0):
                    continue  # this month's report did not come in
                ky = f"Tháng {m}/2025" if u.id in typed_month else (f"{m}/2025" if u.id in short_month else f"{m:02d}/2025")
                for ind in INDICATORS:
                    if not (m == 1 and i == 0) and rng.random() < 0.3:
                        continue
                    if ind == "Mô hình tiêu biểu":
                        v = rng.choice([0, 0, 1, 1, 2]) if u.is_local else rng.choice([0, 0, 1])
                    elif ind == "Công trình, phần việc":
                        v = rng.randint(0, 4) if u.is_local else rng.randint(0, 2)
                    elif ind == "Sáng kiến":
                        v = rng.choice([0, 0, 0, 1]) if u.is_local else rng.choice([0, 1, 1, 2])
                    else:
                        v = rng.randint(3, 12) if u.id in ("DV08", "DV15") else rng.randint(0, 5)
                    prog.append((camp, u.id, ky, ind, v))
        if camp == LVT:  # reported after the campaign ended: left out of every report
            prog.append((LVT, "DV15", "08/2025", "Tin bài tuyên truyền", 14))
            prog.append((LVT, "DV15", "08/2025", "Mô hình tiêu biểu", 1))
    # Registered after the monthly figures were compiled (no figures of their own): the two
    # agencies that will be reminded to send their lists.
    for uid in REGISTERED_NOT_SENT:
        regs.append((NTM, uid, "20/01/2025", str({"DV02": 18, "DV06": 42}[uid]),
                     "Đăng ký 02 công trình, phần việc; tuyên truyền phong trào xây dựng nông thôn mới"))
    counts["dang_ky.csv"] = write_csv(
        out, "dang_ky.csv", ["ma_phong_trao", "ma_don_vi", "ngay_dang_ky", "so_nguoi_tham_gia", "noi_dung"], regs,
        ["ma_phong_trao", "ma_don_vi", "ngay_dang_ky", "so_nguoi_tham_gia", "noi_dung"])

    counts["tien_do.csv"] = write_csv(
        out, "tien_do.csv", ["Mã phong trào", "Mã đơn vị", "Kỳ", "Chỉ tiêu", "Giá trị"], prog,
        ["ma_phong_trao", "ma_don_vi", "ky", "chi_tieu", "gia_tri"], encoding="utf-16", delim="\t")
    counts["chi_tieu.csv"] = write_csv(
        out, "chi_tieu.csv",
        ["ma_phong_trao", "ma_hinh_thuc", "pham_vi", "toi_thieu_tap_the", "toi_da_tap_the", "toi_thieu_ca_nhan",
         "toi_da_ca_nhan"], quotas,
        ["ma_phong_trao", "ma_hinh_thuc", "pham_vi", "toi_thieu_tap_the", "toi_da_tap_the", "toi_thieu_ca_nhan",
         "toi_da_ca_nhan"], eol="\n")

    toml = ('# Đơn vị ban hành báo cáo (tiêu đề và khối chữ ký)\n'
            'co_quan_chu_quan = "UBND HUYỆN VĂN QUAN"\n'
            'co_quan_ban_hanh = "PHÒNG NỘI VỤ"\n'
            'dia_danh = "Văn Quan"\n'
            'chuc_vu_nguoi_ky = "KT. TRƯỞNG PHÒNG\\nPHÓ TRƯỞNG PHÒNG"\n'
            'nguoi_ky = "Lăng Văn Quyết"\n'
            'nguoi_lap_bieu = "Nông Thị Thu Hà"\n')
    with open(os.path.join(out, "to_chuc.toml"), "wb") as f:
        f.write(toml.encode("utf-8"))

    write_readme(out, rows, regs, prog, quotas, quota_findings, planted, counts)
    print(f"wrote {out}: {len(UNITS)} units, {len(CLUSTERS)} clusters/blocks, {len(rows)} nominations, "
          f"{len(regs)} registrations, {len(prog)} progress rows")


# --------------------------------------------------------------------------- README

def write_readme(out, rows, regs, prog, quotas, quota_findings, planted, counts):
    by = lambda pred: sum(1 for r in rows if pred(r))
    nl, nn = by(lambda r: r["camp"] == LVT), by(lambda r: r["camp"] == NTM)

    def table(key, values):
        lines = ["| | " + " | ".join(values) + " | Cộng |", "|---|" + "---:|" * (len(values) + 1)]
        for camp in (LVT, NTM):
            cells = [by(lambda r, v=v: r["camp"] == camp and r[key] == v) for v in values]
            lines.append(f"| {camp} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
        return "\n".join(lines)

    rid = lambda p: ", ".join(i for q, i in planted if q.startswith(p))
    after_oct = [r["id"] for r in rows if r["ddate"] and r["ddate"] > D(2025, 10, 31)]
    unreg = sorted({(r["camp"], r["unit"]) for r in rows for p in r["plant"] if p == "chưa đăng ký"})
    unreg_txt = "; ".join(f"`{u}` ({U[u].name}) trong `{c}`, đề nghị "
                          + ", ".join(f"`{r['id']}`" for r in rows if r["camp"] == c and r["unit"] == u)
                          for c, u in unreg)
    qf = "\n".join(f"| {c} | {a} | `{s}` | `{u}` {U[u].name} | {k} | {n} | {w} |"
                   for c, a, s, u, k, n, w in quota_findings)
    lines_lvt = [r for r in rows if "trùng người" in " ".join(r["plant"])]
    lvt_late = [r for r in rows if "sau hạn" in r["plant"] or "trước ngày bắt đầu" in r["plant"]]
    late_txt = "\n".join(f"- `{r['id']}` ({r['camp']}, {U[r['unit']].name}): ngày đề nghị {ds(r['date'])} — "
                         + ("trước ngày bắt đầu " + ds(C[r['camp']]['start']) if r["date"] < C[r["camp"]]["start"]
                            else "sau hạn đề nghị " + ds(C[r['camp']]['deadline']))
                         for r in lvt_late)
    nodec = [r for r in rows if "thiếu số QĐ" in r["plant"]]
    nodec_txt = "\n".join(f"- `{r['id']}` ({r['camp']}, {U[r['unit']].name}): đã khen thưởng, "
                          + ("không có số quyết định (có ngày " + ds(r["ddate"]) + ")" if r["ddate"]
                             else "không có cả số lẫn ngày quyết định") for r in nodec)
    dup_txt = " và ".join(f"`{r['id']}` ({U[r['unit']].name}, {r['award']}, tên ghi \"{r['name']}\")"
                          for r in lines_lvt)
    text = f"""# Dữ liệu mẫu: huyện Văn Quan (Lạng Sơn), năm 2025

Thư mục này là một bộ dữ liệu **minh họa** cho `thidua`, dựng theo các kế hoạch thi
đua thật của huyện Văn Quan, để thử công cụ và xem báo cáo trông ra sao. Tên người,
tên thôn, số quyết định và thành tích đều là giả định (họ tên phổ biến của người Tày,
Nùng, Kinh, Dao, H'Mông ở Lạng Sơn), không phải hồ sơ thật. Danh sách đơn vị là bộ
máy huyện như trước ngày 01/7/2025 (thị trấn Văn Quan và 16 xã; các cơ quan Đảng,
đoàn thể, cơ quan chuyên môn, lực lượng vũ trang, đơn vị sự nghiệp và trường học):
Giấy khen của Chủ tịch UBND huyện (`GKH`) chỉ có quyết định trước 01/7/2025.

Thư mục được sinh bởi `scripts/make-sample-data.py` (chỉ dùng thư viện chuẩn Python 3,
hạt giống cố định: chạy lại cho ra đúng từng byte). Đừng sửa tay, hãy sửa script.

```
thidua check  --data sample-data
thidua report --data sample-data --as-of 2025-10-31 --out out
```

## Các tệp

| Tệp | Nội dung | Mã hóa, dấu phân cách | Tiêu đề cột |
|---|---|---|---|
| `phong_trao.csv` | 2 phong trào (bên dưới) | UTF-8 có BOM, dấu phẩy, CRLF | snake_case |
| `cum_khoi.csv` | {len(CLUSTERS)} cụm, khối: 3 khối cơ quan, 4 cụm xã | UTF-8 có BOM, dấu phẩy, CRLF | tiếng Việt (`Mã cụm`, `Tên cụm`…) |
| `don_vi.csv` | {len(UNITS)} đơn vị: 1 thị trấn, 16 xã, {sum(1 for u in UNITS if u.kind == 'cơ quan')} cơ quan, {sum(1 for u in UNITS if u.kind == 'đơn vị sự nghiệp')} đơn vị sự nghiệp, {sum(1 for u in UNITS if u.kind == 'trường học')} trường học | UTF-8 có BOM, dấu phẩy, CRLF | tiếng Việt (`Mã đơn vị`…) |
| `dang_ky.csv` | {len(regs)} lượt đăng ký thi đua (số người tham gia có chỗ ghi `1.250`) | UTF-8 có BOM, dấu phẩy, CRLF | snake_case |
| `de_nghi.csv` | {len(rows) - counts["de_nghi/NTM2025"]} đề nghị khen thưởng ({nl} của `LVT115`, {nn - counts["de_nghi/NTM2025"]} của `NTM2025`) | **Windows-1258**, dấu chấm phẩy, CRLF (Excel "CSV" trên Windows tiếng Việt) | tiếng Việt (`Mã đề nghị`, `Đối tượng`…) |
| `de_nghi/NTM2025/` | danh sách đề nghị do đơn vị gửi, giữ nguyên như khi nhận: `UBND xã Tri Lễ.csv` và `XA-HUULE.csv` ({counts["de_nghi/NTM2025"]} đề nghị của `NTM2025`), sổ tiếp nhận `tiep_nhan.csv` | UTF-8 có BOM (Excel "CSV UTF-8"); `XA-HUULE.csv` dấu chấm phẩy | tiêu đề như trên danh sách in (`Họ và tên`, `Hình thức khen thưởng`…) |
| `tien_do.csv` | {len(prog)} dòng tiến độ theo tháng | **UTF-16LE có BOM**, tab, CRLF (Excel "Unicode Text") | tiếng Việt (`Kỳ`, `Chỉ tiêu`, `Giá trị`) |
| `chi_tieu.csv` | {len(quotas)} dòng chỉ tiêu số lượng đề nghị | UTF-8 có BOM, dấu phẩy, **LF** | snake_case |
| `to_chuc.toml` | UBND HUYỆN VĂN QUAN / PHÒNG NỘI VỤ, người ký, người lập biểu | UTF-8 | |

Không có `hinh_thuc.csv`: dùng danh mục hình thức khen thưởng dựng sẵn.

Một số điểm cố ý để thử bộ đọc:

- Thứ tự dòng của `cum_khoi.csv` (khối trước, cụm sau) và `don_vi.csv` (thị trấn, các xã,
  rồi các cơ quan; mã `DV..` không theo thứ tự) không theo bảng chữ cái: báo cáo phải đi
  theo đúng thứ tự này.
- Trong `de_nghi.csv` (Windows-1258), chữ có dấu được ghi như Windows ghi: chữ dựng sẵn
  nếu bảng mã có (`à`, `ê`, `ơ`…), nếu không thì chữ gốc cộng dấu thanh tổ hợp. Nhiều ô
  thành tích chứa dấu chấm phẩy hoặc ngoặc kép `"` nên được đặt trong ngoặc kép; ô
  thành tích của `{target_id(rows)}` có xuống dòng bên trong ô.
- `Đối tượng` và `Trạng thái` viết hoa chữ đầu (`Cá nhân`, `Đã khen thưởng`).
- `de_nghi/NTM2025/UBND xã Tri Lễ.csv` (tên tệp là tên đơn vị): danh sách in của xã, có
  dòng tiêu đề văn bản, dòng đánh số cột `(1)…(11)`, các dòng nhóm `I. TẬP THỂ`,
  `II. HỘ GIA ĐÌNH`, `III. CÁ NHÂN`, hình thức ghi bằng tên, cột `Nữ` đánh dấu `x`, không
  có mã đề nghị (mã là `NTM2025/XA-TRILE/1`…), không có ngày đề nghị (lấy ngày nhận trong
  `tiep_nhan.csv`), phần chữ ký cuối danh sách. `XA-HUULE.csv` (tên tệp là mã đơn vị): đủ
  các cột, đối tượng và trạng thái ghi theo mã của phần mềm tỉnh (`TAPTHE`, `CANHAN`,
  `DAKHENTHUONG`), giới tính `NAM`/`NU`.
- `tien_do.csv`: kỳ ghi `mm/yyyy`; `XA-TRANNINH` và `XA-LUONGNANG` ghi `Tháng 6/2025`,
  `DV05` ghi `6/2025`. `DV15` còn báo cáo tháng 08/2025 cho `LVT115` (sau khi phong trào
  kết thúc): số liệu này không vào báo cáo.

## Phong trào

| Mã | Tên | Thời gian | Hạn đề nghị |
|---|---|---|---|
""" + "\n".join(f"| `{c['id']}` | {c['name']} ({c['ref']}, {c['issuer']}) | {ds(c['start'])} – {ds(c['end'])} | {ds(c['deadline'])} |"
                for c in CAMPAIGNS) + f"""

## Số đề nghị

Theo trạng thái:

{table('status', STATUSES)}

Theo đối tượng:

{table('kind', KINDS)}

Theo hình thức:

{table('award', AWARD_ORDER)}

Các quyết định có ngày sau 31/10/2025 ({', '.join(after_oct)}): với `--as-of 2025-10-31`
những đề nghị này được tính là "đang thẩm định", chưa phải "đã khen thưởng".

## Cảnh báo cố ý (`thidua check` phải báo đúng các cảnh báo này, không lỗi nào)

Ngày đề nghị ngoài thời gian hoặc sau hạn:

{late_txt}

Đã khen thưởng nhưng thiếu quyết định:

{nodec_txt}

Một người được đề nghị hai lần trong cùng phong trào `LVT115`: {dup_txt}
(khác đơn vị, khác hình thức; tên ở `{next(r['id'] for r in lines_lvt if '  ' in r['name'])}` gõ thừa một dấu cách:
so sánh tên phải gộp khoảng trắng).

Đơn vị có đề nghị nhưng không đăng ký thi đua: {unreg_txt}.

Chỉ tiêu (`chi_tieu.csv`) không đạt hoặc vượt — tính trên mọi đề nghị, mọi trạng thái:

| Phong trào | Hình thức | Phạm vi | Đơn vị | Đối tượng | Số đề nghị | |
|---|---|---|---|---|---:|---|
{qf}

Đơn vị đã đăng ký `NTM2025` nhưng chưa gửi danh sách đề nghị (không có tệp trong
`de_nghi/NTM2025/`, không có đề nghị trong `de_nghi.csv`): {", ".join(f"`{u}` ({U[u].name})" for u in REGISTERED_NOT_SENT)}
— biểu T6 nhắc "Chưa gửi danh sách đề nghị" (sau hạn 15/11/2025: "Quá hạn gửi danh sách
đề nghị").

Ngoài các dòng trên, dữ liệu không có cảnh báo nào khác (script tự kiểm tra điều này).
Một số đơn vị không đăng ký và cũng không đề nghị (không phải cảnh báo).

## English

This folder is an illustrative data set for `thidua`: Văn Quan district (Lạng Sơn
province) in 2025, with its town and 16 communes, its agencies and schools grouped in
{len(CLUSTERS)} clusters/blocks ({len(UNITS)} units), and two campaigns modelled on real plans: the
special campaign for the 115th birthday of Lương Văn Tri (`LVT115`) and the 2025
new-rural campaign (`NTM2025`), {len(rows)} nominations in all ({counts["de_nghi/NTM2025"]} of them in two
units' own lists under `de_nghi/NTM2025/`, the rest in `de_nghi.csv`; two registered
agencies have sent nothing and are reminded in T6). Names, villages, decision numbers
and achievements are invented but plausible. It is generated by
`scripts/make-sample-data.py` (stdlib only, fixed seed, byte-identical on rerun); edit
the script, not the files. The files arrive the way users' files do: `de_nghi.csv` in
Windows-1258 with semicolons (Excel "CSV" on Vietnamese Windows), `tien_do.csv` in
UTF-16LE with tabs (Excel "Unicode Text"), the rest UTF-8 with BOM; some headers are in
Vietnamese display form. The data has no errors; the warnings listed above are planted
on purpose and are the only ones `thidua check` should report.
"""
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def target_id(rows):
    return next(r["id"] for r in rows if "\n" in r["ach"])


if __name__ == "__main__":
    main()
