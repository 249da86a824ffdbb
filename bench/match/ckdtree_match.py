"""What a Python user runs to match reaches to stations on Debian 12: read the two CSV files
with pandas, project the points to EPSG:5186 with GeoPandas, and ask SciPy's cKDTree for the
nearest station within the limit. Debian 12's GeoPandas cannot run sjoin_nearest (it needs
Shapely 2 or PyGEOS).

Usage: ckdtree_match.py STATIONS_CSV SURVEYS_CSV LIMIT_KM OUT_CSV [geopandas|pyproj]
With geopandas (the default) the points are projected with GeoDataFrame.to_crs, as GeoPandas'
documentation shows; with pyproj the coordinate arrays go straight to pyproj's Transformer,
the library to_crs calls, which skips building a Shapely point per row (Debian 12's GeoPandas
0.12 with Shapely 1.8 builds and projects one point at a time). Both give the same metres.
Writes one row per reach (reach, station, planar_m); station is empty where none is within
the limit. Prints the seconds of each step to stderr.
"""
import sys
import time

started = time.perf_counter()
import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pyproj  # noqa: E402
from scipy.spatial import cKDTree  # noqa: E402

steps = {"import": time.perf_counter() - started}


def step(name, since):
    now = time.perf_counter()
    steps[name] = now - since
    return now


def projected(frame, lon, lat, how):
    if how == "pyproj":
        to_plane = pyproj.Transformer.from_crs("EPSG:4326", "EPSG:5186", always_xy=True)
        return np.column_stack(to_plane.transform(frame[lon].to_numpy(), frame[lat].to_numpy()))
    points = gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame[lon], frame[lat]), crs="EPSG:4326")
    points = points.to_crs(epsg=5186)
    return np.column_stack([points.geometry.x.to_numpy(), points.geometry.y.to_numpy()])


def main():
    stations_csv, surveys_csv, limit_km, out_csv = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    how = sys.argv[5] if len(sys.argv) > 5 else "geopandas"
    t = time.perf_counter()
    stations = pd.read_csv(stations_csv, dtype={"code": str})
    reaches = pd.read_csv(surveys_csv, dtype={"분류코드": str})
    t = step("read", t)

    station_xy = projected(stations, "LON", "LAT", how)
    reach_xy = projected(reaches, "경도", "위도", how)
    t = step("project", t)

    tree = cKDTree(station_xy)
    distance, index = tree.query(reach_xy, k=1, distance_upper_bound=limit_km * 1000.0)
    t = step("query", t)

    found = np.isfinite(distance)
    codes = stations["code"].to_numpy()
    pd.DataFrame({
        "reach": reaches["분류코드"],
        "station": np.where(found, codes[np.minimum(index, len(codes) - 1)], ""),
        "planar_m": np.where(found, distance, np.nan),
    }).to_csv(out_csv, index=False)
    step("write", t)

    print(" ".join(f"{name}={seconds:.3f}" for name, seconds in steps.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
