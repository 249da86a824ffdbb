"""What a Python user would run: pandas read_csv of the two Geum exports, then to_sql into SQLite."""
import sqlite3
import sys
import time

import pandas as pd

db, files = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
connection = sqlite3.connect(db)
cells = 0

for path in files:
    # The exports are CP949 with every field quoted; keep codes as text so leading zeros survive.
    frame = pd.read_csv(path, encoding="cp949", dtype=str)
    cells += int(frame.iloc[:, 7:].notna().sum().sum())
    frame.to_sql("samples", connection, if_exists="append", index=False)

connection.commit()
connection.close()
print(f"pandas\t{time.perf_counter() - start:.3f}\t{cells}")
