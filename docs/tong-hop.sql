-- The roll-up's fact table (REPORTS.md "Roll-up") as one GROUP BY, for DuckDB.
-- It gives the rows of `thidua tong-hop --tables so-lieu`, in the same order.
--
--   {data}  the upper level's folder: cum_khoi.csv, don_vi.csv (snake_case headers, UTF-8)
--   {from}  what was received: {from}/<ma_phong_trao>/<ma_don_vi>/so-lieu.csv
--
-- scripts/tong-hop-duckdb.py fills the two in and runs it. Office folders are matched by
-- ma_don_vi here (the tool also accepts an office's name); every row of an office's file
-- counts for that office, whatever its own campaign, cluster and unit ids; the campaign is
-- the folder the office's folder sits in. The award order is the built-in catalogue's
-- (with a hinh_thuc.csv, rank its rows by thu_tu instead).
WITH
clusters AS (
  SELECT ma_cum, row_number() OVER () AS cluster_rank
  FROM read_csv('{data}/cum_khoi.csv', header = true, all_varchar = true)),
offices AS (
  SELECT ma_don_vi, ma_cum, row_number() OVER () AS unit_rank
  FROM read_csv('{data}/don_vi.csv', header = true, all_varchar = true)),
awards(ma_hinh_thuc, award_rank) AS (
  VALUES ('HCLD3', 1), ('BKTTG', 2), ('BKQH', 3), ('BKT', 4), ('GKH', 5), ('GKX', 6), ('GKCQ', 7)),
received AS (
  SELECT
    parse_path(filename)[-3] AS ma_phong_trao,
    parse_path(filename)[-2] AS office,
    ma_hinh_thuc, doi_tuong, trang_thai, so_luong, nu, lao_dong_truc_tiep, dan_toc_thieu_so
  FROM read_csv(
    '{from}/*/*/so-lieu.csv', header = true, filename = true,
    columns = {
      'ma_phong_trao': 'VARCHAR', 'ma_cum': 'VARCHAR', 'ma_don_vi': 'VARCHAR', 'ma_hinh_thuc': 'VARCHAR',
      'doi_tuong': 'VARCHAR', 'trang_thai': 'VARCHAR', 'so_luong': 'BIGINT', 'nu': 'BIGINT',
      'lao_dong_truc_tiep': 'BIGINT', 'dan_toc_thieu_so': 'BIGINT'}))
SELECT
  r.ma_phong_trao, o.ma_cum, o.ma_don_vi, r.ma_hinh_thuc, r.doi_tuong, r.trang_thai,
  sum(r.so_luong) AS so_luong, sum(r.nu) AS nu, sum(r.lao_dong_truc_tiep) AS lao_dong_truc_tiep,
  sum(r.dan_toc_thieu_so) AS dan_toc_thieu_so
FROM received r
JOIN offices o ON o.ma_don_vi = r.office
JOIN clusters c ON c.ma_cum = o.ma_cum
JOIN awards a ON a.ma_hinh_thuc = r.ma_hinh_thuc
GROUP BY r.ma_phong_trao, c.cluster_rank, o.unit_rank, o.ma_cum, o.ma_don_vi, a.award_rank, r.ma_hinh_thuc,
  r.doi_tuong, r.trang_thai
HAVING sum(r.so_luong) > 0
ORDER BY r.ma_phong_trao, c.cluster_rank, o.unit_rank, a.award_rank,
  list_position(['tap_the', 'ca_nhan', 'ho_gia_dinh'], r.doi_tuong),
  list_position(['de_nghi', 'dang_tham_dinh', 'da_khen_thuong', 'khong_dat'], r.trang_thai)
