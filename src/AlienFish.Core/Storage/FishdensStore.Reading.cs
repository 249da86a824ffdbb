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
        using var cmd = Command(
            """
            SELECT s.network, s.reach_code, s.year, s.round, s.survey_date, s.effort_minutes, s.gear,
                   s.area_m2, s.source_row, f.name,
                   r.name, r.basin, r.water_system, r.mid_basin, r.river, r.latitude, r.longitude
            FROM surveys s
            LEFT JOIN reaches r ON r.network = s.network AND r.code = s.reach_code
            LEFT JOIN raw_files f ON f.id = s.raw_file_id
            ORDER BY s.network, s.reach_code, s.year, s.round
            """);

        using var reader = cmd.ExecuteReader();
        var surveys = new List<SurveyToMatch>();

        while (reader.Read())
        {
            var key = new SurveyKey(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));
            var date = NullableString(reader, 4) is { } text ? ParseIsoDate(text) : (DateOnly?)null;

            var sourceRow = reader.IsDBNull(8) ? 0 : reader.GetInt32(8);
            var origin = new SourceLocation(NullableString(reader, 9) ?? "", null, sourceRow, null);
            var survey = new FishSurvey(
                key, date, NullableDouble(reader, 5), NullableString(reader, 6),
                NullableDouble(reader, 7), origin);

            var reachName = NullableString(reader, 10) ?? key.ReachCode;
            var reach = new SurveyReach(key.Network, key.ReachCode, reachName, Point(reader, 15, 16))
            {
                Basin = NullableString(reader, 11),
                WaterSystem = NullableString(reader, 12),
                MidBasin = NullableString(reader, 13),
                River = NullableString(reader, 14),
            };

            surveys.Add(new SurveyToMatch(survey, reach));
        }

        return surveys;
    }

    public IReadOnlyList<WaterSample> LoadSamples()
    {
        using var cmd = Command(
            """
            SELECT network, station_code, sampled_on, round, sampled_at, variable, value, unit,
                   qualifier, limit_value, raw_text, source_row
            FROM water_samples
            ORDER BY network, station_code, sampled_on, round, variable
            """);

        using var reader = cmd.ExecuteReader();
        var samples = new List<WaterSample>();

        while (reader.Read())
        {
            var time = NullableString(reader, 4) is { } t
                ? TimeOnly.ParseExact(t, "HH:mm", System.Globalization.CultureInfo.InvariantCulture)
                : (TimeOnly?)null;

            samples.Add(new WaterSample(
                reader.GetString(0), reader.GetString(1), ParseIsoDate(reader.GetString(2)),
                reader.GetString(3), time, reader.GetString(5), NullableDouble(reader, 6),
                reader.GetString(7), Enum.Parse<ValueQualifier>(reader.GetString(8)),
                NullableDouble(reader, 9), reader.GetString(10),
                new SourceLocation(
                    "", null, reader.IsDBNull(11) ? 0 : reader.GetInt32(11), reader.GetString(5))));
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
