using System.Globalization;

namespace AlienFish.Plugins.Portal.Planning;

/// <summary>The values a profile's <c>{placeholders}</c> take for one basin and period.</summary>
internal static class FlowValues
{
    public static IReadOnlyDictionary<string, string> For(string dataset, BasinChoice basin, BatchPeriod period)
    {
        var fish = dataset == PortalDatasets.Fish;

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["basin"] = basin.Basin,
            ["midBasin"] = basin.MidBasin,
            ["fromYear"] = Text(period.FromYear),
            ["toYear"] = Text(period.ToYear),
            ["fromRound"] = fish ? Text(period.FromPart) : "1",
            ["toRound"] = fish ? Text(period.ToPart) : "2",
            ["fromMonth"] = fish ? "01" : Text(period.FromPart, "00"),
            ["toMonth"] = fish ? "12" : Text(period.ToPart, "00"),
        };
    }

    private static string Text(int value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);
}
