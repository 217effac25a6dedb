#!/usr/bin/env python3
"""The national case of `make bench` (issue 18): a ministry's roll-up of 3,321
communes, wards and special zones under 34 provinces.

  scripts/gen-national.py --out DIR [--offices 3321] [--awarded 300000] [--seed 7]

Writes DIR/data (phong_trao.csv, cum_khoi.csv: one cluster per province, don_vi.csv: the
offices) and DIR/from/NTM-2025/<ma_don_vi>/ with each office's so-lieu.csv (its own units,
awards, kinds and statuses) and danh-sach.csv (its awarded, in T5's layout): about
`--awarded` awarded nominations in all, as many as the 1M-nomination folder's T5.
Standard library only; the same seed writes the same bytes."""
import argparse
import os
import random

p = argparse.ArgumentParser()
p.add_argument("--out", required=True)
p.add_argument("--offices", type=int, default=3321)
p.add_argument("--awarded", type=int, default=300000)
p.add_argument("--seed", type=int, default=7)
a = p.parse_args()
rnd = random.Random(a.seed)
CAMPAIGN = "NTM-2025"
AWARDS = [("HCLD3", "Huân chương Lao động hạng Ba"), ("BKTTG", "Bằng khen của Thủ tướng Chính phủ"),
          ("BKT", "Bằng khen của Chủ tịch UBND tỉnh"), ("GKX", "Giấy khen của Chủ tịch UBND xã"),
          ("GKCQ", "Giấy khen của Thủ trưởng cơ quan, đơn vị")]
WEIGHTS = [1, 2, 10, 60, 27]
KINDS = [("tap_the", "Tập thể"), ("ca_nhan", "Cá nhân"), ("ho_gia_dinh", "Hộ gia đình")]
STATUSES = ["de_nghi", "dang_tham_dinh", "da_khen_thuong", "khong_dat"]
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông Lương Hà Vi Lăng Đàm Triệu Chu Mã Lục".split()
MIDDLE = "Văn Thị Đức Minh Thanh Hữu Ngọc Xuân Thu Quang Kim Bảo".split()
GIVEN = ("An Anh Ánh Bình Cường Chi Dũng Dương Đức Giang Hà Hải Hạnh Hằng Hiền Hoa Hùng Hương Khánh Lan Linh "
         "Long Mai Minh Nam Nga Ngọc Nhung Phúc Phương Quân Quyết Sơn Tâm Thắng Thảo Thu Trang Tú Tuấn Uyên Ưng "
         "Vân Vinh Xuân Yến").split()
PLACES = "Nà Pàn|Bản Châu|Khòn Cuồng|Lũng Cùng|Nà Hin|Pác Lạng|Còn Quan|Nà Lầu|Khau Ban|Bó Chạp".split("|")

def q(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s

def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "".join(",".join(q(str(c)) for c in r) + "\r\n" for r in rows))

data, received = os.path.join(a.out, "data"), os.path.join(a.out, "from", CAMPAIGN)
os.makedirs(data, exist_ok=True)
os.makedirs(received, exist_ok=True)
write(os.path.join(data, "phong_trao.csv"), [
    ["ma_phong_trao", "ten_phong_trao", "ngay_bat_dau", "ngay_ket_thuc"],
    [CAMPAIGN, "Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” năm 2025", "01/01/2025", "31/12/2025"]])
provinces = 34
write(os.path.join(data, "cum_khoi.csv"), [["ma_cum", "ten_cum", "loai"]] +
      [[f"T{p:02d}", f"Tỉnh số {p}", "cụm"] for p in range(1, provinces + 1)])
offices = [(f"X{i:04d}", f"UBND xã số {i}", f"T{i % provinces + 1:02d}") for i in range(1, a.offices + 1)]
write(os.path.join(data, "don_vi.csv"), [["ma_don_vi", "ten_don_vi", "ma_cum"]] + [list(o) for o in offices])

per_office = a.awarded / a.offices
for (oid, oname, _) in offices:
    folder = os.path.join(received, oid)
    os.makedirs(folder, exist_ok=True)
    units = [f"{oid}-{u:02d}" for u in range(1, rnd.randint(6, 14) + 1)]
    awarded_here = max(1, int(rnd.gauss(per_office, per_office / 4)))
    facts = {}
    listed = {}
    for _ in range(awarded_here):
        unit = rnd.choice(units)
        award = rnd.choices(range(len(AWARDS)), WEIGHTS)[0]
        kind = rnd.choices(range(3), [3, 6, 1])[0]
        women = kind == 1 and rnd.random() < 0.45
        direct = kind == 1 and rnd.random() < 0.3
        minority = kind == 1 and rnd.random() < 0.6
        for status in ["da_khen_thuong"] + (["khong_dat"] if rnd.random() < 0.1 else []) + \
                (["de_nghi"] if rnd.random() < 0.15 else []):
            c = facts.setdefault((unit, award, kind, status), [0, 0, 0, 0])
            c[0] += 1; c[1] += women; c[2] += direct; c[3] += minority
        name = (f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}" if kind == 1 else
                f"{'Hộ ông' if kind == 2 else 'Thôn'} {rnd.choice(PLACES)} {rnd.randint(1, 9)}")
        listed.setdefault((award, kind), []).append([
            name, "Nông dân thôn " + rnd.choice(PLACES) if kind == 1 else "", f"UBND {oname[5:]}",
            f"{rnd.randint(1, 999)}/QĐ-UBND", f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 10):02d}/2025",
            "Tích cực tham gia xây dựng nông thôn mới, hiến " + str(rnd.randint(50, 900)) + " m² đất làm đường"])
    rows = [["ma_phong_trao", "ma_cum", "ma_don_vi", "ma_hinh_thuc", "doi_tuong", "trang_thai", "so_luong", "nu",
             "lao_dong_truc_tiep", "dan_toc_thieu_so"]]
    for (unit, award, kind, status) in sorted(facts, key=lambda k: (units.index(k[0]), k[1], k[2], STATUSES.index(k[3]))):
        rows.append([oid + "-NTM", "C1", unit, AWARDS[award][0], KINDS[kind][0], status] + facts[(unit, award, kind, status)])
    write(os.path.join(folder, "so-lieu.csv"), rows)
    lst = [["STT", "Tên tập thể / Họ và tên", "Chức vụ, đơn vị công tác", "Đơn vị đề nghị", "Số quyết định",
            "Ngày quyết định", "Tóm tắt thành tích"]]
    numeral = 0
    for award in range(len(AWARDS)):
        groups = [(k, listed[(award, k)]) for k in (0, 2, 1) if (award, k) in listed]
        if not groups:
            continue
        numeral += 1
        lst.append([["I", "II", "III", "IV", "V"][numeral - 1], AWARDS[award][1]] + [""] * 5)
        for k, entries in groups:
            lst.append(["", f"{KINDS[k][1]}: {len(entries)}"] + [""] * 5)
            lst += [[i + 1] + e for i, e in enumerate(entries)]
    write(os.path.join(folder, "danh-sach.csv"), lst)
