using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Rows of one file that give a key an earlier row gave: only the first is kept, and the
/// repeats are reported, once per kind of record and file, and taken out of the batch, so that
/// "already stored" counts only what the store held before. A row repeated exactly is a note;
/// one with other values is a warning, since the values it holds are not stored.
/// </summary>
internal static class RepeatedKeys
{
    private static readonly SourceLocation Nowhere = new("", null, 0, null);

    public static void Report(SourceBatch batch)
    {
        Check(
            batch,
            "water samples",
            batch.Samples,
            s => (s.Network, s.StationCode, s.Date, s.Round, s.Variable),
            s => s.Origin,
            s => s with { Origin = Nowhere },
            s => $"station {s.StationCode} on {s.Date:yyyy-MM-dd}{Round(s.Round)}, {s.Variable}");
        Check(
            batch,
            "surveys",
            batch.Surveys,
            s => s.Key,
            s => s.Origin,
            s => s with { Origin = Nowhere },
            s => s.Key.ToString());
        Check(
            batch,
            "species counts",
            batch.Counts,
            c => (c.Survey, c.Species.Key),
            c => c.Origin,
            c => c with { Origin = Nowhere },
            c => $"{c.Species.Key} in {c.Survey}");
        Check(
            batch,
            "site chemistry values",
            batch.SiteChemistry,
            c => (c.Survey, c.Variable),
            c => c.Origin,
            c => c with { Origin = Nowhere },
            c => $"{c.Variable} in {c.Survey}");
    }

    private static void Check<T, TKey>(
        SourceBatch batch,
        string what,
        List<T> records,
        Func<T, TKey> keyOf,
        Func<T, SourceLocation> originOf,
        Func<T, T> withoutOrigin,
        Func<T, string> describe)
        where TKey : notnull
    {
        if (records.Count < 2)
        {
            return;
        }

        var first = new Dictionary<TKey, int>(records.Count);
        var same = new List<(int Index, int First)>();
        var other = new List<(int Index, int First)>();

        for (var i = 0; i < records.Count; i++)
        {
            var key = keyOf(records[i]);

            if (!first.TryGetValue(key, out var earlier))
            {
                first.Add(key, i);
                continue;
            }

            var alike = EqualityComparer<T>.Default.Equals(withoutOrigin(records[i]), withoutOrigin(records[earlier]));

            (alike ? same : other).Add((i, earlier));
        }

        if (same.Count + other.Count == 0)
        {
            return;
        }

        if (same.Count > 0)
        {
            var (index, earlier) = same[0];

            batch.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                DiagnosticCodes.RepeatedRow,
                $"{same.Count} {what} repeat an earlier row exactly (the first repeat is here, of row "
                + $"{originOf(records[earlier]).Row}: {describe(records[index])}); each is stored once",
                originOf(records[index])));
        }

        if (other.Count > 0)
        {
            var (index, earlier) = other[0];

            batch.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                DiagnosticCodes.ConflictingRow,
                $"{other.Count} {what} give the key of an earlier row with other values (the first is here, "
                + $"against row {originOf(records[earlier]).Row}: {describe(records[index])}); the earlier "
                + "row's values are kept",
                originOf(records[index])));
        }

        var repeats = same.Concat(other).Select(pair => pair.Index).ToHashSet();
        var position = 0;

        records.RemoveAll(_ => repeats.Contains(position++));
    }

    private static string Round(string? round) => string.IsNullOrEmpty(round) ? "" : $" round {round}";
}
