using System.Globalization;
using AlienFish.Abstractions;
using CsvHelper;

namespace AlienFish.Core.Prediction;

/// <summary>
/// Reads a CSV of water quality to predict from: columns <c>reach</c>, <c>year</c>,
/// <c>round</c>, optionally <c>reach_name</c>, and one column per feature the model needs,
/// named by its variable code (<c>DO</c>, <c>TP</c>, ...). A blank cell is a missing value.
/// </summary>
public static class WaterQualityCsv
{
    public static PredictionInput Read(string path, IReadOnlyList<string> features)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException($"input file {path} does not exist");
        }

        var options = CsvReaderOptions.Default with { TrimWhitespace = true, TrackLineNumbers = true };
        using var csv = CsvReader.FromFile(path, options);
        var header = csv.Headers.ToArray();

        if (header.Length == 0)
        {
            throw new PipelineException($"{path} has no header row; the first row must name the columns");
        }

        var columns = Locate(path, header, ["reach", "year", "round", .. features]);
        var nameColumn = Array.FindIndex(
            header, h => h.Equals("reach_name", StringComparison.OrdinalIgnoreCase));

        var keys = new List<SurveyKey>();
        var names = new List<string>();
        var rows = new List<double[]>();

        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var reach = Field(csv, columns[0]);
            var year = Whole(path, line, header[columns[1]], Field(csv, columns[1]));
            var round = Whole(path, line, header[columns[2]], Field(csv, columns[2]));
            var x = new double[features.Count];

            for (var f = 0; f < features.Count; f++)
            {
                var column = columns[3 + f];
                x[f] = Number(path, line, header[column], Field(csv, column));
            }

            keys.Add(new SurveyKey("csv", reach, year, round));
            names.Add(nameColumn >= 0 && Field(csv, nameColumn) is { Length: > 0 } name ? name : reach);
            rows.Add(x);
        }

        return new PredictionInput(keys, names, rows.ToArray(), new double?[]?[rows.Count]);
    }

    private static string Field(CsvReader csv, int column) =>
        column < csv.FieldCount ? csv.GetString(column) : "";

    private static int[] Locate(string path, string[] header, IReadOnlyList<string> wanted)
    {
        var found = wanted
            .Select(w => Array.FindIndex(header, h => h.Equals(w, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

        var missing = wanted.Where((_, i) => found[i] < 0).ToList();

        if (missing.Count > 0)
        {
            throw new PipelineException(
                $"{path} lacks the column(s) {string.Join(", ", missing)} that the model needs; "
                + $"it has {string.Join(", ", header)}");
        }

        return found;
    }

    private static int Whole(string path, int row, string column, string? text)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new PipelineException(
            $"{path}, row {row}, column '{column}': '{text}' is not a whole number");
    }

    private static double Number(string path, int row, string column, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return double.NaN;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        throw new PipelineException(
            $"{path}, row {row}, column '{column}': '{text}' is not a number; "
            + "leave the cell blank for a missing value");
    }
}
