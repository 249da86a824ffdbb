using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Cuts a crawl into batches of at most <c>stations-per-request</c> stations and one year,
/// the unit the host remembers as finished. Keys depend only on what is fetched, e.g.
/// <c>wq:3008A40,3008A41:2016</c>, with <c>:03,04</c> added when only some months are asked
/// for, so the same crawl run again finds its finished batches whatever order the codes came in.
/// </summary>
internal static class BatchPlan
{
    public const string StationsParameter = "stations";

    public const string YearParameter = "year";

    public const string MonthsParameter = "months";

    public static IReadOnlyList<CrawlBatch> Of(
        IReadOnlyList<string> stations, int fromYear, int toYear, OpenApiSettings settings)
    {
        var groups = stations.Order(StringComparer.Ordinal).Chunk(settings.StationsPerRequest).ToList();
        var months = string.Join(',', settings.Months.Select(Month));
        var monthsInKey = settings.AllMonths ? "" : ":" + months;
        var batches = new List<CrawlBatch>();

        for (var year = fromYear; year <= toYear; year++)
        {
            var yearText = year.ToString(CultureInfo.InvariantCulture);

            foreach (var group in groups)
            {
                var codes = string.Join(',', group);
                var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [StationsParameter] = codes,
                    [YearParameter] = yearText,
                    [MonthsParameter] = months,
                };

                var description = $"{WaterQualityApiSource.MeasuringOperation} {codes} {yearText}"
                    + (settings.AllMonths ? "" : " months " + months);

                batches.Add(new CrawlBatch($"wq:{codes}:{yearText}{monthsInKey}", description, parameters));
            }
        }

        return batches;
    }

    /// <summary>Months go to the API zero-padded: <c>wmodList=3</c> matches nothing, <c>03</c> does.</summary>
    public static string Month(int month) => month.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The file name of one page, e.g. <c>getWaterMeasuringList_3008A40-3008A41_2016_p1.json</c>:
    /// operation, stations, year, the months when not all were asked for, and the page.
    /// </summary>
    public static string FileName(CrawlBatch batch, int pageNo, string extension)
    {
        var stations = batch.Parameters[StationsParameter].Replace(',', '-');
        var months = batch.Parameters[MonthsParameter];
        var monthPart = months.Split(',').Length == 12 ? "" : "_m" + months.Replace(',', '-');

        return $"{WaterQualityApiSource.MeasuringOperation}_{stations}_{batch.Parameters[YearParameter]}"
            + $"{monthPart}_p{pageNo.ToString(CultureInfo.InvariantCulture)}{extension}";
    }
}
