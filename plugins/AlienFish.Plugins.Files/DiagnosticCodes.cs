namespace AlienFish.Plugins.Files;

/// <summary>The codes of the diagnostics this source reports, one per kind of problem.</summary>
internal static class DiagnosticCodes
{
    public const string CsvBadData = "files.csv-bad-data";
    public const string UnknownColumn = "files.unknown-column";
    public const string NotANumber = "files.not-a-number";
    public const string MissingKey = "files.missing-key";
    public const string BadDate = "files.bad-date";
    public const string BadTime = "files.bad-time";
    public const string BadCoordinate = "files.bad-coordinate";
    public const string OutsideKorea = "files.outside-korea";
    public const string NotAPoint = "files.not-a-point";
    public const string LayerSkipped = "files.layer-skipped";
    public const string StationMoved = "files.station-moved";
    public const string DuplicateRecord = "files.duplicate-record";
    public const string CountNotRecorded = "files.count-not-recorded";
    public const string BadCount = "files.bad-count";
    public const string UnknownSpecies = "files.unknown-species";
    public const string SpeciesConflict = "files.species-conflict";
    public const string EmptyRows = "files.empty-rows";
    public const string Note = "files.note";
    public const string SheetSkipped = "files.sheet-skipped";
    public const string Sentinel = "files.sentinel";
    public const string CodeAsNumber = "files.code-as-number";
    public const string KeyedByName = "files.keyed-by-name";
    public const string SameName = "files.same-name";
    public const string MonthOnly = "files.month-only";
    public const string PartialPage = "files.partial-page";
    public const string Absence = "files.absence";
    public const string MixedEncoding = "files.mixed-encoding";
    public const string RepeatedRow = "files.repeated-row";
    public const string NotARecord = "files.not-a-record";
    public const string RowWidth = "files.row-width";
    public const string ConflictingRow = "files.conflicting-row";
    public const string ColumnsByContent = "files.columns-by-content";
    public const string ColumnsNotRead = "files.columns-not-read";
}
