using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest.Tests;

public sealed class NearestMatcherDistanceTests
{
    /// <summary>Stations in five corners of Korea, two near each survey reach below.</summary>
    private static readonly Station[] Korea =
    [
        Fixtures.Station("1018A10", "POINT (127.02 37.59)"),
        Fixtures.Station("1018A20", "POINT (126.95 37.55)"),
        Fixtures.Station("3008A30", "POINT (127.13 36.52)"),
        Fixtures.Station("3008A50", "POINT (127.08 36.49)"),
        Fixtures.Station("2201A10", "POINT (129.40 36.04)"),
        Fixtures.Station("2201A20", "POINT (129.33 36.05)"),
        Fixtures.Station("5101A10", "POINT (126.56 33.48)"),
        Fixtures.Station("4003A10", "POINT (126.41 34.82)"),
    ];

    [Theory]
    [InlineData("POINT (126.98 37.57)", "1018A20", "POINT (126.95 37.55)")]
    [InlineData("POINT (127.1 36.5)", "3008A50", "POINT (127.08 36.49)")]
    [InlineData("POINT (129.36 36.02)", "2201A10", "POINT (129.40 36.04)")]
    [InlineData("POINT (126.53 33.5)", "5101A10", "POINT (126.56 33.48)")]
    [InlineData("POINT (126.39 34.8)", "4003A10", "POINT (126.41 34.82)")]
    public void Should_give_the_nearest_station_at_its_ground_distance_When_several_are_in_range(
        string reach,
        string expectedCode,
        string expectedStation)
    {
        var surveys = new[] { Fixtures.Survey("R1", reach) };

        var result = Fixtures.Match(surveys, Korea, Fixtures.OneSampleEach(Korea));

        var match = Assert.Single(result.Matches);
        var expectedMetres = GroundReference.ShortDistanceMetres(
            Fixtures.Point(reach)!.Value,
            Fixtures.Point(expectedStation)!.Value);

        Assert.Equal(expectedCode, match.Station.Code);
        Assert.Equal(expectedMetres, match.DistanceMetres, GroundReference.ToleranceMetres);
    }

    [Fact]
    public void Should_measure_on_the_ground_not_on_the_plane_When_far_east_of_the_central_meridian()
    {
        var reach = Fixtures.Point("POINT (129.36 36.02)")!.Value;
        var station = Fixtures.Point("POINT (129.40 36.04)")!.Value;
        var projection = new KoreaCentralBelt();
        var planeMetres = projection.Project(reach).Distance(projection.Project(station));
        var groundMetres = GroundReference.ShortDistanceMetres(reach, station);

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (129.36 36.02)")],
            Korea,
            Fixtures.OneSampleEach(Korea));

        // The projection stretches this line by about 2.3 m; the matcher must not report that.
        var match = Assert.Single(result.Matches);

        Assert.True(planeMetres - groundMetres > 2.0, $"plane {planeMetres}, ground {groundMetres}");
        Assert.Equal(groundMetres, match.DistanceMetres, GroundReference.ToleranceMetres);
    }

    [Fact]
    public void Should_match_When_the_station_is_just_inside_the_limit()
    {
        var station = Fixtures.Station("3009A10", "POINT (127.1 36.545)");
        var expectedMetres = GroundReference.ShortDistanceMetres(
            Fixtures.Point("POINT (127.1 36.5)")!.Value,
            station.Location!.Value);

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            [station],
            Fixtures.OneSampleEach(station));

        var match = Assert.Single(result.Matches);

        Assert.InRange(expectedMetres, 4_990.0, 4_999.0);
        Assert.Equal(expectedMetres, match.DistanceMetres, GroundReference.ToleranceMetres);
    }

    [Fact]
    public void Should_leave_unmatched_When_the_only_station_is_just_outside_the_limit()
    {
        var station = Fixtures.Station("3009A20", "POINT (127.1 36.5451)");
        var groundMetres = GroundReference.ShortDistanceMetres(
            Fixtures.Point("POINT (127.1 36.5)")!.Value,
            station.Location!.Value);

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            [station],
            Fixtures.OneSampleEach(station));

        Assert.InRange(groundMetres, 5_004.5, 5_005.0);
        Assert.Empty(result.Matches);
        Assert.Equal(
            "nearest station 3009A20 is 5.005 km away, beyond the 5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_reach_farther_When_max_distance_is_set()
    {
        var station = Fixtures.Station("3009A20", "POINT (127.1 36.5451)");

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            [station],
            Fixtures.OneSampleEach(station),
            ("max-distance-km", "5.01"));

        Assert.Equal("3009A20", Assert.Single(result.Matches).Station.Code);
    }

    [Fact]
    public void Should_take_the_lower_code_When_two_stations_share_a_point()
    {
        Station[] stations =
        [
            Fixtures.Station("3009B20", "POINT (127.12 36.5)"),
            Fixtures.Station("3009A10", "POINT (127.12 36.5)"),
        ];

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            stations,
            Fixtures.OneSampleEach(stations));

        Assert.Equal("3009A10", Assert.Single(result.Matches).Station.Code);
    }

    [Theory]
    [InlineData("POINT (127.08 36.5)", "POINT (127.12 36.5)")]
    [InlineData("POINT (127.12 36.5)", "POINT (127.08 36.5)")]
    public void Should_take_the_lower_code_When_two_stations_lie_equally_far_on_either_side(
        string lowerCodePoint,
        string higherCodePoint)
    {
        Station[] stations =
        [
            Fixtures.Station("3009B20", higherCodePoint),
            Fixtures.Station("3009A10", lowerCodePoint),
        ];

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            stations,
            Fixtures.OneSampleEach(stations));

        Assert.Equal("3009A10", Assert.Single(result.Matches).Station.Code);
    }

    [Fact]
    public void Should_find_stations_far_outside_Korea_When_they_are_nearest()
    {
        // Off the projection's belt: Osaka Bay, and a station on the other side of the world.
        Station[] stations =
        [
            Fixtures.Station("OSAKA1", "POINT (135.23 34.61)"),
            Fixtures.Station("BA1", "POINT (-58.4 -34.6)"),
            .. Korea,
        ];
        SurveyToMatch[] surveys =
        [
            Fixtures.Survey("OS", "POINT (135.2 34.6)"),
            Fixtures.Survey("BA", "POINT (-58.42 -34.61)"),
            Fixtures.Survey("GE", "POINT (127.1 36.5)"),
        ];

        var result = Fixtures.Match(surveys, stations, Fixtures.OneSampleEach(stations));

        var osaka = GroundReference.ShortDistanceMetres(
            surveys[0].Reach.Location!.Value,
            stations[0].Location!.Value);
        var buenosAires = GroundReference.ShortDistanceMetres(
            surveys[1].Reach.Location!.Value,
            stations[1].Location!.Value);

        Assert.Equal(["OSAKA1", "BA1", "3008A50"], result.Matches.Select(m => m.Station.Code));
        Assert.Equal(osaka, result.Matches[0].DistanceMetres, GroundReference.ToleranceMetres);
        Assert.Equal(buenosAires, result.Matches[1].DistanceMetres, GroundReference.ToleranceMetres);
    }

    [Fact]
    public void Should_find_a_station_beyond_the_projection_belt_When_the_reach_is_just_inside_it()
    {
        Station[] stations =
        [
            Fixtures.Station("EAST1", "POINT (133.59 35.0)"),
            Fixtures.Station("WEST1", "POINT (133.45 35.0)"),
        ];
        var reach = Fixtures.Point("POINT (133.55 35.0)")!.Value;
        var projection = new KoreaCentralBelt();
        var beltEdge = KoreaCentralBelt.FalseEasting + StationIndex.PlaneHalfWidthMetres;

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (133.55 35.0)")],
            stations,
            Fixtures.OneSampleEach(stations));

        // The reach is searched in the grid, the nearer station lies outside it.
        Assert.InRange(projection.Project(reach).X, beltEdge - 10_000.0, beltEdge);
        Assert.True(projection.Project(stations[0].Location!.Value).X > beltEdge);

        var match = Assert.Single(result.Matches);

        Assert.Equal("EAST1", match.Station.Code);
        Assert.Equal(
            GroundReference.ShortDistanceMetres(reach, stations[0].Location!.Value),
            match.DistanceMetres,
            GroundReference.ToleranceMetres);
    }

    [Fact]
    public void Should_name_a_station_beyond_the_projection_belt_When_it_is_the_nearest_out_of_range()
    {
        Station[] stations =
        [
            Fixtures.Station("EAST2", "POINT (133.65 35.0)"),
            Fixtures.Station("WEST2", "POINT (133.40 35.0)"),
        ];
        var reach = Fixtures.Point("POINT (133.55 35.0)")!.Value;
        var expectedKm = GroundReference.ShortDistanceMetres(reach, stations[0].Location!.Value) / 1000.0;

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (133.55 35.0)")],
            stations,
            Fixtures.OneSampleEach(stations));

        Assert.Equal(
            $"nearest station EAST2 is {expectedKm:0.0} km away, beyond the 5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_name_the_nearest_station_at_any_distance_When_none_is_in_range()
    {
        // Due north along one meridian, where the reference arc is exact at any length.
        Station[] stations =
        [
            Fixtures.Station("FAR2", "POINT (128 37.5)"),
            Fixtures.Station("FAR1", "POINT (128 36)"),
            Fixtures.Station("FAR3", "POINT (126 38)"),
        ];
        var expectedKm = GroundReference.MeridianArcMetres(35.0, 36.0) / 1000.0;

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (128 35)")],
            stations,
            Fixtures.OneSampleEach(stations));

        Assert.InRange(expectedKm, 110.8, 111.0);
        Assert.Equal(
            $"nearest station FAR1 is {expectedKm:0.0} km away, beyond the 5 km limit",
            Assert.Single(result.Unmatched).Reason);
    }

    [Fact]
    public void Should_report_stations_without_coordinates_once_When_several_lack_them()
    {
        Station[] stations =
        [
            Fixtures.Station("NOLOC1", "POINT EMPTY"),
            Fixtures.Station("NOLOC2", "POINT EMPTY"),
            Fixtures.Station("NOLOC3", "POINT EMPTY"),
            Fixtures.Station("3008A30", "POINT (127.13 36.52)"),
            Fixtures.Station("3008A50", "POINT (127.08 36.49)"),
        ];

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            stations,
            Fixtures.OneSampleEach(stations));

        var diagnostic = Assert.Single(result.Diagnostics, Fixtures.IsAboutData);

        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("nearest.station-without-coordinates", diagnostic.Code);
        Assert.Equal("3 of 5 stations have no coordinates and were left out of matching", diagnostic.Message);
        Assert.Equal("3008A50", Assert.Single(result.Matches).Station.Code);
    }

    [Fact]
    public void Should_warn_and_skip_stations_When_their_coordinates_are_not_degrees()
    {
        // A station with latitude and longitude swapped would otherwise sit off the globe.
        Station[] stations =
        [
            new(Networks.WaterQuality, "SWAPPED", "swapped", new GeoPoint(127.1, 36.5)),
            Fixtures.Station("3008A50", "POINT (127.08 36.49)"),
        ];

        var result = Fixtures.Match(
            [Fixtures.Survey("R1", "POINT (127.1 36.5)")],
            stations,
            Fixtures.OneSampleEach(stations));

        var diagnostic = Assert.Single(result.Diagnostics, Fixtures.IsAboutData);

        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "1 station has coordinates that are not WGS84 degrees and was left out of matching: SWAPPED",
            diagnostic.Message);
        Assert.Equal("3008A50", Assert.Single(result.Matches).Station.Code);
    }
}
