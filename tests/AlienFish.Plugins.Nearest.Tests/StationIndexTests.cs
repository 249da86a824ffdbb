using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

/// <summary>
/// The station index against measuring every station on the ground: random stations and
/// reaches over Korea from a fixed seed, limits that put a station exactly on the limit,
/// co-located and equally distant stations, and reaches far from every station.
/// </summary>
public sealed class StationIndexTests
{
    private const double LimitMetres = 5_000.0;

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Should_find_the_stations_a_full_scan_finds_in_the_same_order_When_reaches_are_random(int seed)
    {
        var random = new Random(seed);
        var stations = RandomStations(random, 1_500);
        var index = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres);

        for (var query = 0; query < 300; query++)
        {
            var reach = RandomPoint(random);
            var limit = query % 3 == 0 ? LimitFromAStation(random, stations, reach) : LimitMetres;

            Assert.Equal(FullScanWithin(stations, reach, limit), index.WithinRange(reach, limit));
        }
    }

    [Fact]
    public void Should_measure_on_the_epsg_5186_plane_when_asked_and_on_the_ground_otherwise()
    {
        // Given a station in eastern Korea and a reach 4,999.000 m east of it on the ground,
        // which is 5,001.713 m on the EPSG:5186 plane (both from pyproj 3.4: Geod(ellps='GRS80')
        // fwd/inv, and Transformer EPSG:4326 -> EPSG:5186)
        Station[] stations = [Station("EAST", 36.0, 129.3)];
        var reach = new GeoPoint(35.99998718737633, 129.35544360020833);
        var ground = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres);
        var plane = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres, DistanceKind.Plane);

        // Then on the ground the station is within 5 km, on the plane it is not
        Assert.Equal(4_999.0, Assert.Single(ground.WithinRange(reach, LimitMetres)).Metres, 0.001);
        Assert.Empty(plane.WithinRange(reach, LimitMetres));
        Assert.Equal(5_001.713, plane.Nearest(reach)!.Value.Metres, 0.001);
        Assert.Equal(5_001.713, Assert.Single(plane.WithinRange(reach, 5_002.0)).Metres, 0.001);
    }

    [Fact]
    public void Should_include_a_station_exactly_on_the_limit_and_leave_out_one_just_beyond_it()
    {
        var reach = new GeoPoint(36.5, 127.8);
        Station[] stations =
        [
            Station("ON", 36.5 - 0.045, 127.8),
            Station("BEYOND", 36.5 + 0.045, 127.8),
        ];
        var index = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres);
        var limit = Geodesic.DistanceMetres(reach, stations[0].Location!.Value);

        var found = index.WithinRange(reach, limit);

        // A degree of the meridian is longer farther north, so BEYOND is the farther one.
        Assert.True(Geodesic.DistanceMetres(reach, stations[1].Location!.Value) > limit);
        Assert.Equal(["ON"], found.Select(s => s.Station.Code));
    }

    [Fact]
    public void Should_order_tied_stations_by_code_When_they_share_a_position_or_a_distance()
    {
        var reach = new GeoPoint(35.2, 128.9);
        Station[] stations =
        [
            Station("C", 35.2, 128.93),
            Station("A", 35.2, 128.87),
            Station("B", 35.2, 128.93),
            Station("D", 35.24, 128.9),
        ];
        var index = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres);

        var found = index.WithinRange(reach, LimitMetres);

        // A lies due west as far as B and C lie due east; B and C share one position.
        Assert.Equal(["A", "B", "C", "D"], found.Select(s => s.Station.Code));
        Assert.Equal(found[0].Metres, found[1].Metres, 0.001);
        Assert.Equal(found[1].Metres, found[2].Metres);
        Assert.Equal("A", index.Nearest(reach)!.Value.Station.Code);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Should_name_the_nearest_station_a_full_scan_names_When_reaches_are_anywhere(int seed)
    {
        var random = new Random(seed);
        var stations = RandomStations(random, 1_000)
            .Append(Station("JAPAN1", 35.0, 136.0))
            .Append(Station("PACIFIC1", 20.0, 160.0))
            .ToList();
        var index = new StationIndex(stations, new KoreaCentralBelt(), LimitMetres);

        for (var query = 0; query < 200; query++)
        {
            var reach = query % 4 == 0 ? FarPoint(random) : RandomPoint(random);

            Assert.Equal(FullScanNearest(stations, reach), index.Nearest(reach));
        }
    }

    [Fact]
    public void Should_find_nothing_When_no_station_is_indexed()
    {
        var index = new StationIndex([], new KoreaCentralBelt(), LimitMetres);

        Assert.Empty(index.WithinRange(new GeoPoint(36.0, 127.0), LimitMetres));
        Assert.Null(index.Nearest(new GeoPoint(36.0, 127.0)));
    }

    /// <summary>Stations over South Korea, a third of them in three dense clusters, some co-located.</summary>
    private static List<Station> RandomStations(Random random, int count)
    {
        (double Lat, double Lon)[] clusters = [(37.55, 126.98), (35.87, 128.6), (36.35, 127.38)];
        var stations = new List<Station>();

        for (var i = 0; i < count; i++)
        {
            var (lat, lon) = i % 3 == 0
                ? Near(random, clusters[random.Next(clusters.Length)], 0.05)
                : (random.NextDouble() * 4.0 + 34.3, random.NextDouble() * 3.4 + 126.0);

            stations.Add(Station($"S{i:D5}", lat, lon));
        }

        for (var i = 0; i < 10; i++)
        {
            var twin = stations[i].Location!.Value;

            stations.Add(Station($"T{i:D5}", twin.Latitude, twin.Longitude));
        }

        return stations;
    }

    private static GeoPoint RandomPoint(Random random) =>
        new(random.NextDouble() * 4.4 + 34.1, random.NextDouble() * 3.8 + 125.8);

    /// <summary>Out at sea, in Japan, or across the Pacific, beyond the plane's belt.</summary>
    private static GeoPoint FarPoint(Random random) =>
        new(random.NextDouble() * 40.0 + 10.0, random.NextDouble() * 60.0 + 110.0);

    private static (double Lat, double Lon) Near(Random random, (double Lat, double Lon) centre, double spread) =>
        (centre.Lat + ((random.NextDouble() - 0.5) * spread), centre.Lon + ((random.NextDouble() - 0.5) * spread));

    /// <summary>The ground distance to a random nearby station, so that station lies on the limit.</summary>
    private static double LimitFromAStation(Random random, List<Station> stations, GeoPoint reach)
    {
        var near = stations
            .Select(s => Geodesic.DistanceMetres(reach, s.Location!.Value))
            .Where(m => m <= 2 * LimitMetres)
            .ToList();

        return near.Count == 0 ? LimitMetres : near[random.Next(near.Count)];
    }

    private static List<StationDistance> FullScanWithin(List<Station> stations, GeoPoint reach, double limit)
    {
        var all = stations
            .Select(s => new StationDistance(s, Geodesic.DistanceMetres(reach, s.Location!.Value)))
            .Where(d => d.Metres <= limit)
            .ToList();

        all.Sort(StationDistance.Compare);

        return all;
    }

    private static StationDistance? FullScanNearest(List<Station> stations, GeoPoint reach)
    {
        var all = stations
            .Select(s => new StationDistance(s, Geodesic.DistanceMetres(reach, s.Location!.Value)))
            .ToList();

        all.Sort(StationDistance.Compare);

        return all[0];
    }

    private static Station Station(string code, double latitude, double longitude) =>
        new(Networks.WaterQuality, code, "station " + code, new GeoPoint(latitude, longitude));
}
