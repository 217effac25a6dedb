#!/usr/bin/env python3
"""Writes the lists fixture (issue 17): a data folder whose nominations of PT1 come
partly from de_nghi.csv and partly from lists sent by units, in every shape DATA.md
"Lists sent by units" allows. Run from this folder: python3 generate.py
The workbooks are written with openpyxl; everything else with the standard library.
Expected figures are in ListsFixtureTests.swift, computed by hand from these rows."""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

FILES = {
    "phong_trao.csv": """ma_phong_trao,ten_phong_trao,ngay_bat_dau,ngay_ket_thuc,han_de_nghi
PT1,Phong trào thi đua chuyên đề năm 2025,01/01/2025,30/11/2025,15/06/2025
PT2,Đợt thi đua thứ hai,01/01/2025,31/12/2025,
""",
    "cum_khoi.csv": """ma_cum,ten_cum,loai
C1,Cụm các xã,cụm
C2,Khối cơ quan,khối
""",
    "don_vi.csv": """ma_don_vi,ten_don_vi,ma_cum,loai_don_vi,cap
X1,UBND xã Tri Lễ,C1,xã,xã
X2,UBND xã Hữu Lễ,C1,xã,xã
X3,UBND xã Tân Đoàn,C1,xã,xã
X4,UBND xã Điềm He,C1,xã,xã
CQ1,Phòng Nội vụ,C2,cơ quan,huyện
CQ2,Phòng Giáo dục và Đào tạo,C2,cơ quan,huyện
""",
    # X4 nominates here (counted), CQ2 only after the as-of date (so it is reminded).
    "de_nghi.csv": """ma_de_nghi,ma_phong_trao,ma_don_vi,doi_tuong,ten,chuc_vu,gioi_tinh,dan_toc,lao_dong_truc_tiep,ma_hinh_thuc,trang_thai,ngay_de_nghi,so_quyet_dinh,ngay_quyet_dinh,thanh_tich
N1,PT1,X4,cá nhân,Hà Văn Sơn,Trưởng thôn,Nam,Tày,x,GKH,đã khen thưởng,05/03/2025,20/QĐ-UBND,15/04/2025,Vận động hiến đất
N2,PT1,X4,tập thể,Thôn Khòn Khuyên,,,,,GKH,đề nghị,05/03/2025,,,
N3,PT1,CQ2,cá nhân,Đinh Thị Lan,Giáo viên,Nữ,Kinh,,GKH,đề nghị,20/11/2025,,,
N4,PT2,X1,cá nhân,Vi Văn Páo,Nông dân,Nam,Dao,x,GKX,đã khen thưởng,15/04/2025,5/QĐ-UBND,20/04/2025,Trồng rừng
""",
    # The receipt register: X1 by id, CQ1 by name; CQ1's letter came after the deadline.
    "de_nghi/PT1/tiep_nhan.csv": """ma_don_vi,ten_don_vi,ngay_nhan,so_van_ban
X1,,10/05/2025,15/TTr-UBND
,Phòng Nội vụ,20/06/2025,08/TTr-PNV
""",
    # X1 by its name: title rows, a column-number row, headings (one in the STT cell, one
    # split as numeral | text), awards by name, no id, kind, status or date, a foot.
    "de_nghi/PT1/UBND xã Tri Lễ.csv": """DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG,,,,,,
(Kèm theo Tờ trình số 15/TTr-UBND ngày 10/5/2025 của UBND xã Tri Lễ),,,,,,
,,,,,,
STT,Họ và tên,"Chức vụ, đơn vị công tác",Nữ,Dân tộc,Hình thức khen thưởng,Tóm tắt thành tích
(1),(2),(3),(4),(5),(6),(7)
I. TẬP THỂ,,,,,,
1,Thôn Nà Pàn,,,,Giấy khen của Chủ tịch UBND huyện,Thôn văn hóa tiêu biểu
2,Hội Phụ nữ xã,,,,GKH,Hoàn thành xuất sắc nhiệm vụ
II,CÁ NHÂN,,,,,
1,Nông Thị Ánh,"Nông dân, thôn Nà Pàn",x,Tày,Giấy khen của Chủ tịch UBND huyện,Hiến 500 m2 đất làm đường
2,Hoàng Văn Bình,Trưởng thôn Bản Làn,,Kinh,Bằng khen của Chủ tịch UBND tỉnh,Tích cực vận động
3,Lý Thị Mai,"Hội viên, thôn Pò Mới",x,Nùng,giấy khen của chủ tịch ubnd huyện,Nuôi dạy con tốt
,,,,,,
,Người lập biểu,,,,TM. ỦY BAN NHÂN DÂN,
,Lê Thị Hoa,,,,Hoàng Văn Nam,
""",
    # X2 by its id, semicolons: provincial codes for kinds and statuses, ids, dates,
    # award codes, decisions; no headings.
    "de_nghi/PT1/X2.csv": """Mã đề nghị;Đối tượng;Họ và tên;Chức vụ;Giới tính;Dân tộc;LĐTT;Mã hình thức khen thưởng;Trạng thái;Ngày đề nghị;Số QĐ;Ngày QĐ;Thành tích
HL-01;TAPTHE;Thôn Còn Quyền;;;;;GKH;DA_KHEN_THUONG;20/04/2025;35/QĐ-UBND;30/05/2025;Thôn nông thôn mới kiểu mẫu
HL-02;CANHAN;Lương Văn Tú;Nông dân;NAM;Tày;x;GKH;DAKHENTHUONG;20/04/2025;35/QĐ-UBND;30/05/2025;Làm kinh tế giỏi
HL-03;CANHAN;Nông Thị Ánh;Hội viên;NU;Tày;;BKT;DANGTHAMDINH;22/04/2025;;;Trùng tên với người của xã Tri Lễ
HL-04;HOGIADINH;Hộ ông Vi Văn Thắng;;;Nùng;;GKX;DENGHI;25/04/2025;;;Hộ sản xuất giỏi
""",
}


def cq1_workbook(path, broken=False):
    """CQ1's list as a workbook, named by the unit's name in capitals: a letterhead and a
    merged title above the header, a column-number row, a heading merged across the table
    ("A. TẬP THỂ", row 6) and one typed in the STT cell alone ("B. Cá nhân: 2", row 8), a
    status column partly blank, no ids and no dates (the receipt's, after the deadline),
    a foot, and a second sheet of code lists (so cells are named with their sheet)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "DANHSACH"
    ws["A1"] = "PHÒNG NỘI VỤ"
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"] = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["TT", "Tên tập thể / Họ và tên", "Chức vụ", "Hình thức", "Trạng thái"])  # row 4
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)"])
    ws.append(["A. TẬP THỂ"])  # row 6, merged below
    ws.merge_cells("A6:E6")
    # broken (the error fixture): a collective under the individuals' heading, an award
    # name the catalogue does not have.
    ws.append([1, "Tổ Thi đua - Khen thưởng", None, "GKH"])  # row 7
    ws.append(["B. Cá nhân: 2"])  # row 8
    ws.append([1, "Trần Thị Hoa", "Chuyên viên", "Giấy khen của Chủ tịch UBND huyện", "đã khen thưởng"])  # row 9
    ws.append([2, "Lê Văn Nam", "Chuyên viên", "Bằng khen của Bộ trưởng" if broken else "GKH"])  # row 10
    if broken:
        ws["F4"] = "Đối tượng"
        ws["F9"] = "Tập thể"
    ws.append([])
    ws.append([None, "Người lập biểu", None, "TRƯỞNG PHÒNG"])  # row 12
    codes = wb.create_sheet("DANHMUC")
    for row in [("Mã", "Hình thức khen thưởng"), ("GKH", "Giấy khen của Chủ tịch UBND huyện"),
                ("BKT", "Bằng khen của Chủ tịch UBND tỉnh")]:
        codes.append(row)
    codes.sheet_state = "hidden"
    wb.save(path)


def main():
    if os.path.exists(DATA):
        shutil.rmtree(DATA)
    for rel, text in FILES.items():
        path = os.path.join(DATA, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    cq1_workbook(os.path.join(DATA, "de_nghi", "PT1", "PHÒNG NỘI VỤ.xlsx"))
    os.makedirs(os.path.join(HERE, "errors"), exist_ok=True)
    cq1_workbook(os.path.join(HERE, "errors", "PHÒNG NỘI VỤ.xlsx"), broken=True)


if __name__ == "__main__":
    main()
