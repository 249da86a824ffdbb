"""Writes the match benchmark's input: stations, their monthly water samples and fish surveys
over South Korea, from a fixed seed, in the layouts `fishdens import` reads.

Usage: generate.py OUT_DIR [reaches] [stations] [seed]

- stations.csv      station list (code, name, LAT, LON in decimal degrees)
- water-quality.csv 수질측정망 long export: every station sampled once a month in 2023
- fish-survey.csv   어류 현지조사: one survey per reach, dated April to November 2023

Stations lie partly in clusters (as along rivers and around cities) and partly scattered;
reaches half near clusters and half scattered, so some are far from every station and stay
unmatched. Every station has a sample in every month, so the 60-day window before any survey
holds a sample and the nearest station is always the one used.
"""
import csv
import sys
from datetime import date, timedelta

import numpy as np

# Mainland South Korea and Jeju, as boxes of (west, east, south, north) degrees.
MAINLAND = (126.1, 129.4, 34.4, 38.3)
JEJU = (126.15, 126.95, 33.2, 33.55)
KM_PER_DEGREE_LAT = 111.0


def scattered(rng, count):
    on_jeju = rng.random(count) < 0.03
    lon = np.where(on_jeju, rng.uniform(JEJU[0], JEJU[1], count), rng.uniform(MAINLAND[0], MAINLAND[1], count))
    lat = np.where(on_jeju, rng.uniform(JEJU[2], JEJU[3], count), rng.uniform(MAINLAND[2], MAINLAND[3], count))
    return lon, lat


def clustered(rng, count, centres_lon, centres_lat, sigma_km):
    which = rng.integers(0, len(centres_lon), count)
    lat = centres_lat[which] + rng.normal(0, sigma_km / KM_PER_DEGREE_LAT, count)
    lon = centres_lon[which] + rng.normal(0, sigma_km / (KM_PER_DEGREE_LAT * np.cos(np.radians(lat))), count)
    return lon, lat


def points(rng, count, share_clustered, centres, sigma_km):
    near = int(count * share_clustered)
    lon_c, lat_c = clustered(rng, near, centres[0], centres[1], sigma_km)
    lon_s, lat_s = scattered(rng, count - near)
    lon, lat = np.concatenate([lon_c, lon_s]), np.concatenate([lat_c, lat_s])
    order = rng.permutation(count)
    return np.round(lon[order], 6), np.round(lat[order], 6)


def write_stations(path, codes, lon, lat):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["code", "name", "LAT", "LON"])
        for code, y, x in zip(codes, lat, lon):
            out.writerow([code, "측정소" + code[1:], f"{y:.6f}", f"{x:.6f}"])


def write_samples(path, rng, codes):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["분류번호", "측정소명", "년/월/일", "회차", "DO(㎎/L)", "BOD(㎎/L)", "TN(㎎/L)", "TP(㎎/L)"])
        for code in codes:
            days = rng.integers(1, 11, 12)
            do, bod = rng.normal(10, 2, 12), rng.lognormal(0.3, 0.6, 12)
            tn, tp = rng.lognormal(0.8, 0.5, 12), rng.lognormal(-3.5, 0.8, 12)
            for month in range(12):
                day = date(2023, month + 1, int(days[month]))
                out.writerow([
                    code, "측정소" + code[1:], day.strftime("%Y/%m/%d"), "1회차",
                    f"{max(do[month], 0.5):.1f}", f"{bod[month]:.1f}", f"{tn[month]:.3f}", f"{tp[month]:.3f}",
                ])


def write_surveys(path, rng, lon, lat):
    first = date(2023, 4, 1)
    offsets = rng.integers(0, (date(2023, 11, 30) - first).days + 1, len(lon))
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["년도", "회차", "분류코드", "조사구간명", "조사일", "위도", "경도"])
        for i, (x, y, offset) in enumerate(zip(lon, lat, offsets)):
            day = first + timedelta(days=int(offset))
            code = f"F{i + 1:06d}"
            out.writerow([2023, 1 if day.month < 7 else 2, code, "조사구간" + code[1:], day.strftime("%y%m%d"),
                          f"{y:.6f}", f"{x:.6f}"])


def main():
    out_dir = sys.argv[1]
    reaches = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    stations = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000
    rng = np.random.default_rng(int(sys.argv[4]) if len(sys.argv) > 4 else 20231)

    centres = scattered(rng, 300)
    s_lon, s_lat = points(rng, stations, 0.7, centres, 8.0)
    r_lon, r_lat = points(rng, reaches, 0.5, centres, 10.0)
    codes = [f"W{i + 1:06d}" for i in range(stations)]

    write_stations(f"{out_dir}/stations.csv", codes, s_lon, s_lat)
    write_samples(f"{out_dir}/water-quality.csv", rng, codes)
    write_surveys(f"{out_dir}/fish-survey.csv", rng, r_lon, r_lat)


if __name__ == "__main__":
    main()
