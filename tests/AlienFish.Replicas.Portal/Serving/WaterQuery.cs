using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace AlienFish.Replicas.Portal.Serving;

/// <summary>
/// The fields a 측정자료 search or download posts: <c>station_codes</c> and the period as
/// <c>ATTR_2</c>/<c>ATTR_3</c> in <c>yyyyMM</c>, as the portal's own form sends them.
/// </summary>
internal sealed record WaterQuery(IReadOnlySet<string> Stations, int FromMonth, int ToMonth)
{
    public static async Task<WaterQuery?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync();
        var from = Month(form["ATTR_2"].ToString());
        var to = Month(form["ATTR_3"].ToString());

        return from is null || to is null
            ? null
            : new WaterQuery(FishQuery.Codes(form["station_codes"].ToString()), from.Value, to.Value);
    }

    private static int? Month(string text) =>
        text.Length == 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
