using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Sightings of a species at a place and year, without survey effort: the National Institute
/// of Ecology's alien-species records (<c>한글보통명, 학명, 조사연도, 위도, 경도, 시도명</c>),
/// its fish WFS fields, or a Darwin Core download (<c>scientificName, decimalLatitude,
/// decimalLongitude, eventDate, individualCount</c>). A table with a survey round is a survey's,
/// not sightings (the export's predictions, for one). A record is keyed by its identifier
/// where it has a usable one, else by species, date and position; a Darwin Core record of
/// absence is not a sighting and is passed over.
/// </summary>
internal sealed class OccurrenceReader : ILayoutReader
{
    private const int EarliestYear = 1900;

    /// <summary>No sighting is dated later than next year.</summary>
    private static readonly int LatestYear = DateTime.UtcNow.Year + 1;

    public string Layout => FileLayouts.Occurrences;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [HeaderRole.ScientificName, HeaderRole.Year, HeaderRole.Latitude, HeaderRole.Longitude];

    public HeaderRole KeyRole => HeaderRole.ScientificName;

    public bool Accepts(ColumnMap columns) =>
        (columns.Has(HeaderRole.ScientificName) || columns.Has(HeaderRole.KoreanName))
        && (columns.Has(HeaderRole.Year) || columns.Has(HeaderRole.SightingDate))
        && PositionColumns.CanPlace(columns)
        && !columns.Has(HeaderRole.ReachCode)
        && !columns.Has(HeaderRole.StationCode)
        && !columns.Has(HeaderRole.Round);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var columns = new Columns(input.Columns);
        var positions = PositionColumns.Of(input);
        var names = new SpeciesCells(columns.Scientific, columns.Korean, columns.AlienFlag);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var identified = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
        var repeated = new List<(Occurrence Later, Occurrence First)>();
        var conflicting = new List<(Occurrence Later, Occurrence First)>();
        var damagedSerials = new List<TableRow>();
        var damagedIds = new List<TableRow>();
        var absent = new List<TableRow>();

        foreach (var row in input.Columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank)
            {
                continue;
            }

            if (CodeText.LooksScientific(LayoutInput.Cell(row, columns.Serial)))
            {
                damagedSerials.Add(row);
            }

            if (IsAbsence(LayoutInput.Cell(row, columns.Status)))
            {
                absent.Add(row);

                continue;
            }

            var species = names.Read(input, row, batch);

            if (species is null || !TryReadWhen(input, row, columns, batch, out var year, out var date))
            {
                continue;
            }

            var location = positions.Locate(input, row, batch);
            var id = LayoutInput.Cell(row, columns.Id);

            if (CodeText.LooksScientific(id))
            {
                damagedIds.Add(row);
                id = "";
            }

            var count = ReadCount(input, row, columns.Count, batch);
            var origin = input.Where(row, columns.Name);
            var sighting = new Occurrence(id, species, year, date, location, count, origin)
            {
                Region = LayoutInput.Cell(row, columns.Region) is { Length: > 0 } region ? region : null,
            };

            // An identifier given twice is the same record twice, or two records in conflict;
            // without identifiers, two sightings alike in every field are still two.
            if (id.Length > 0 && identified.TryGetValue(id, out var first))
            {
                var alike = sighting with { Origin = first.Origin } == first with { Key = id };

                (alike ? repeated : conflicting).Add((sighting, first));

                if (alike)
                {
                    continue;
                }
            }

            var key = UniqueKey(keys, id.Length > 0 ? id : Composite(species, year, date, location));

            sighting = sighting with { Key = key };
            batch.Occurrences.Add(sighting);

            if (id.Length > 0)
            {
                identified.TryAdd(id, sighting);
            }
        }

        ReportRepeats(batch, repeated, conflicting);

        ReportDamaged(
            input, batch, (damagedSerials, columns.Serial), "taxon serial number", "species are read from their names");
        ReportDamaged(
            input,
            batch,
            (damagedIds, columns.Id),
            "record identifier",
            "records are keyed by species, date and position");
        ReportAbsent(input, batch, absent, columns.Status);
    }

    /// <summary>
    /// The year from its own column, else from the date, which may give a year alone; a
    /// year column and a date that disagree are reported, and the year column is kept.
    /// </summary>
    private static bool TryReadWhen(
        LayoutInput input, TableRow row, Columns columns, SourceBatch batch, out int year, out DateOnly? date)
    {
        var dateText = LayoutInput.Cell(row, columns.Date);
        var sighting = SightingDate.Parse(dateText);
        var yearText = LayoutInput.Cell(row, columns.Year);
        var hasYear = CellValueParser.TryParseWhole(yearText, out year) && InRange(year);
        var dateYear = sighting.Year is { } written && InRange(written) ? written : (int?)null;

        date = sighting.Date;

        if (!hasYear && yearText.Length == 0 && dateYear is { } fromDate)
        {
            year = fromDate;
            hasYear = true;
        }

        if (!hasYear)
        {
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.MissingKey,
                "not a year of sighting, and no date gives one; the row was skipped",
                row,
                yearText.Length > 0 || columns.Date is null ? columns.Year : columns.Date,
                yearText.Length > 0 ? yearText : dateText));

            return false;
        }

        if (dateText.Length > 0 && !sighting.Readable)
        {
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.BadDate,
                $"not a date; the record keeps the year {year} and no day",
                row,
                columns.Date,
                dateText));
        }
        else if (dateYear is { } other && other != year)
        {
            // A day in another year than the record's would contradict it in the store.
            date = null;
            batch.Diagnostics.Add(input.Warning(
                DiagnosticCodes.BadDate,
                $"the date is in {other} but the year column says {year}; the year column is kept and the day "
                + "left out",
                row,
                columns.Date,
                dateText));
        }

        return true;
    }

    private static bool InRange(int year) => year >= EarliestYear && year <= LatestYear;

    private static int? ReadCount(LayoutInput input, TableRow row, Column? column, SourceBatch batch)
    {
        var text = LayoutInput.Cell(row, column);

        if (text.Length == 0)
        {
            return null;
        }

        if (CellValueParser.TryParseWhole(text, out var count) && count >= 0)
        {
            return count;
        }

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.BadCount,
            "not a count of individuals; the record keeps no count",
            row,
            column,
            text));

        return null;
    }

    private static bool IsAbsence(string status) =>
        status.Equals("absent", StringComparison.OrdinalIgnoreCase);

    private static string Composite(Species species, int year, DateOnly? date, GeoPoint? location)
    {
        var when = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            ?? year.ToString(CultureInfo.InvariantCulture);
        var where = location is { } point
            ? string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:F6},{point.Longitude:F6}")
            : "unplaced";

        return $"{species.Key}|{when}|{where}";
    }

    /// <summary>
    /// The key, or the key with <c>#2</c>, <c>#3</c> for its later rows in the file, passing
    /// over any the file itself uses; a copy of the file keys its rows alike.
    /// </summary>
    private static string UniqueKey(HashSet<string> keys, string key)
    {
        var unique = key;

        for (var n = 2; !keys.Add(unique); n++)
        {
            unique = $"{key}#{n}";
        }

        return unique;
    }

    private static void ReportRepeats(
        SourceBatch batch,
        List<(Occurrence Later, Occurrence First)> repeated,
        List<(Occurrence Later, Occurrence First)> conflicting)
    {
        if (repeated.Count > 0)
        {
            var (later, first) = repeated[0];

            batch.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                DiagnosticCodes.RepeatedRow,
                $"{repeated.Count} records repeat an earlier record exactly (the first repeat is here, of row "
                + $"{first.Origin.Row}, record {first.Key}); each is stored once",
                later.Origin));
        }

        if (conflicting.Count > 0)
        {
            var (later, first) = conflicting[0];

            batch.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.ConflictingRow,
                $"{conflicting.Count} records give the identifier of an earlier record with other values (the first "
                + $"is here, against row {first.Origin.Row}: record {first.Key}); both are kept, the later under "
                + "the identifier with #2, #3, ...",
                later.Origin));
        }
    }

    private static void ReportDamaged(
        LayoutInput input,
        SourceBatch batch,
        (List<TableRow> Rows, Column? Column) damaged,
        string what,
        string fallback)
    {
        var (rows, column) = damaged;

        if (rows.Count == 0)
        {
            return;
        }

        var scope = rows.Count == 1 ? "" : $" on {rows.Count} rows (the first is here)";

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.CodeAsNumber,
            $"the {what} was turned into a number in scientific notation by a spreadsheet{scope} "
            + $"and its digits are lost, so {fallback} instead. Export the "
            + "file again with that column formatted as text to keep it",
            rows[0],
            column,
            LayoutInput.Cell(rows[0], column)));
    }

    private static void ReportAbsent(
        LayoutInput input, SourceBatch batch, List<TableRow> rows, Column? column)
    {
        if (rows.Count == 0)
        {
            return;
        }

        batch.Diagnostics.Add(input.Info(
            DiagnosticCodes.Absence,
            $"{rows.Count} records say the species was absent (the first is here); they are not sightings "
            + "and were passed over",
            rows[0],
            column,
            LayoutInput.Cell(rows[0], column)));
    }

    /// <summary>The columns an occurrence is read from; any may be missing but a name.</summary>
    private sealed class Columns(ColumnMap map)
    {
        public Column? Scientific { get; } = map.Find(HeaderRole.ScientificName);

        public Column? Korean { get; } = map.Find(HeaderRole.KoreanName);

        public Column? Name => Scientific ?? Korean;

        public Column? AlienFlag { get; } = map.Find(HeaderRole.AlienFlag);

        public Column? Year { get; } = map.Find(HeaderRole.Year);

        public Column? Date { get; } = map.Find(HeaderRole.SightingDate);

        public Column? Count { get; } = map.Find(HeaderRole.Count);

        public Column? Id { get; } = map.Find(HeaderRole.OccurrenceId);

        public Column? Serial { get; } = map.Find(HeaderRole.TaxonSerial);

        public Column? Status { get; } = map.Find(HeaderRole.OccurrenceStatus);

        public Column? Region { get; } = map.Find(HeaderRole.Region);
    }
}
