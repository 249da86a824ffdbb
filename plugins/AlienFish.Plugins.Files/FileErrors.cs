using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files;

/// <summary>
/// The wording of every file this source cannot read at all, kept in one place so each
/// message names the file, says what is wrong and what to do.
/// </summary>
internal static class FileErrors
{
    public static SourceFormatException EmptyFile(string fileName) =>
        new($"{fileName} is empty. Download it again.");

    public static SourceFormatException HtmlPage(string fileName) =>
        new($"{fileName} is an HTML page, not a data export. Download the data again as "
            + "CSV or Excel (.xls, .xlsx).");

    public static SourceFormatException NotText(string fileName) =>
        new($"{fileName} is neither text nor an Excel workbook. Give a CSV, .xls or .xlsx "
            + "export.");

    public static SourceFormatException DamagedZip(string fileName) =>
        new($"{fileName} is not a complete Excel workbook: its zip archive is cut short or "
            + "damaged. Download the file again.");

    public static SourceFormatException ZipWithoutWorkbook(string fileName) =>
        new($"{fileName} is a zip archive but holds no Excel workbook. Give the .xlsx, .xls "
            + "or CSV export itself.");

    public static SourceFormatException UnreadableWorkbook(string fileName, string cause) =>
        new($"{fileName} cannot be opened as an Excel workbook ({cause}). Download it "
            + "again, or open it in a spreadsheet program and save it as .xlsx.");

    public static SourceFormatException WorkbookTooLarge(string fileName, long unpacked, long largest) =>
        new($"{fileName} unpacks to {unpacked / 1_000_000:N0} MB, more than fishdens reads from one workbook "
            + $"({largest / 1_000_000:N0} MB). Open it in a spreadsheet program and save each sheet as CSV.");

    public static SourceFormatException BrokenCell(string fileName, string where, string detail) =>
        new($"{fileName}, {where}: the cell cannot be read ({detail}); the workbook is damaged. Open "
            + "it in a spreadsheet program and save it again as .xlsx, or export the sheet as CSV.");

    public static SourceFormatException NoKnownHeader(string fileName, string expected) =>
        new($"{fileName} has no header this source knows in its first rows. Expected one of: "
            + $"{expected}. Check that the file is an unedited export of one of these tables.");

    public static SourceFormatException ApiError(string fileName, string reason) =>
        new($"{fileName} is an error answer of the Open API, not data: {reason}. Check the service "
            + "key and the request parameters, then download the answer again.");

    public static SourceFormatException BrokenApiAnswer(string fileName, string format, string detail) =>
        new($"{fileName} is not complete {format} ({detail}). Download the file again (the Open API "
            + "answer or the dataset).");

    public static SourceFormatException NoApiItems(string fileName) =>
        new($"{fileName} holds no records of an Open API answer (no item, items or list field). "
            + "If it is an answer, the request matched no data: check the station codes, years and "
            + "months asked for.");

    public static SourceFormatException NoRecords(string fileName, int entries) =>
        new($"{fileName} holds a dataset without a readable record: "
            + (entries == 0
                ? "its list of records is empty"
                : $"none of the {entries} entries of its list of records is an object of fields")
            + ". Download the dataset again, or check the query that made it.");

    public static SourceFormatException NoCrs(string fileName, string xHeader, string yHeader) =>
        new($"{fileName} gives projected coordinates in '{xHeader}' and '{yHeader}' but does not say "
            + $"in which reference system. Name it with --set {FilesSettings.CrsKey}=EPSG:5186 (or "
            + $"{OtherProjections}), or in the headers, e.g. '{CrsHint.Strip(xHeader)}(EPSG:5186)'.");

    public static SourceFormatException UnknownCrs(string fileName, string where, string crs) =>
        new($"{fileName}: {where} names the reference system '{crs}', which fishdens does not "
            + $"convert. Use one of {ReferenceSystems.Choices}, or reproject the file first, e.g. "
            + "with ogr2ogr -t_srs EPSG:4326.");

    public static SourceFormatException NoLayerCrs(string fileName, string layer) =>
        new($"{fileName}: {layer} has an undefined reference system (srs_id 0 or -1). Name it with "
            + $"--set {FilesSettings.CrsKey}=EPSG:5186 (or another of {ReferenceSystems.Choices}), or assign "
            + "it in the GIS program before exporting.");

    public static SourceFormatException CrsConflict(string fileName, string where, string first, string second) =>
        new($"{fileName}: {where} different reference systems ({first} and {second}). Keep the "
            + "one the coordinates are really in.");

    public static SourceFormatException NoPlaces(string fileName, string format) =>
        new($"{fileName} is {format} but no layer of it has a station or reach code property "
            + $"(one of {HeaderAliases.Names(HeaderRole.StationCode)}, "
            + $"{HeaderAliases.Names(HeaderRole.ReachCode)}). Name the code property so, then import it again.");

    public static SourceFormatException BrokenGeoFile(string fileName, string format, string detail) =>
        new($"{fileName} is not readable {format} ({detail}). Export it again from the GIS program.");

    public static SourceFormatException NoScientificNames(string fileName, string header) =>
        new($"{fileName} looks like a species list (its header has '{header}') but no column holds "
            + "scientific names (genus and species, such as 'Lepomis macrochirus'). Add a 학명 column, "
            + "then import it again.");

    private static string OtherProjections =>
        string.Join(", ", ReferenceSystems.All.Where(s => !s.IsGeographic && s.Epsg != 5186).Select(s => s.Code));
}
