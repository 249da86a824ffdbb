using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Stations are keyed by network and code, so one name under two codes (마산천 is both
/// 3301A54 and 3013A70 in the 금강 exports) stays two stations. The batch says so once per
/// name, since anyone who joins on names would merge them.
/// </summary>
internal static class SharedNames
{
    public static void Report(SourceBatch batch)
    {
        var shared = batch.Stations
            .Where(s => s.Name.Length > 0 && s.Name != s.Code)
            .GroupBy(s => (s.Network, s.Name))
            .Where(g => g.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count() > 1);

        foreach (var group in shared)
        {
            var codes = group.Select(s => s.Code).Distinct(StringComparer.Ordinal).ToList();
            var later = group.First(s => s.Code == codes[1]);

            batch.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                DiagnosticCodes.SameName,
                $"station name {group.Key.Name} is used by {codes.Count} codes, "
                    + $"{string.Join(" and ", codes)}; they are kept as separate stations",
                later.Origin,
                group.Key.Name));
        }
    }
}
