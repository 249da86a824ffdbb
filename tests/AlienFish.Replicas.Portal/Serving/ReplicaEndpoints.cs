using System.Globalization;
using System.Net;
using AlienFish.Replicas.Portal.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlienFish.Replicas.Portal.Serving;

/// <summary>
/// The replica's pages and the endpoints their scripts call. Paths follow what is known of
/// the portal: the 측정자료 page and its <c>toastList</c> search are real names; the bio
/// search page follows the older <c>bioSearch.do</c> address and the vendor board's field
/// names, because no copy of today's bio page is known.
/// </summary>
internal sealed class ReplicaEndpoints
{
    public const string OutcomeKey = "replica.outcome";

    public const string SitesKey = "replica.sites";

    private const string XlsType = "application/x-msexcel";

    private readonly ReplicaData _data;
    private readonly PortalReplicaOptions _options;
    private readonly ReplicaChaos _chaos;

    public ReplicaEndpoints(ReplicaData data, PortalReplicaOptions options, ReplicaChaos chaos)
    {
        _data = data;
        _options = options;
        _chaos = chaos;
    }

    public void Map(WebApplication app)
    {
        app.MapGet("/waterData/bioSearch.do", () => Page("bio-search.html", Years(2008)));
        app.MapGet("/waterData/bioSitePop.do", () => Page("bio-site-pop.html", BasinOptions()));
        app.MapGet("/waterData/waterSysSubListAjax.do", (HttpContext c, string? UPPER_CODE) =>
            Data(new { list = ReplicaData.MidBasins(_data.FishSites, UPPER_CODE ?? "") }, c));
        app.MapPost("/waterData/selSiteListAjax.do", Handler(FishSiteList));
        app.MapPost("/waterData/bioSearchList.do", Handler(FishSearch));
        app.MapPost("/waterData/bioDownload.do", Handler(FishDownload));

        app.MapGet("/web/waterMeasure", () => Page("water-measure.html", Years(2000)));
        app.MapGet("/web/waterMeasure/stationPop", () => Page("station-pop.html", BasinTree()));
        app.MapGet("/web/waterMeasure/midBasins", (HttpContext c, string? basin) =>
            Data(new { list = ReplicaData.MidBasins(_data.Stations, basin ?? "") }, c));
        app.MapGet("/web/waterMeasure/stations", (HttpContext c, string? basin, string? mid) =>
            Data(new { list = ReplicaData.InBasin(_data.Stations, basin ?? "", mid) }, c));
        app.MapPost("/web/waterMeasure/toastList", Handler(WaterSearch));
        app.MapPost("/web/waterMeasure/download", Handler(WaterDownload));
    }

    public static IResult ErrorPage(HttpContext context, string message, ReplicaOutcome outcome)
    {
        context.Items[OutcomeKey] = outcome;
        var html = PageTemplates.Render(
            "error.html", new Dictionary<string, string> { ["message"] = WebUtility.HtmlEncode(message) });

        return Results.Content(html, "text/html; charset=utf-8");
    }

    private async Task<IResult> FishSiteList(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var sites = ReplicaData.InBasin(_data.FishSites, form["WS_CD"].ToString(), form["AM_CD"].ToString());

        return Data(new { list = sites }, context);
    }

    private async Task<IResult> FishSearch(HttpContext context)
    {
        var query = await FishQuery.ReadAsync(context);

        if (query is null)
        {
            return Results.BadRequest();
        }

        var rows = _data.Species.Select(query.Sites, query.FromPeriod, query.ToPeriod);
        var preview = rows.Take(50).Select(r => new[] { 1, 2, 3, 4, 6, 7 }.Select(c => CellText.Text(r.Values[c])));

        return Data(new { count = rows.Count, rows = preview }, context, query.Sites.Count);
    }

    private async Task<IResult> FishDownload(HttpContext context)
    {
        var query = await FishQuery.ReadAsync(context);
        var mId = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync())["mId"].ToString() : "";
        var sheet = mId switch
        {
            "excelAemrvFishSpcsList" => _data.Species,
            "excelAemrvFishAcpexmList" => _data.Surveys,
            _ => null,
        };

        if (query is null || sheet is null)
        {
            return Results.BadRequest();
        }

        if (Refuse(context, query.Sites.Count) is { } refusal)
        {
            return refusal;
        }

        var bytes = sheet.Write(sheet.Select(query.Sites, query.FromPeriod, query.ToPeriod));

        return File(context, bytes, XlsType, $"어류_{sheet.Name}_{Stamp()}.xls", query.Sites.Count);
    }

    private async Task<IResult> WaterSearch(HttpContext context)
    {
        var query = await WaterQuery.ReadAsync(context);

        if (query is null)
        {
            return Results.BadRequest();
        }

        context.Items[SitesKey] = query.Stations.Count;

        if (query.Stations.Count > _options.SiteLimit)
        {
            return ErrorPage(context, TooManySites(), ReplicaOutcome.TooLarge);
        }

        var rows = _data.Water.Select(query.Stations, query.FromMonth, query.ToMonth);
        var list = rows.Take(50).Select(r => new
        {
            WQMN_CODE = r.Code,
            WQMN_NM = r.Name,
            CHCK_DE = r.Fields[2],
            TME = r.Fields[3],
        });

        return Data(new { count = rows.Count, list }, context, query.Stations.Count);
    }

    private async Task<IResult> WaterDownload(HttpContext context)
    {
        var query = await WaterQuery.ReadAsync(context);

        if (query is null)
        {
            return Results.BadRequest();
        }

        if (Refuse(context, query.Stations.Count) is { } refusal)
        {
            return refusal;
        }

        var bytes = _data.Water.Write(_data.Water.Select(query.Stations, query.FromMonth, query.ToMonth));

        return File(context, bytes, "text/csv", $"수질측정망_{Stamp()}.csv", query.Stations.Count);
    }

    /// <summary>A download answered with HTTP 500 or with the portal's error page, or null.</summary>
    private IResult? Refuse(HttpContext context, int siteCount)
    {
        context.Items[SitesKey] = siteCount;

        if (_chaos.ShouldFailDownload())
        {
            context.Items[OutcomeKey] = ReplicaOutcome.Failed;

            return Results.Content(
                "<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html", null, 500);
        }

        return siteCount > _options.SiteLimit ? ErrorPage(context, TooManySites(), ReplicaOutcome.TooLarge) : null;
    }

    /// <summary>The real wording is unknown; this one says what the portal is reported to do.</summary>
    private string TooManySites() =>
        $"한 번에 조회할 수 있는 지점은 최대 {_options.SiteLimit}개입니다. 지점을 나누어 조회하세요.";

    private IResult Page(string name, Dictionary<string, string> holes)
    {
        holes["searchButtonId"] = _options.SearchButtonId;

        return Results.Content(PageTemplates.Render(name, holes), "text/html; charset=utf-8");
    }

    /// <summary>JSON whose <c>renderDelayMs</c> tells the page how long to wait before drawing.</summary>
    private IResult Data(object payload, HttpContext context, int? siteCount = null)
    {
        context.Items[OutcomeKey] = ReplicaOutcome.Data;
        context.Items[SitesKey] = siteCount;
        var merged = new Dictionary<string, object?> { ["renderDelayMs"] = _chaos.NextRenderDelayMs() };

        foreach (var property in payload.GetType().GetProperties())
        {
            merged[property.Name] = property.GetValue(payload);
        }

        return Results.Json(merged);
    }

    private static IResult File(HttpContext context, byte[] bytes, string type, string name, int siteCount)
    {
        context.Items[OutcomeKey] = ReplicaOutcome.Download;
        context.Items[SitesKey] = siteCount;

        return Results.File(bytes, type, name);
    }

    private static Dictionary<string, string> Years(int first)
    {
        var years = Enumerable.Range(first, 2026 - first).Select(y => y.ToString(CultureInfo.InvariantCulture));
        var months = Enumerable.Range(1, 12).Select(m => m.ToString("00", CultureInfo.InvariantCulture));

        return new Dictionary<string, string>
        {
            ["years"] = PageTemplates.Options(years),
            ["months"] = PageTemplates.Options(months, m => int.Parse(m, CultureInfo.InvariantCulture) + "월"),
        };
    }

    private static Dictionary<string, string> BasinOptions() =>
        new() { ["basins"] = PageTemplates.Options(ReplicaData.Basins) };

    private static Dictionary<string, string> BasinTree() => new()
    {
        ["basins"] = string.Concat(ReplicaData.Basins.Select(b =>
            $"<li><a href=\"#\" class=\"expander\" data-basin=\"{b}\">{b}</a><ul class=\"mids\" hidden></ul></li>")),
    };

    /// <summary>Typed so that the route's result is written, not dropped as a plain RequestDelegate's.</summary>
    private static Delegate Handler(Func<HttpContext, Task<IResult>> handler) => handler;

    private static string Stamp() => DateTime.Now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
}
