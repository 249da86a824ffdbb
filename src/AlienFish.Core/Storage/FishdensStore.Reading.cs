using AlienFish.Abstractions;

namespace AlienFish.Core.Storage;

public sealed partial class FishdensStore
{
    public IReadOnlyList<Station> LoadStations()
    {
        using var cmd = Command(
            "SELECT network, code, name, latitude, longitude FROM stations ORDER BY network, code");
        using var reader = cmd.ExecuteReader();
        var stations = new List<Station>();

        while (reader.Read())
        {
            stations.Add(new Station(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), Point(reader, 3, 4)));
        }

        return stations;
    }

    /// <summary>
    /// Every stored survey with its reach; surveys whose reach is unknown get a reach without coordinates.
    /// </summary>
    public IReadOnlyList<SurveyToMatch> LoadSurveys()
    {
        using var rows = new StatementRows(
            _connection,
            """
            SELECT s.network, s.reach_code, s.year, s.round, s.survey_date, s.effort_minutes, s.gear,
                   s.area_m2, s.source_row, f.name,
                   r.name, r.basin, r.water_system, r.mid_basin, r.river, r.latitude, r.longitude
            FROM surveys s
            LEFT JOIN reaches r ON r.network = s.network AND r.code = s.reach_code
            LEFT JOIN raw_files f ON f.id = s.raw_file_id
            ORDER BY s.network, s.reach_code, s.year, s.round
            """);

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var surveys = new List<SurveyToMatch>();

        while (rows.Read())
        {
            var key = new SurveyKey(rows.SharedText(0), rows.Text(1), rows.Int32(2), rows.Int32(3));
            var date = rows.NullableSharedText(4) is { } text
                ? Cached(dates, text, ParseIsoDate)
                : (DateOnly?)null;

            var origin = new SourceLocation(rows.SharedText(9), null, rows.Int32(8), null);
            var survey = new FishSurvey(
                key, date, rows.NullableDouble(5), rows.NullableSharedText(6), rows.NullableDouble(7), origin);

            var reachName = rows.NullableText(10) ?? key.ReachCode;
            var reach = new SurveyReach(key.Network, key.ReachCode, reachName, Point(rows, 15, 16))
            {
                Basin = rows.NullableSharedText(11),
                WaterSystem = rows.NullableSharedText(12),
                MidBasin = rows.NullableSharedText(13),
                River = rows.NullableSharedText(14),
            };

            surveys.Add(new SurveyToMatch(survey, reach));
        }

        return surveys;
    }

    /// <summary>
    /// Every stored sample, ordered by station, date, round and variable. Read through
    /// SQLite's own interface, with repeated text kept once: a store holds hundreds of
    /// thousands of samples and every match reads them all.
    /// </summary>
    public IReadOnlyList<WaterSample> LoadSamples()
    {
        using var rows = new StatementRows(
            _connection,
            """
            SELECT network, station_code, sampled_on, round, sampled_at, variable, value, unit,
                   qualifier, limit_value, raw_text, source_row
            FROM water_samples
            ORDER BY network, station_code, sampled_on, round, variable
            """);

        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var times = new Dictionary<string, TimeOnly>(StringComparer.Ordinal);
        var qualifiers = new Dictionary<string, ValueQualifier>(StringComparer.Ordinal);
        var samples = new List<WaterSample>();

        while (rows.Read())
        {
            var time = rows.NullableSharedText(4) is { } t ? Cached(times, t, ParseTime) : (TimeOnly?)null;
            var variable = rows.SharedText(5);

            samples.Add(new WaterSample(
                rows.SharedText(0), rows.SharedText(1), Cached(dates, rows.SharedText(2), ParseIsoDate),
                rows.SharedText(3), time, variable, rows.NullableDouble(6), rows.SharedText(7),
                Cached(qualifiers, rows.SharedText(8), Enum.Parse<ValueQualifier>),
                rows.NullableDouble(9), rows.Text(10), new SourceLocation("", null, rows.Int32(11), variable)));
        }

        return samples;
    }

    public IReadOnlyList<SiteChemistry> LoadSiteChemistry()
    {
        using var cmd = Command(
            """
            SELECT network, reach_code, year, round, variable, value, unit, qualifier, raw_text,
                   limit_value
            FROM site_chemistry ORDER BY network, reach_code, year, round, variable
            """);

        using var reader = cmd.ExecuteReader();
        var rows = new List<SiteChemistry>();

        while (reader.Read())
        {
            var key = new SurveyKey(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));
            rows.Add(new SiteChemistry(
                key, reader.GetString(4), NullableDouble(reader, 5), reader.GetString(6),
                Enum.Parse<ValueQualifier>(reader.GetString(7)), reader.GetString(8),
                new SourceLocation("", null, 0, reader.GetString(4)))
            {
                Limit = NullableDouble(reader, 9),
            });
        }

        return rows;
    }

    public IReadOnlyList<Species> LoadSpecies()
    {
        using var cmd = Command(
            "SELECT key, scientific_name, korean_name, status FROM species ORDER BY key");
        using var reader = cmd.ExecuteReader();
        var species = new List<Species>();

        while (reader.Read())
        {
            species.Add(new Species(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                Enum.Parse<SpeciesStatus>(reader.GetString(3))));
        }

        return species;
    }

    /// <summary>Stored counts by survey and species key; a null count was not recorded.</summary>
    public IReadOnlyDictionary<(SurveyKey Survey, string Species), int?> LoadCounts()
    {
        using var cmd = Command(
            "SELECT network, reach_code, year, round, species_key, count FROM counts");
        using var reader = cmd.ExecuteReader();
        var counts = new Dictionary<(SurveyKey, string), int?>();

        while (reader.Read())
        {
            var key = new SurveyKey(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));
            counts[(key, reader.GetString(4))] = reader.IsDBNull(5) ? null : reader.GetInt32(5);
        }

        return counts;
    }
}
