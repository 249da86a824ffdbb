namespace AlienFish.Replicas.Portal.Serving;

/// <summary>The requests the replica answered, safe to read while the replica runs.</summary>
internal sealed class RequestLog
{
    private readonly List<ReplicaRequest> _entries = [];
    private readonly Lock _lock = new();

    public void Add(ReplicaRequest entry)
    {
        lock (_lock)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<ReplicaRequest> Snapshot()
    {
        lock (_lock)
        {
            return _entries.ToList();
        }
    }
}
