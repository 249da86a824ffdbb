using System.Runtime;

namespace AlienFish.Cli;

/// <summary>
/// A stretch of work that makes tens of megabytes which mostly live until it is done: an
/// import holds each file's table and samples until the file is stored, so a collection in
/// the middle copies them all. The first <see cref="Budget"/> bytes are allocated with no
/// collection; past that, collections run as usual again.
/// </summary>
/// <remarks>
/// The memory is only reserved: a short import's peak grows by what it really uses.
/// Where the runtime cannot promise the budget, or another burst is under way in the
/// process, nothing changes.
/// </remarks>
internal sealed class AllocationBurst : IDisposable
{
    public const long Budget = 64L << 20;

    private readonly bool _started;

    public AllocationBurst()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            _started = GC.TryStartNoGCRegion(Budget);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // The budget is more than this runtime allows, or another burst began meanwhile.
        }
    }

    public void Dispose()
    {
        // Spending the budget ends the region by itself, with a collection.
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile by a collection: the runtime is back to normal either way.
        }
    }
}
