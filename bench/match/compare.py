"""Compares the nearest station fishdens stored for each reach with the one cKDTree found.

Usage: compare.py STORE_DB CKDTREE_CSV STATIONS_CSV SURVEYS_CSV LIMIT_KM

fishdens measures the ground distance on the GRS80 ellipsoid; cKDTree the straight line on
the EPSG:5186 plane, which the projection stretches by up to a few metres in 5 km in the east
of Korea. Every reach where the two disagree is listed with both distances to both stations,
the ground ones worked out here with pyproj's geodesic (Karney's algorithm), independently of
fishdens.
"""
import sqlite3
import sys

import numpy as np
import pandas as pd
import pyproj


def main():
    store, ckdtree_csv, stations_csv, surveys_csv, limit_km = sys.argv[1:6]
    limit = float(limit_km) * 1000.0
    db = sqlite3.connect(store)
    run = db.execute("SELECT MAX(id) FROM match_runs").fetchone()[0]
    ours = dict(db.execute("SELECT reach_code, station_code FROM matches WHERE run_id = ?", (run,)).fetchall())
    our_metres = dict(db.execute("SELECT reach_code, distance_m FROM matches WHERE run_id = ?", (run,)).fetchall())
    reasons = dict(db.execute("SELECT reach_code, reason FROM unmatched WHERE run_id = ?", (run,)).fetchall())

    theirs = pd.read_csv(ckdtree_csv, dtype={"reach": str, "station": str}, keep_default_na=False)
    stations = pd.read_csv(stations_csv, dtype={"code": str}).set_index("code")
    reaches = pd.read_csv(surveys_csv, dtype={"분류코드": str}).set_index("분류코드")
    geod = pyproj.Geod(ellps="GRS80")
    to_plane = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:5186", always_xy=True)

    def ground(reach, station):
        r, s = reaches.loc[reach], stations.loc[station]
        return geod.inv(r["경도"], r["위도"], s["LON"], s["LAT"])[2]

    def plane(reach, station):
        r, s = reaches.loc[reach], stations.loc[station]
        rx, ry = to_plane.transform(r["경도"], r["위도"])
        sx, sy = to_plane.transform(s["LON"], s["LAT"])
        return float(np.hypot(rx - sx, ry - sy))

    same = both_unmatched = 0
    differences = []
    for reach, station in zip(theirs["reach"], theirs["station"]):
        mine = ours.get(reach)
        if mine is None and station == "":
            both_unmatched += 1
        elif mine == station:
            same += 1
        else:
            differences.append((reach, mine, station))

    print(f"reaches\t{len(theirs)}")
    print(f"fishdens matched\t{len(ours)}\tunmatched\t{len(reasons)}")
    print(f"cKDTree matched\t{(theirs['station'] != '').sum()}\tunmatched\t{(theirs['station'] == '').sum()}")
    print(f"same nearest station\t{same}")
    print(f"unmatched by both\t{both_unmatched}")
    print(f"different\t{len(differences)}")

    for reach, mine, station in differences:
        if mine is None:
            what = f"cKDTree only: {station} plane {plane(reach, station):.3f} m, ground {ground(reach, station):.3f} m"
            what += f"; fishdens: {reasons.get(reach)}"
        elif station == "":
            what = f"fishdens only: {mine} ground {ground(reach, mine):.3f} m, plane {plane(reach, mine):.3f} m"
        else:
            what = (f"fishdens {mine} ground {ground(reach, mine):.3f} plane {plane(reach, mine):.3f}; "
                    f"cKDTree {station} ground {ground(reach, station):.3f} plane {plane(reach, station):.3f}")
        print(f"  {reach}: {what} (limit {limit:.0f} m)")

    sample = list(our_metres.items())[:: max(1, len(our_metres) // 2000)]
    worst = max(abs(metres - ground(reach, ours[reach])) for reach, metres in sample)
    print(f"fishdens distance against pyproj's geodesic, {len(sample)} matches: largest difference {worst * 1000:.3f} mm")


if __name__ == "__main__":
    main()
