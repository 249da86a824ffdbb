using AlienFish.Testing;

namespace AlienFish.Replicas.OpenApi;

/// <summary>
/// How a replica behaves. The defaults are the real service's manners on a good day: data of
/// the bundled Geum samples, one registered key, JSON counts as numbers, a single item as an
/// object, key errors in XML, no delays and no faults.
/// </summary>
public sealed record ReplicaOptions
{
    /// <summary>A decoded key with the characters (<c>+ / =</c>) that make the encoded one differ.</summary>
    public const string DefaultServiceKey = "fishdens+Replica/Key0123456789==";

    /// <summary>The one key the replica accepts, decoded as data.go.kr's "Decoding" key.</summary>
    public string ServiceKey { get; init; } = DefaultServiceKey;

    /// <summary>The same key as data.go.kr's "Encoding" key: %-encoded once.</summary>
    public string EncodedServiceKey => Uri.EscapeDataString(ServiceKey);

    /// <summary>수질측정망 exports (CP949 CSV) whose rows the replica serves.</summary>
    public IReadOnlyList<string> SampleFiles { get; init; } =
    [
        Path.Combine(RepoPaths.GeumWaterQuality, "geum2016.csv"),
        Path.Combine(RepoPaths.GeumWaterQuality, "geum2023.csv"),
    ];

    /// <summary>Stations listed by <c>getMsrstnList</c> besides those of the samples, e.g. of other basins.</summary>
    public IReadOnlyList<ReplicaStation> ExtraStations { get; init; } = [];

    public KeyErrorStyle KeyErrorStyle { get; init; } = KeyErrorStyle.GatewayXml;

    /// <summary>Writes <c>totalCount</c>, <c>pageNo</c> and <c>numOfRows</c> as strings, as some answers do.</summary>
    public bool CountsAsStrings { get; init; }

    /// <summary>A page with one item carries it as an object, not a one-item array (the XML-to-JSON quirk).</summary>
    public bool SingleItemAsObject { get; init; } = true;

    /// <summary>The fault played for the requests <see cref="FailFirst"/> and <see cref="FaultRate"/> pick.</summary>
    public ReplicaFault Fault { get; init; } = ReplicaFault.Http500;

    /// <summary>The first so many requests, whatever they ask, get <see cref="Fault"/>.</summary>
    public int FailFirst { get; init; }

    /// <summary>
    /// After those, each request gets <see cref="Fault"/> with this probability, drawn from <see cref="Seed"/>.
    /// </summary>
    public double FaultRate { get; init; }

    /// <summary>Each answer waits a random time up to this long, drawn from <see cref="Seed"/>.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.Zero;

    /// <summary>How long a <see cref="ReplicaFault.Stall"/> holds a request.</summary>
    public TimeSpan StallTime { get; init; } = TimeSpan.FromSeconds(10);

    public int Seed { get; init; } = 20160104;
}
