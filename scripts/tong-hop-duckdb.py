#!/usr/bin/env python3
"""Runs docs/tong-hop.sql with DuckDB: the roll-up's fact table as one GROUP BY.

  scripts/tong-hop-duckdb.py --data UPPER_FOLDER --from RECEIVED --out so-lieu.csv [--campaign ID]

Writes the rows as `thidua tong-hop --tables so-lieu` writes them (a header, one row per
upper cluster, office, award, kind, status), all campaigns in one file unless --campaign
picks one. Needs the `duckdb` package (pip install duckdb)."""
import argparse
import csv
import os

import duckdb

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser()
p.add_argument("--data", required=True)
p.add_argument("--from", dest="received", required=True)
p.add_argument("--out", required=True)
p.add_argument("--campaign")
a = p.parse_args()

with open(os.path.join(here, "..", "docs", "tong-hop.sql"), encoding="utf-8") as f:
    sql = f.read()
quote = lambda s: os.path.abspath(s).replace("'", "''")
sql = sql.replace("{data}", quote(a.data)).replace("{from}", quote(a.received))
con = duckdb.connect()
rows = con.execute(sql).fetchall()
header = [d[0] for d in con.description]
with open(a.out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        if a.campaign is None or r[0] == a.campaign:
            w.writerow(r)
