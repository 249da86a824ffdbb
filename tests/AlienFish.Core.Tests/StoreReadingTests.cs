using AlienFish.Abstractions;
using AlienFish.Core.Storage;
using AlienFish.Testing;

namespace AlienFish.Core.Tests;

/// <summary>Samples and surveys read back from the store exactly as they were stored.</summary>
public sealed class StoreReadingTests
{
    private static readonly SourceLocation Row7 = new("wq.csv", null, 7, "TP(㎎/L)");

    [Fact]
    public void Should_read_back_every_field_of_the_samples_When_values_times_and_limits_vary()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var batch = new SourceBatch("wq-long");
        WaterSample[] stored =
        [
            new("wq", "3008A40", new DateOnly(2016, 5, 3), "1회차", new TimeOnly(10, 30), Variables.TotalPhosphorus,
                0.125, "mg/L", ValueQualifier.None, null, "0.125", Row7),
            new("wq", "3008A40", new DateOnly(2016, 5, 3), "1회차", new TimeOnly(10, 30), Variables.TotalNitrogen,
                null, "mg/L", ValueQualifier.BelowQuantification, 0.005, "정량한계미만", Row7 with { Row = 8 }),
            new("wq", "3008A40", new DateOnly(2016, 6, 1), "", null, Variables.Bod,
                null, "mg/L", ValueQualifier.NotMeasured, null, "-", Row7 with { Row = 9 }),
            new("auto", "S01007", new DateOnly(2016, 5, 2), "2회차", null, Variables.DissolvedOxygen,
                -0.0, "mg/L", ValueQualifier.None, null, "-0.0", Row7 with { Row = 10 }),
        ];
        batch.Samples.AddRange(stored);
        store.StoreBatch(Raw("wq"), "sha-wq", "test", batch);

        var read = store.LoadSamples();

        // The store keeps no file name or column per sample: the origin names the row and variable.
        var expected = stored
            .Select(s => s with { Origin = new SourceLocation("", null, s.Origin.Row, s.Variable) })
            .OrderBy(s => s.Network, StringComparer.Ordinal)
            .ThenBy(s => s.StationCode, StringComparer.Ordinal)
            .ThenBy(s => s.Date)
            .ThenBy(s => s.Round, StringComparer.Ordinal)
            .ThenBy(s => s.Variable, StringComparer.Ordinal);

        Assert.Equal(expected, read);
    }

    [Fact]
    public void Should_read_back_surveys_with_their_reach_When_some_fields_are_missing()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var batch = new SourceBatch("fish-survey");
        var origin = new SourceLocation("현지조사.csv", null, 4, null);
        var reach = new SurveyReach("bio-fish", "3001F74", "무주 구량천", new GeoPoint(35.864, 127.617))
        {
            Basin = "금강",
            River = "구량천",
        };
        FishSurvey[] surveys =
        [
            new(new SurveyKey("bio-fish", "3001F74", 2016, 1), new DateOnly(2016, 4, 20), 64.0, "족대", 7510.0,
                origin),
            new(new SurveyKey("bio-fish", "3001F74", 2016, 2), null, null, null, null, origin with { Row = 5 }),
            new(new SurveyKey("bio-fish", "3002F01", 2016, 1), new DateOnly(2016, 4, 21), 30.0, "투망", null,
                origin with { Row = 6 }),
        ];
        batch.Reaches.Add(reach);
        batch.Surveys.AddRange(surveys);
        store.StoreBatch(Raw("fish"), "sha-fish", "test", batch);

        var read = store.LoadSurveys();

        // A survey whose reach was never stored gets one named by its code, without coordinates.
        var unknownReach = new SurveyReach("bio-fish", "3002F01", "3002F01", null);
        SurveyToMatch[] expected =
        [
            new(surveys[0] with { Origin = origin with { File = "fish.txt" } }, reach),
            new(surveys[1] with { Origin = origin with { File = "fish.txt", Row = 5 } }, reach),
            new(surveys[2] with { Origin = origin with { File = "fish.txt", Row = 6 } }, unknownReach),
        ];

        Assert.Equal(expected, read);
    }

    private static RawFile Raw(string text) =>
        new(text + ".txt", "/tmp/" + text + ".txt", System.Text.Encoding.UTF8.GetBytes(text));
}
