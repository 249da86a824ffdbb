using System.Text;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// HTML tables saved as ".xls", as old portals served them: read through the same layout
/// readers as CSV. The pages are built here to reproduce the form (thead, th, rowspan and
/// colspan header cells, no-break spaces, formatted numbers).
/// </summary>
public sealed class HtmlTableTests
{
    private const string LongPage =
        """
        <html><head><meta charset="utf-8"><title>수질측정망</title></head><body>
        <table border="1">
          <thead>
            <tr><th rowspan="2">분류번호</th><th rowspan="2">측정소명</th><th rowspan="2">년/월/일</th>
                <th colspan="2">측정항목</th></tr>
            <tr><th>DO(㎎/L)</th><th>TP(㎎/L)</th></tr>
          </thead>
          <tbody>
            <tr><td>3303A10</td><td>백천내</td><td>2016/01/04</td><td>11.9</td><td>0.006</td></tr>
            <tr><td>3303A10</td><td>&nbsp;백천내 </td><td>2016/01/11</td><td>1,234</td><td>정량한계미만</td></tr>
          </tbody>
        </table></body></html>
        """;

    private readonly FilesSource _source = new();

    [Fact]
    public void Should_read_a_long_export_saved_as_an_html_table()
    {
        // Given the page under an .xls name, When it is recognised and read
        var file = new RawFile("측정자료.xls", "측정자료.xls", Encoding.UTF8.GetBytes(LongPage));
        var layout = _source.Recognise(file);
        var batch = _source.Read(file, CancellationToken.None);

        // Then the header is found under its group row and every value is a sample
        Assert.Equal("wq-long", layout);
        Assert.Equal(["DO", "TP", "DO", "TP"], batch.Samples.Select(s => s.Variable));
        Assert.Equal([11.9, 0.006, 1234], batch.Samples.Take(3).Select(s => s.Value!.Value));
        Assert.Equal(ValueQualifier.BelowQuantification, batch.Samples[3].Qualifier);
        Assert.Equal(new SourceLocation("측정자료.xls", null, 4, "TP(㎎/L)"), batch.Samples[3].Origin);
        Assert.Equal(("3303A10", "백천내"), (batch.Stations[0].Code, batch.Stations[0].Name));
    }

    [Fact]
    public void Should_read_a_species_table_saved_as_html_in_cp949()
    {
        // Given a 출현생물 table without thead, in CP949, names with authors as a checklist writes them
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        const string page =
            "<table><tr><th>번호</th><th>연도</th><th>회차</th><th>분류코드</th><th>조사구간명</th>"
            + "<th>학명</th><th>국명</th><th>개체수</th></tr>"
            + "<tr><td>1</td><td>2016</td><td>1</td><td>3001F74</td><td>금강-1</td>"
            + "<td>Lepomis macrochirus Rafinesque</td><td>블루길</td><td>4</td></tr>"
            + "<tr><td>2</td><td>2016</td><td>1</td><td>3001F74</td><td>금강-1</td>"
            + "<td>Micropterus salmoides Lacepede</td><td>배스</td><td>12</td></tr>"
            + "<tr><td>3</td><td>2016</td><td>1</td><td>3001F74</td><td>금강-1</td>"
            + "<td>Misgurnus mizolepis G?nther</td><td>미꾸라지</td><td>7</td></tr></table>";
        var file = new RawFile("species.xls", "species.xls", Encoding.GetEncoding(949).GetBytes(page));

        // When it is read
        var batch = _source.Read(file, CancellationToken.None);

        // Then each row is a count, keyed on the binomial without its author
        Assert.Equal("fish-species", batch.Layout);
        Assert.Equal(
            [AlienSpecies.Bluegill.Key, AlienSpecies.LargemouthBass.Key, "Misgurnus mizolepis"],
            batch.Counts.Select(c => c.Species.Key));
        Assert.Equal([4, 12, 7], batch.Counts.Select(c => c.Count!.Value));
        Assert.Equal(new SurveyKey(Networks.BioFish, "3001F74", 2016, 1), batch.Counts[0].Survey);
    }

    [Fact]
    public void Should_spread_a_spanning_data_cell_over_the_rows_it_covers()
    {
        // Given a long table whose station cells span two rows
        const string page =
            "<table><tr><th>분류번호</th><th>측정소명</th><th>년/월/일</th><th>BOD(㎎/L)</th></tr>"
            + "<tr><td rowspan=2>3012A20</td><td rowspan=2>공주1</td><td>2023/01/02</td><td>1.0</td></tr>"
            + "<tr><td>2023/01/09</td><td>1.4</td></tr></table>";
        var file = new RawFile("span.xls", "span.xls", Encoding.UTF8.GetBytes(page));

        // When it is read
        var batch = _source.Read(file, CancellationToken.None);

        // Then the second row has the station of the first and its own date and value
        Assert.All(batch.Samples, s => Assert.Equal("3012A20", s.StationCode));
        Assert.Equal([new DateOnly(2023, 1, 2), new DateOnly(2023, 1, 9)], batch.Samples.Select(s => s.Date));
        Assert.Equal([1.0, 1.4], batch.Samples.Select(s => s.Value!.Value));
    }

    [Fact]
    public void Should_read_a_wide_export_whose_month_cells_span_their_items()
    {
        // Given the wide export as an HTML table: 구분 cells span both header rows, and each
        // month spans its items
        const string page =
            "<table><thead><tr><th rowspan=2>구분(1)</th><th rowspan=2>구분(2)</th><th rowspan=2>구분(3)</th>"
            + "<th rowspan=2>구분(4)</th><th rowspan=2>위치</th><th colspan=2>2025.03</th>"
            + "<th colspan=1>2025.04</th></tr>"
            + "<tr><th>수온 (℃ )</th><th>총대장균군 (총대장균군수/100㎖)</th><th>수온 (℃ )</th></tr></thead>"
            + "<tbody><tr><td>한강</td><td>한강서해</td><td>한강서해</td><td>공촌천</td><td></td>"
            + "<td>8.2</td><td>13,000</td><td>14.1</td></tr></tbody></table>";
        var file = new RawFile("wide.xls", "wide.xls", Encoding.UTF8.GetBytes(page));

        // When it is read
        var batch = _source.Read(file, CancellationToken.None);

        // Then each value is dated by the month over it, the formatted count read as a number
        Assert.Equal("wq-wide", batch.Layout);
        Assert.Equal(
            [("WT", new DateOnly(2025, 3, 1), 8.2), ("총대장균군 (총대장균군수/100㎖)", new DateOnly(2025, 3, 1), 13000),
                ("WT", new DateOnly(2025, 4, 1), 14.1)],
            batch.Samples.Select(s => (s.Variable, s.Date, s.Value!.Value)));
        Assert.Equal("공촌천", Assert.Single(batch.Stations).Code);
    }

    [Fact]
    public void Should_refuse_an_html_page_without_a_table()
    {
        // Given an HTML error page
        var file = new RawFile("page.xls", "page.xls", Encoding.UTF8.GetBytes("<html><body>점검중</body></html>"));

        // When it is read, Then the message says it is a page, not an export
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        Assert.Equal(
            "page.xls is an HTML page, not a data export. Download the data again as CSV or Excel (.xls, .xlsx).",
            error.Message);
        Assert.Null(_source.Recognise(file));
    }
}
