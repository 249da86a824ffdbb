using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Portal.Planning;

/// <summary>
/// Cuts a basin's sites into batches the portal accepts. Keys depend only on the request
/// and the sites (sorted by code), so a second run plans the same keys and the host skips
/// the batches it already finished.
/// </summary>
internal static class BatchPlanner
{
    public const string SettingPrefix = "set.";

    public static IReadOnlyList<CrawlBatch> Plan(
        string dataset,
        BasinChoice basin,
        IEnumerable<PortalSite> sites,
        IReadOnlyList<BatchPeriod> periods,
        int sitesPerBatch,
        IReadOnlyDictionary<string, string> settings)
    {
        var ordered = sites.DistinctBy(s => s.Code).OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var partFormat = dataset == PortalDatasets.Fish ? "0" : "00";
        var batches = new List<CrawlBatch>();

        foreach (var period in periods)
        {
            foreach (var chunk in ordered.Chunk(sitesPerBatch))
            {
                var codes = chunk.Select(s => s.Code).ToList();
                var key = string.Join(
                    ':', dataset, basin.Label, period.Years, period.Parts(partFormat), codes[0] + "-" + codes[^1]);
                var description = $"{dataset} {basin.Label} {period.Years} ({period.Parts(partFormat)}), "
                    + $"{codes.Count} sites {codes[0]}…{codes[^1]}";

                batches.Add(new CrawlBatch(key, description, Parameters(dataset, basin, period, codes, settings)));
            }
        }

        return batches;
    }

    private static Dictionary<string, string> Parameters(
        string dataset, BasinChoice basin, BatchPeriod period, List<string> codes,
        IReadOnlyDictionary<string, string> settings)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dataset"] = dataset,
            ["basin"] = basin.Basin,
            ["midBasin"] = basin.MidBasin,
            ["fromYear"] = period.FromYear.ToString(CultureInfo.InvariantCulture),
            ["fromPart"] = period.FromPart.ToString(CultureInfo.InvariantCulture),
            ["toYear"] = period.ToYear.ToString(CultureInfo.InvariantCulture),
            ["toPart"] = period.ToPart.ToString(CultureInfo.InvariantCulture),
            ["sites"] = string.Join(',', codes),
        };

        foreach (var (key, value) in settings)
        {
            parameters[SettingPrefix + key] = value;
        }

        return parameters;
    }
}
