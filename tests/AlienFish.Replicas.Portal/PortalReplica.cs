using System.Net;
using AlienFish.Replicas.Portal.Data;
using AlienFish.Replicas.Portal.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlienFish.Replicas.Portal;

/// <summary>
/// A local stand-in for the Water Environment Information System (물환경정보시스템) pages
/// that the portal crawl source drives, served on 127.0.0.1 only. It follows the real page
/// flow (a <c>window.open</c> site popup, lists drawn by script after a delay, a site limit
/// answered with an HTML error page, occasional HTTP 500s) and serves downloads in the
/// portal's formats, cut from the checkout's 금강 samples. It also says which rows it holds
/// for a request, so a test can check that a crawl brought back exactly those.
/// </summary>
public sealed class PortalReplica : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReplicaData _data;
    private readonly RequestLog _log;

    private PortalReplica(WebApplication app, ReplicaData data, RequestLog log, Uri baseAddress)
    {
        _app = app;
        _data = data;
        _log = log;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the replica listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The requests answered so far, in order.</summary>
    public IReadOnlyList<ReplicaRequest> Requests => _log.Snapshot();

    /// <summary>Starts the replica on a free port of 127.0.0.1.</summary>
    public static async Task<PortalReplica> StartAsync(
        PortalReplicaOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PortalReplicaOptions();
        var data = ReplicaData.For(options.SampleFolder);
        var log = new RequestLog();
        var chaos = new ReplicaChaos(options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        app.Use((context, next) => ReplicaMiddleware.InvokeAsync(context, next, log, chaos));
        new ReplicaEndpoints(data, options, chaos).Map(app);
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address = addresses?.Addresses.Single() ?? throw new InvalidOperationException("Kestrel gave no address");

        return new PortalReplica(app, data, log, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The fish survey reaches of a 대권역, or of one of its 중권역, by code.</summary>
    public IReadOnlyList<ReplicaSite> FishSites(string basin, string? midBasin = null) =>
        ReplicaData.InBasin(_data.FishSites, basin, midBasin);

    /// <summary>The water-quality stations of a 대권역, or of one of its 중권역, by code.</summary>
    public IReadOnlyList<ReplicaSite> Stations(string basin, string? midBasin = null) =>
        ReplicaData.InBasin(_data.Stations, basin, midBasin);

    /// <summary>
    /// The 출현생물 and 현지조사 rows the replica holds for these reaches from
    /// <paramref name="fromYear"/> 회차 <paramref name="fromRound"/> to
    /// <paramref name="toYear"/> 회차 <paramref name="toRound"/>, as the bio search counts periods.
    /// </summary>
    public IReadOnlyList<HeldRow> FishRows(
        IEnumerable<string> siteCodes, int fromYear, int fromRound, int toYear, int toRound)
    {
        var codes = siteCodes.ToHashSet(StringComparer.Ordinal);
        var from = fromYear * 10 + fromRound;
        var to = toYear * 10 + toRound;

        return _data.Species.Select(codes, from, to).Select(_data.Species.Held)
            .Concat(_data.Surveys.Select(codes, from, to).Select(_data.Surveys.Held))
            .ToList();
    }

    /// <summary>The 수질 sample rows the replica holds for these stations and months.</summary>
    public IReadOnlyList<HeldRow> WaterQualityRows(
        IEnumerable<string> stationCodes, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var codes = stationCodes.ToHashSet(StringComparer.Ordinal);

        return _data.Water.Select(codes, fromYear * 100 + fromMonth, toYear * 100 + toMonth)
            .Select(WaterQualityTable.Held)
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
