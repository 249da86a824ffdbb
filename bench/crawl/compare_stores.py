#!/usr/bin/python3
"""Counts, and compares, the fish rows two fishdens stores hold.

A fishdens store is one SQLite file. A crawl of 어류 (fish) data fills two tables: `surveys`
(one row per reach, year and 회차 round: date, effort, gear, surveyed area) and `counts`
(one row per survey and species: the number of fish caught). This prints, tab-separated,
the rows of both tables in the first store and, when a second store is given, "yes" when
the two hold the same rows (ignoring which downloaded file and line each came from), else "no".

Usage: compare_stores.py STORE [OTHER_STORE]
"""

import sqlite3
import sys

QUERIES = {
    "surveys": "select network, reach_code, year, round, survey_date, effort_minutes, gear, area_m2 from surveys",
    "counts": "select network, reach_code, year, round, species_key, count from counts",
}


def rows(path):
    with sqlite3.connect(path) as db:
        return {table: sorted(db.execute(sql).fetchall(), key=repr) for table, sql in QUERIES.items()}


first = rows(sys.argv[1])
out = [str(sum(len(r) for r in first.values()))]
if len(sys.argv) > 2:
    out.append("yes" if rows(sys.argv[2]) == first else "no")
print("\t".join(out))
