#!/bin/sh
# Remakes the GeoJSON and GeoPackage fixtures of this folder from its CSV files with GDAL's
# ogr2ogr (Debian's gdal-bin; GDAL 3.6.2 made the committed ones), independently of fishdens.
set -e
cd "$(dirname "$0")"
rm -f ./*.geojson ./*.gpkg

points="-oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO"
small="-lco SPATIAL_INDEX=NO"

ogr2ogr -f GeoJSON stations_wgs84.geojson stations.csv $points -a_srs EPSG:4326 -nln stations
ogr2ogr -f GeoJSON stations_5186.geojson stations.csv $points -s_srs EPSG:4326 -t_srs EPSG:5186 -nln stations
ogr2ogr -f GPKG stations_5174.gpkg stations.csv $points -s_srs EPSG:4326 -t_srs EPSG:5174 -nln stations $small
ogr2ogr -f GPKG reaches_5179.gpkg reaches.csv $points -s_srs EPSG:4326 -t_srs EPSG:5179 -nln reaches $small
ogr2ogr -f GPKG web_mercator.gpkg stations.csv $points -s_srs EPSG:4326 -t_srs EPSG:3857 -nln stations $small
ogr2ogr -f GPKG problems.gpkg problems.csv -oo GEOM_POSSIBLE_NAMES=wkt -oo KEEP_GEOM_COLUMNS=NO \
    -a_srs EPSG:4326 -nlt GEOMETRY -nln problems $small
