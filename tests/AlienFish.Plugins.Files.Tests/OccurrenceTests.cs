using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Sightings without survey effort. The real file holds the National Institute of Ecology's
/// 251 alien-fish records of 경상북도 (배스 145, 블루길 86, 떡붕어 18, 잉어 2; 2017: 120,
/// 2020: 131), every <c>ktsn</c> destroyed as <c>1.2E+11</c>; expected values were counted
/// with Python's json module.
/// </summary>
public sealed class OccurrenceTests
{
    [Fact]
    public void Should_read_every_record_of_the_alien_fish_sightings()
    {
        // Given the saved dataset {source, records[251], audit}
        // When it is read
        var batch = TestData.Read(TestData.AlienSightings);

        // Then each record is one sighting, of the species its names give, in its year
        Assert.Equal("occurrences", batch.Layout);
        Assert.Equal(251, batch.Occurrences.Count);
        var perSpecies = batch.Occurrences.CountBy(o => o.Species.Key).OrderByDescending(p => p.Value);

        Assert.Equal(
            [
                ("Micropterus salmoides", 145), ("Lepomis macrochirus", 86), ("Carassius cuvieri", 18),
                ("Cyprinus carpio", 2),
            ],
            perSpecies.Select(p => (p.Key, p.Value)));
        Assert.Equal(
            [(2017, 120), (2020, 131)],
            batch.Occurrences.CountBy(o => o.Year).OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
        Assert.Equal(251, batch.Occurrences.Select(o => o.Key).Distinct().Count());
        Assert.All(batch.Occurrences, o => Assert.Equal("경상북도", o.Region));
    }

    [Fact]
    public void Should_read_the_last_record_field_by_field()
    {
        // Given the last record: ALSP_000000000007038, 떡붕어, 2020, 36.26734167 / 128.1571111
        // When the file is read
        var last = TestData.Read(TestData.AlienSightings).Occurrences[^1];

        // Then every field is kept, and its row is the one a CSV of the records would give it
        Assert.Equal("ALSP_000000000007038", last.Key);
        Assert.Equal(AlienSpecies.JapaneseCrucianCarp, last.Species);
        Assert.Equal(2020, last.Year);
        Assert.Null(last.Date);
        Assert.Equal(new GeoPoint(36.26734167, 128.1571111), last.Location);
        Assert.Null(last.Count);
        Assert.Equal(new SourceLocation(TestData.AlienSightings, null, 252, "학명"), last.Origin);
    }

    [Fact]
    public void Should_key_the_bass_and_the_carp_by_their_catalogue_entries()
    {
        // Given records naming 배스 (not the official 큰입배스) and the native 잉어
        // When the file is read
        var species = TestData.Read(TestData.AlienSightings).Occurrences.Select(o => o.Species).Distinct().ToList();

        // Then the bass is the catalogue's largemouth bass and the carp the native one
        Assert.Contains(AlienSpecies.LargemouthBass, species);
        Assert.Contains(new Species("Cyprinus carpio", "Cyprinus carpio", "잉어", SpeciesStatus.Native), species);
        Assert.DoesNotContain(AlienSpecies.IsraeliCarp, species);
    }

    [Fact]
    public void Should_report_the_destroyed_taxon_serial_numbers_once()
    {
        // Given every record's ktsn written 1.2E+11 by a spreadsheet
        // When the file is read
        var batch = TestData.Read(TestData.AlienSightings);

        // Then one warning names the column, the first row and how many rows, and nothing else is reported
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("files.code-as-number", warning.Code);
        Assert.Equal(new SourceLocation(TestData.AlienSightings, null, 2, "ktsn"), warning.Where);
        Assert.Equal("1.2E+11", warning.RawText);
        Assert.Equal(
            "the taxon serial number was turned into a number in scientific notation by a spreadsheet on "
            + "251 rows (the first is here) and its digits are lost, so species are read from their names "
            + "instead. Export the file again with that column formatted as text to keep it",
            warning.Message);
    }

    [Fact]
    public void Should_read_a_darwin_core_download_and_pass_over_records_of_absence()
    {
        // Given a tab-separated Darwin Core download: a dated sighting with a count, one of
        // absence, and one whose date is a range with no year column filled
        string[] lines =
        [
            "gbifID|species|scientificName|decimalLatitude|decimalLongitude|eventDate|year|individualCount"
                + "|occurrenceStatus|stateProvince",
            "4011|Lepomis macrochirus|Lepomis macrochirus Rafinesque, 1819|36.4512|127.4021"
                + "|2019-05-12T10:00:00|2019|3|PRESENT|Chungcheongbuk-do",
            "4012|Lepomis macrochirus|Lepomis macrochirus Rafinesque, 1819|36.4600|127.4100"
                + "|2019-05-13|2019|0|ABSENT|",
            "4013|Oncorhynchus mykiss|Oncorhynchus mykiss (Walbaum, 1792)|37.1|128.2"
                + "|2020-06-01/2020-06-30|||PRESENT|",
        ];
        var file = TestData.Text("occurrence.txt", [.. lines.Select(line => line.Replace('|', '\t'))]);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the two sightings are kept with their identifiers, days and counts
        Assert.Equal("occurrences", batch.Layout);
        Assert.Equal(
            [
                ("4011", AlienSpecies.Bluegill, 2019, (DateOnly?)new DateOnly(2019, 5, 12), (int?)3,
                    "Chungcheongbuk-do"),
                ("4013", AlienSpecies.RainbowTrout, 2020, new DateOnly(2020, 6, 1), null, null),
            ],
            batch.Occurrences.Select(o => (o.Key, o.Species, o.Year, o.Date, o.Count, o.Region)));

        var absence = Assert.Single(batch.Diagnostics);

        Assert.Equal(DiagnosticSeverity.Info, absence.Severity);
        Assert.Equal("files.absence", absence.Code);
        Assert.Equal(new SourceLocation("occurrence.txt", null, 3, "occurrenceStatus"), absence.Where);
    }

    [Theory]
    [InlineData("2016/01/04", "", "2016-01-04", 2016, null)]
    [InlineData("2019-05-12T10:00:00", "", "2019-05-12", 2019, null)]
    [InlineData("2020-06-01/2020-06-30", "", "2020-06-01", 2020, null)]
    [InlineData("2021-07", "", null, 2021, null)]
    [InlineData("2019/2020", "", null, 2019, null)]
    [InlineData("2020-02-30", "", null, 2020, "not a date; the record keeps the year 2020 and no day")]
    [InlineData("2019-05-01", "2020", null, 2020,
        "the date is in 2019 but the year column says 2020; the year column is kept and the day left out")]
    public void Should_read_each_form_of_a_sighting_date(
        string written, string yearColumn, string? day, int year, string? warning)
    {
        // Given a sighting whose date is written in one of the forms records use
        var file = TestData.Text(
            "dates.csv",
            "scientificName,decimalLatitude,decimalLongitude,eventDate,year",
            $"Lepomis macrochirus,36.5,127.5,{written},{yearColumn}");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the day and year are what the text gives, and only a date that is none or disagrees is reported
        var sighting = Assert.Single(batch.Occurrences);

        Assert.Equal(day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), sighting.Date);
        Assert.Equal(year, sighting.Year);
        Assert.Equal(warning, batch.Diagnostics.SingleOrDefault()?.Message);
    }

    [Fact]
    public void Should_skip_entries_of_the_records_that_are_not_records_and_say_so()
    {
        // Given a saved dataset whose records list holds a string, a number and null between two records
        const string Record = """{"학명":"Lepomis macrochirus","조사연도":"2020","위도":"36.5","경도":"127.5"}""";
        var file = TestData.Text("dataset.json", $$"""{"source":{},"records":[{{Record}},"junk",42,null,{{Record}}]}""");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the two records are read and one warning counts the other entries
        var warning = Assert.Single(batch.Diagnostics, d => d.Code == "files.not-a-record");

        Assert.Equal(2, batch.Occurrences.Count);
        Assert.Equal(new SourceLocation("dataset.json", null, 3, null), warning.Where);
        Assert.Equal(
            "3 entries of the list of records are not a record (an object of fields) and were skipped; the "
            + "first is entry 2, string",
            warning.Message);
    }

    [Theory]
    [InlineData("""{"records":[]}""", "its list of records is empty")]
    [InlineData("""{"records":[["a"],["b"]]}""", "none of the 2 entries of its list of records is an object of fields")]
    public void Should_refuse_a_dataset_without_a_record_saying_why(string json, string why)
    {
        // Given a saved dataset with no record in it
        var file = TestData.Text("dataset.json", json);

        // When it is offered and read
        var layout = new FilesSource().Recognise(file);
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then it is claimed as a dataset, and the error names the file and says why
        Assert.Equal("dataset", layout);
        Assert.Equal(
            $"dataset.json holds a dataset without a readable record: {why}. Download the dataset again, or "
            + "check the query that made it.",
            error.Message);
    }

    [Fact]
    public void Should_store_a_record_given_twice_once_and_keep_records_whose_identifier_clashes()
    {
        // Given records A twice with other species, B twice alike, and a record whose own
        // identifier is A#2
        var file = TestData.Text(
            "records.csv",
            "occurrenceID,scientificName,year,decimalLatitude,decimalLongitude",
            "A,Lepomis macrochirus,2020,36.5,127.5",
            "A,Micropterus salmoides,2021,36.6,127.6",
            "B,Carassius cuvieri,2019,36.7,127.7",
            "B,Carassius cuvieri,2019,36.7,127.7",
            "A#2,Oncorhynchus mykiss,2018,36.8,127.8");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then B is kept once with a note, both A are kept with a warning, and no key is lost
        Assert.Equal(
            [
                ("A", "Lepomis macrochirus"), ("A#2", "Micropterus salmoides"), ("B", "Carassius cuvieri"),
                ("A#2#2", "Oncorhynchus mykiss"),
            ],
            batch.Occurrences.Select(o => (o.Key, o.Species.Key)));
        Assert.Equal(
            [
                "records.csv, row 5, column 'scientificName': 1 records repeat an earlier record exactly (the first "
                + "repeat is here, of row 4, record B); each is stored once",
                "records.csv, row 3, column 'scientificName': 1 records give the identifier of an earlier record "
                + "with other values (the first is here, against row 2: record A); both are kept, the later under "
                + "the identifier with #2, #3, ...",
            ],
            batch.Diagnostics.Select(d => $"{d.Where}: {d.Message}"));
    }

    [Fact]
    public void Should_read_sightings_from_geojson_and_say_which_have_no_point()
    {
        // Given a GeoJSON of two sightings, the second without a geometry
        var file = TestData.Text("sightings.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[127.5,36.5]},
             "properties":{"species":"Lepomis macrochirus","year":2020,"key":"G1"}},
            {"type":"Feature","geometry":null,
             "properties":{"species":"Micropterus salmoides","year":2021,"key":"G2"}}]}
            """);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then both are sightings, the first placed, and a warning names the second
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal(
            [("G1", (GeoPoint?)new GeoPoint(36.5, 127.5)), ("G2", null)],
            batch.Occurrences.Select(o => (o.Key, o.Location)));
        Assert.Equal("files.not-a-point", warning.Code);
        Assert.Equal(new SourceLocation("sightings.geojson", null, 2, "geometry"), warning.Where);
    }

    [Fact]
    public void Should_keep_two_alike_sightings_without_identifiers_apart()
    {
        // Given two records alike in every field and no identifier column
        var file = TestData.Text(
            "sightings.csv",
            "국명,학명,조사연도,위도,경도",
            "블루길,Lepomis macrochirus,2017,36.5,127.5",
            "블루길,Lepomis macrochirus,2017,36.5,127.5");

        // When it is read
        var keys = SampleFiles.Read(file).Occurrences.Select(o => o.Key);

        // Then both are kept, the second keyed as the second of its kind
        Assert.Equal(
            ["Lepomis macrochirus|2017|36.500000,127.500000", "Lepomis macrochirus|2017|36.500000,127.500000#2"],
            keys);
    }

    [Fact]
    public void Should_keep_a_sighting_outside_korea_without_a_position()
    {
        // Given a record whose latitude and longitude are swapped
        var file = TestData.Text(
            "sightings.csv",
            "한글보통명,학명,조사연도,위도,경도",
            "배스,Micropterus salmoides,2020,128.9,35.7");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the sighting is kept unplaced and the warning suggests the swap
        var sighting = Assert.Single(batch.Occurrences);
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Null(sighting.Location);
        Assert.Equal("Micropterus salmoides|2020|unplaced", sighting.Key);
        Assert.Equal("files.outside-korea", warning.Code);
        Assert.Contains("latitude and longitude look swapped", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_skip_a_record_without_a_year_and_say_where()
    {
        // Given a record whose year is text
        var file = TestData.Text(
            "sightings.csv",
            "한글보통명,학명,조사연도,위도,경도",
            "블루길,Lepomis macrochirus,미상,36.5,127.5");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then no sighting is made and the warning names the cell
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Empty(batch.Occurrences);
        Assert.Equal("files.missing-key", warning.Code);
        Assert.Equal(new SourceLocation("sightings.csv", null, 2, "조사연도"), warning.Where);
        Assert.Equal("미상", warning.RawText);
        Assert.Equal("not a year of sighting, and no date gives one; the row was skipped", warning.Message);
    }
}
