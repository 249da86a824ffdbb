using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AlienFish.Replicas.Portal.Serving;

/// <summary>
/// The fields a bio search or download posts: <c>adm_cd</c> (comma list of site codes) and
/// <c>startDate</c>/<c>endDate</c> as year and 회차, e.g. <c>20161</c>.
/// </summary>
internal sealed record FishQuery(IReadOnlySet<string> Sites, int FromPeriod, int ToPeriod)
{
    public static async Task<FishQuery?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync();
        var sites = Codes(form["adm_cd"].ToString());
        var from = Period(form["startDate"].ToString());
        var to = Period(form["endDate"].ToString());

        return from is null || to is null ? null : new FishQuery(sites, from.Value, to.Value);
    }

    public static IReadOnlySet<string> Codes(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);

    private static int? Period(string text) =>
        text.Length == 5 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
