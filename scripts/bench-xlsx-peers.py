#!/usr/bin/env python3
"""The workbook row's peers of `make bench` (scripts/bench.sh), on the 1M de_nghi.xlsx:

    bench-xlsx-peers.py calamine FILE
        python-calamine reading the sheet into rows (Python lists): the bare read.
    bench-xlsx-peers.py polars --data DIR --campaign ID --as-of YYYY-MM-DD --out DIR
        polars.read_excel (calamine engine) of DIR/de_nghi.xlsx, then the fact table's
        group-by exactly as ../shared/bench/peer_polars.py --only-facts does it.
"""
import datetime, os, sys

if sys.argv[1] == "calamine":
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(sys.argv[2]).get_sheet_by_index(0).to_python()
    print(len(rows))
    sys.exit()

import polars as pl
SHARED = os.environ.get("SHARED_BENCH", os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench"))
sys.path.insert(0, SHARED)
sys.argv = sys.argv[1:]
from peer_common import *  # noqa: E402,F403

a, clock = args(), Clock()
roster = Roster(a.data, a.campaign)
d = pl.read_excel(os.path.join(a.data, "de_nghi.xlsx"), engine="calamine", infer_schema_length=0).select(FACT_ONLY_COLUMNS)


def day(c):
    # Date cells come as dates or as their text; dd/mm/yyyy text as typed.
    col = pl.col(c)
    return pl.coalesce(col.str.to_date("%Y-%m-%d", strict=False), col.str.to_date("%d/%m/%Y", strict=False),
                       col.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False))


d = d.with_columns(pl.all().fill_null("")).filter((pl.col("ma_phong_trao") == a.campaign) & (day("ngay_de_nghi") <= a.as_of))
clock("read")


def fold_col(c):
    return pl.col(c).replace_strict({v: fold(v) for v in d[c].unique()})


status = fold_col("trang_thai")
decided = day("ngay_quyet_dinh")
ind = fold_col("doi_tuong") == "ca_nhan"
d = d.with_columns(
    kind=fold_col("doi_tuong"),
    status=pl.when((status == "da_khen_thuong") & (decided > a.as_of)).then(pl.lit("dang_tham_dinh")).otherwise(status),
    nu=(ind & (fold_col("gioi_tinh") == "nu")).cast(pl.Int64),
    ldtt=(ind & fold_col("lao_dong_truc_tiep").is_in(list(YES))).cast(pl.Int64),
    dtts=(ind & (pl.col("dan_toc") != "") & (fold_col("dan_toc") != "kinh")).cast(pl.Int64))
rank = lambda c, order: pl.col(c).replace_strict(order, return_dtype=pl.Int32)
f = (d.group_by("ma_don_vi", "ma_hinh_thuc", "kind", "status")
     .agg(so_luong=pl.len(), nu=pl.col("nu").sum(), lao_dong_truc_tiep=pl.col("ldtt").sum(),
          dan_toc_thieu_so=pl.col("dtts").sum())
     .sort(rank("ma_don_vi", roster.rank), rank("ma_hinh_thuc", AWARD_RANK),
           rank("kind", {k: i for i, k in enumerate(KINDS)}), rank("status", {s: i for i, s in enumerate(STATUSES)}))
     .with_columns(ma_phong_trao=pl.lit(a.campaign), ma_cum=pl.col("ma_don_vi").replace_strict(roster.cluster_of))
     .rename({"kind": "doi_tuong", "status": "trang_thai"})
     .select(FACT_COLUMNS))
f.write_csv(os.path.join(a.dir, "so-lieu.csv"), include_bom=True, line_terminator="\r\n")
clock("facts")
clock.done()
