using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Answers of the Open API <c>getWaterMeasuringList</c> saved as JSON or XML. No real answer
/// is public, so the fixtures in <c>Data/</c> and here are built from the documented shape
/// (envelope, UPPER_SNAKE fields, values as strings, some left-padded) in PORTAL-NOTES §3.1.
/// </summary>
public sealed class OpenApiTests
{
    private const string JsonAnswer = "api-getWaterMeasuringList.json";
    private const string XmlAnswer = "api-getWaterMeasuringList.xml";

    private readonly FilesSource _source = new();

    [Theory]
    [InlineData(JsonAnswer)]
    [InlineData(XmlAnswer)]
    public void Should_recognise_a_saved_answer_as_a_long_water_quality_table(string name)
    {
        // Given a saved answer under a name that says nothing, When it is offered
        var file = SampleFiles.Renamed(TestData.Load(name), "answer.txt");

        // Then its items are read as the long layout
        Assert.Equal("wq-long", _source.Recognise(file));
    }

    [Fact]
    public void Should_make_stations_from_the_items_with_their_split_dms_position()
    {
        // Given a JSON answer with three items of two stations, When it is read
        var batch = TestData.Read(JsonAnswer);

        // Then each code is one station, zeros kept, placed by its split DMS fields
        Assert.Equal(["3012A20", "0301A05"], batch.Stations.Select(s => s.Code));

        var station = batch.Stations[0];

        Assert.Equal(("wq", "공주1"), (station.Network, station.Name));
        Assert.Equal(36 + (27 / 60.0) + (52.7 / 3600), station.Location!.Value.Latitude, 9);
        Assert.Equal(127 + (7 / 60.0) + (25.3 / 3600), station.Location!.Value.Longitude, 9);
        Assert.Equal(new SourceLocation(JsonAnswer, null, 2, "PT_NO"), station.Origin);
    }

    [Fact]
    public void Should_make_a_sample_of_every_filled_item_field()
    {
        // Given 14 known items per answer item (one CLOA and one AMNT blank) and the
        // unknown WMDEP, ITEM_LVL (blank) and ITEM_TCOLI
        // When the answer is read
        var batch = TestData.Read(JsonAnswer);

        // Then 40 known and 6 unknown samples are made, and the unknown fields are listed
        Assert.Equal(46, batch.Samples.Count);
        Assert.Equal(["WMDEP", "ITEM_LVL", "ITEM_TCOLI"], batch.UnknownColumns);
        Assert.Equal(
            [13000.0, 2200, 350],
            batch.Samples.Where(s => s.Variable == "ITEM_TCOLI").Select(s => s.Value!.Value));
    }

    [Fact]
    public void Should_read_padded_values_rounds_dates_and_words()
    {
        // Given the first item's padded temperature and the second's 불검출 TP
        var batch = TestData.Read(JsonAnswer);

        // When those samples are looked up
        var temperature = batch.Samples[batch.Samples.FindIndex(s => s.Variable == "WT")];
        var phosphorus = Assert.Single(batch.Samples, s => s.Variable == "TP" && s.Origin.Row == 3);

        // Then the padding is gone, the round and date are the item's, and 불검출 has no value
        Assert.Equal((8.4, "°C", "1회차"), (temperature.Value!.Value, temperature.Unit, temperature.Round));
        Assert.Equal(new DateOnly(2024, 3, 4), temperature.Date);
        Assert.Equal(new SourceLocation(JsonAnswer, null, 2, "ITEM_TEMP"), temperature.Origin);
        Assert.Null(phosphorus.Value);
        Assert.Equal((ValueQualifier.BelowDetection, "불검출"), (phosphorus.Qualifier, phosphorus.RawText));
        Assert.Equal(("2회차", new DateOnly(2024, 3, 18)), (phosphorus.Round, phosphorus.Date));
    }

    [Fact]
    public void Should_read_a_single_item_given_as_an_object()
    {
        // Given an answer whose one item is an object, not an array
        var file = Json(
            "one.json",
            """
            {"getWaterMeasuringList":{"header":{"code":"00","message":"NORMAL SERVICE"},
             "item":{"PT_NO":"2012F50","PT_NM":"도시천","WMCYMD":"2024.05.02","WMWK":"1회차",
                     "ITEM_BOD":" 3.1","ITEM_TN":"<0.1"},"numOfRows":10,"pageNo":1,"totalCount":1}}
            """);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then its two fields are samples, <0.1 below quantification with the limit 0.1
        Assert.Equal(["BOD", "TN"], batch.Samples.Select(s => s.Variable));
        Assert.Equal(3.1, batch.Samples[0].Value);
        Assert.Equal(ValueQualifier.BelowQuantification, batch.Samples[1].Qualifier);
        Assert.Equal(0.1, batch.Samples[1].Limit);
        Assert.Equal("2012F50", Assert.Single(batch.Stations).Code);
    }

    [Fact]
    public void Should_read_a_saved_list_of_items_without_an_envelope()
    {
        // Given the items of an answer saved as a bare JSON array
        var file = Json(
            "items.json",
            """[{"PT_NO":"1003A05","PT_NM":"남한강1","WMCYMD":"2024.03.04","ITEM_COD":"13,000"}]""");

        // When it is read, Then the item is a sample as in the envelope
        var sample = Assert.Single(SampleFiles.Read(file).Samples);

        Assert.Equal(("1003A05", "COD", 13000.0), (sample.StationCode, sample.Variable, sample.Value!.Value));
    }

    [Fact]
    public void Should_read_the_xml_answer_and_note_that_it_is_one_page_of_many()
    {
        // Given an XML answer with 2 items of a totalCount of 41, When it is read
        var batch = TestData.Read(XmlAnswer);

        // Then its six fields are samples and the missing pages are reported
        var info = Assert.Single(batch.Diagnostics, d => d.Code == "files.partial-page");

        Assert.Equal(6, batch.Samples.Count);
        Assert.Equal(ValueQualifier.BelowDetection, batch.Samples.Single(s => s.RawText == "불검출").Qualifier);
        Assert.Equal(8.4, batch.Samples[0].Value);
        Assert.Equal(
            "the answer holds 2 of 41 items (page 1); download the other pages too to have them all",
            info.Message);
    }

    public static TheoryData<string, string, string> ErrorAnswers => new()
    {
        {
            "err.json",
            """
            {"OpenAPI_ServiceResponse":{"cmmMsgHeader":{"errMsg":"SERVICE ERROR",
             "returnAuthMsg":"SERVICE_KEY_IS_NOT_REGISTERED_ERROR","returnReasonCode":"30"}}}
            """,
            "SERVICE ERROR; SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30)"
        },
        {
            "err.xml",
            "<OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg><returnAuthMsg>"
                + "SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg><returnReasonCode>30</returnReasonCode>"
                + "</cmmMsgHeader></OpenAPI_ServiceResponse>",
            "SERVICE ERROR; SERVICE_KEY_IS_NOT_REGISTERED_ERROR (code 30)"
        },
        {
            "result.json",
            """{"response":{"header":{"resultCode":"01","resultMsg":"APPLICATION ERROR"}}}""",
            "APPLICATION ERROR (code 01)"
        },
        {
            "result.xml",
            "<response><header><resultCode>30</resultCode><resultMsg>SERVICE KEY IS NOT REGISTERED ERROR."
                + "</resultMsg></header></response>",
            "SERVICE KEY IS NOT REGISTERED ERROR. (code 30)"
        },
    };

    [Theory]
    [MemberData(nameof(ErrorAnswers))]
    public void Should_refuse_an_error_answer_quoting_its_reason(string name, string text, string reason)
    {
        // Given an error answer of the API
        var file = Json(name, text);

        // When it is offered and read
        var layout = _source.Recognise(file);
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        // Then it is claimed, so that the user sees the message: it names the file, quotes
        // the reason and says what to do
        Assert.Equal("api-answer", layout);
        Assert.Equal(
            $"{name} is an error answer of the Open API, not data: {reason}. Check the service key "
                + "and the request parameters, then download the answer again.",
            error.Message);
    }

    [Theory]
    [InlineData("""{"name":"fishdens","version":1}""")]
    [InlineData("<config><option>1</option></config>")]
    public void Should_not_claim_json_or_xml_that_is_no_api_answer(string text)
    {
        // Given a JSON or XML file of some other program
        var file = Json("settings.json", text);

        // When it is offered, Then it is not recognised, and reading says it holds no items
        Assert.Null(_source.Recognise(file));
        Assert.StartsWith(
            "settings.json holds no records of an Open API answer (no item, items or list field).",
            Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None)).Message);
    }

    [Fact]
    public void Should_refuse_a_cut_short_json_answer_naming_the_file()
    {
        // Given the first half of the JSON answer
        var whole = TestData.Load(JsonAnswer);
        var file = new RawFile("cut.json", "cut.json", whole.Content[..(whole.Content.Length / 2)]);

        // When it is read, Then the error names the file and says to download it again
        var error = Assert.Throws<SourceFormatException>(() => _source.Read(file, CancellationToken.None));

        Assert.StartsWith("cut.json is not complete JSON (", error.Message);
        Assert.EndsWith("). Download the file again (the Open API answer or the dataset).", error.Message);
    }

    [Fact]
    public void Should_read_the_algae_page_answer_as_algae_alert_samples()
    {
        // Given the algae page's JSON list (PORTAL-NOTES §3.2 fields), a cell count 분석중
        var file = Json(
            "algae.json",
            """
            {"list":[{"SWMN_CODE":"2020G33","SWMN_NM":"낙동강(칠서)","CHCK_DE":"2024-07-01",
                      "IEM_CHLA":"35.2","IEM_BGALAGE_CELL_CO":"분석중","IEM_WTRTP":"27.4"}]}
            """);

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the point is an algae-alert one, the unknown cell count is kept as not measured
        var cells = Assert.Single(batch.Samples, s => s.Variable == "IEM_BGALAGE_CELL_CO");

        Assert.Equal(("algae", "2020G33"), (batch.Stations[0].Network, batch.Stations[0].Code));
        Assert.Equal([("CHLA", 35.2), ("WT", 27.4)], batch.Samples.Where(s => s.Value is not null)
            .Select(s => (s.Variable, s.Value!.Value)));
        Assert.Equal((ValueQualifier.NotMeasured, "분석중"), (cells.Qualifier, cells.RawText));
        Assert.Equal(["IEM_BGALAGE_CELL_CO"], batch.UnknownColumns);
    }

    private static RawFile Json(string name, string text) => new(name, name, Encoding.UTF8.GetBytes(text));
}
