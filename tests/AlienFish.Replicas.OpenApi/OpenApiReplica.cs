using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AlienFish.Replicas.OpenApi;

/// <summary>
/// A local stand-in for the 국립환경과학원 water-quality Open API
/// (<c>/1480523/WaterQualityService/getWaterMeasuringList</c> and <c>/getMsrstnList</c>), served on
/// 127.0.0.1 at a free port from real 수질측정망 exports, with the real service's quirks: paging by
/// <c>totalCount</c>, a single item as an object, counts that may be strings, zero-padded months,
/// key errors in XML whatever was asked, and a key compared after exactly one decoding, so a key
/// encoded twice is refused as the real one refuses it. Delays and faults are drawn from a seed.
/// </summary>
/// <example>
/// <code>
/// await using var replica = await OpenApiReplica.StartAsync(new ReplicaOptions { FailFirst = 2 });
/// // give the plugin --set base-url={replica.BaseAddress} --set service-key={replica.Options.ServiceKey}
/// </code>
/// </example>
public sealed class OpenApiReplica : IAsyncDisposable
{
    /// <summary>The path of the service on the real host, kept so that URLs look the same.</summary>
    public const string ServicePath = "/1480523/WaterQualityService/";

    public const string MeasuringOperation = "getWaterMeasuringList";

    public const string StationListOperation = "getMsrstnList";

    private const int DefaultNumOfRows = 10;

    private const string NotRegistered = "SERVICE_KEY_IS_NOT_REGISTERED_ERROR";

    private readonly WebApplication _app;
    private readonly IReadOnlyList<MeasurementRow> _rows;
    private readonly IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> _stationItems;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly List<ReplicaRequest> _requests = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private int _received;
    private int _inFlight;
    private int _maxInFlight;

    private OpenApiReplica(WebApplication app, ReplicaOptions options)
    {
        _app = app;
        Options = options;
        _random = new Random(options.Seed);

        // Served in date order, then by station and round, as a stable order for paging.
        _rows = [.. options.SampleFiles.SelectMany(SampleMeasurements.Read)
            .OrderBy(r => r.Field("WMCYMD"), StringComparer.Ordinal)
            .ThenBy(r => r.Station, StringComparer.Ordinal)
            .ThenBy(r => r.Field("WMWK"), StringComparer.Ordinal)];

        Stations = [.. _rows.DistinctBy(r => r.Station).Select(r => new ReplicaStation(r.Station, r.Field("PT_NM")))
            .Concat(options.ExtraStations).DistinctBy(s => s.Code).OrderBy(s => s.Code, StringComparer.Ordinal)];

        _stationItems = [.. Stations.Select(StationItem)];
    }

    public ReplicaOptions Options { get; }

    /// <summary>The service address, e.g. <c>http://127.0.0.1:41234/1480523/WaterQualityService/</c>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every station <c>getMsrstnList</c> lists: those of the samples and the extra ones.</summary>
    public IReadOnlyList<ReplicaStation> Stations { get; }

    /// <summary>The requests received so far, in order of arrival.</summary>
    public IReadOnlyList<ReplicaRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests.OrderBy(r => r.ReceivedAt)];
            }
        }
    }

    /// <summary>The most requests that were being answered at the same moment.</summary>
    public int MaxConcurrentRequests => Volatile.Read(ref _maxInFlight);

    public static async Task<OpenApiReplica> StartAsync(
        ReplicaOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(
            new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();

        // Loopback only, on a port the system picks: nothing outside this machine can reach it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        var replica = new OpenApiReplica(app, options ?? new ReplicaOptions());
        app.Run(replica.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        replica.BaseAddress = new Uri(address.TrimEnd('/') + ServicePath);

        return replica;
    }

    /// <summary>
    /// The items the replica holds for these stations and years (and months, all when null),
    /// exactly as it serves them, in the order it pages them.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> ItemsFor(
        IEnumerable<string> stations, IEnumerable<int> years, IEnumerable<int>? months = null)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ptNoList"] = string.Join(',', stations),
            ["wmyrList"] = string.Join(',', years.Select(y => y.ToString(CultureInfo.InvariantCulture))),
        };

        if (months is not null)
        {
            query["wmodList"] = string.Join(',', months.Select(m => m.ToString("00", CultureInfo.InvariantCulture)));
        }

        return [.. Measurements(query).Select(r => r.Fields.ToDictionary(StringComparer.Ordinal))];
    }

    /// <summary>How many rows a request for these stations, years and months would page through.</summary>
    public int CountRows(IEnumerable<string> stations, IEnumerable<int> years, IEnumerable<int>? months = null) =>
        ItemsFor(stations, years, months).Count;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = Stopwatch.GetElapsedTime(_started);
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);

        using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var rawQuery = context.Request.QueryString.Value?.TrimStart('?') ?? "";
        var (rawKey, query) = ReplicaQuery.Parse(rawQuery);
        var path = context.Request.Path.Value ?? "";
        var operation = path.StartsWith(ServicePath, StringComparison.Ordinal) ? path[ServicePath.Length..] : path;
        var keyAccepted = ReplicaQuery.Matches(rawKey, Options.ServiceKey);
        var (fault, delay) = Draw();
        var status = 0;

        try
        {
            await Task.Delay(delay, gone.Token);
            var answer = await AnswerAsync(fault, operation, keyAccepted, query, gone.Token);

            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            await context.Response.Body.WriteAsync(answer.Body, gone.Token);
            status = answer.Status;
        }
        catch (OperationCanceledException)
        {
            // The client gave up (a timeout) or the replica is stopping; logged with status 0.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            var entry = new ReplicaRequest(
                receivedAt, Stopwatch.GetElapsedTime(_started), operation, rawQuery, rawKey, query,
                context.Request.Headers.UserAgent.ToString(), status, keyAccepted, fault);

            lock (_lock)
            {
                _requests.Add(entry);
            }
        }
    }

    private async Task<ReplicaAnswer> AnswerAsync(
        ReplicaFault fault, string operation, bool keyAccepted, IReadOnlyDictionary<string, string> query,
        CancellationToken cancellationToken)
    {
        var json = query.TryGetValue("resultType", out var type)
            && type.Equals("json", StringComparison.OrdinalIgnoreCase);

        switch (fault)
        {
            case ReplicaFault.Http500:
                return Envelopes.HtmlPage(500, "500 Internal Server Error");
            case ReplicaFault.HtmlPage:
                return Envelopes.HtmlPage(200, "서비스 점검 중입니다 (Service temporarily unavailable)");
            case ReplicaFault.ApplicationError:
                return Envelopes.HeaderOnly("01", "APPLICATION_ERROR", json);
            case ReplicaFault.Stall:
                await Task.Delay(Options.StallTime, cancellationToken);
                return Envelopes.HtmlPage(504, "504 Gateway Timeout");
        }

        if (operation is not (MeasuringOperation or StationListOperation))
        {
            return Envelopes.Gateway("12", "NO_OPENAPI_SERVICE_ERROR", asJson: false);
        }

        if (!keyAccepted)
        {
            return Options.KeyErrorStyle switch
            {
                KeyErrorStyle.GatewayJson => Envelopes.Gateway("30", NotRegistered, asJson: true),
                KeyErrorStyle.ResponseHeader => Envelopes.HeaderOnly("30", NotRegistered, asJson: true),
                _ => Envelopes.Gateway("30", NotRegistered, asJson: false),
            };
        }

        if (ReplicaQuery.Positive(query, "pageNo", 1) is not { } pageNo
            || ReplicaQuery.Positive(query, "numOfRows", DefaultNumOfRows) is not { } numOfRows)
        {
            return Envelopes.HeaderOnly("10", "INVALID_REQUEST_PARAMETER_ERROR", json);
        }

        List<IReadOnlyList<KeyValuePair<string, string>>> all = operation == MeasuringOperation
            ? [.. Measurements(query).Select(r => r.Fields)]
            : Listed(query);
        var page = all.Skip((pageNo - 1) * numOfRows).Take(numOfRows).ToList();
        var paging = new Paging(pageNo, numOfRows, all.Count);

        return json ? Envelopes.JsonPage(operation, page, paging, Options) : Envelopes.XmlPage(page, paging);
    }

    /// <summary>
    /// The rows matching <c>ptNoList</c>, <c>wmyrList</c> and <c>wmodList</c>, each compared as text
    /// as the real service does: a month given as <c>3</c> instead of <c>03</c> matches nothing.
    /// </summary>
    private IEnumerable<MeasurementRow> Measurements(IReadOnlyDictionary<string, string> query)
    {
        var stations = ReplicaQuery.List(query, "ptNoList");
        var years = ReplicaQuery.List(query, "wmyrList");
        var months = ReplicaQuery.List(query, "wmodList");

        return _rows.Where(r => (stations is null || stations.Contains(r.Station))
            && (years is null || years.Contains(r.Year))
            && (months is null || months.Contains(r.Month)));
    }

    private List<IReadOnlyList<KeyValuePair<string, string>>> Listed(IReadOnlyDictionary<string, string> query)
    {
        var stations = ReplicaQuery.List(query, "ptNoList");

        return [.. _stationItems.Where(i => stations is null || stations.Contains(i[0].Value))];
    }

    private IReadOnlyList<KeyValuePair<string, string>> StationItem(ReplicaStation station)
    {
        var first = _rows.FirstOrDefault(r => r.Station == station.Code);
        string[] position = ["LON_DGR", "LON_MIN", "LON_SEC", "LAT_DGR", "LAT_MIN", "LAT_SEC"];

        return
        [
            new("PT_NO", station.Code),
            new("PT_NM", station.Name),
            .. position.Select(p => new KeyValuePair<string, string>(p, first?.Field(p) ?? "")),
        ];
    }

    private (ReplicaFault Fault, TimeSpan Delay) Draw()
    {
        lock (_lock)
        {
            _received++;
            var faulty = _received <= Options.FailFirst
                || (Options.FaultRate > 0 && _random.NextDouble() < Options.FaultRate);
            var delay = Options.MaxDelay * _random.NextDouble();

            return (faulty ? Options.Fault : ReplicaFault.None, delay);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);

        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var now && now != seen)
        {
            seen = now;
        }
    }
}
