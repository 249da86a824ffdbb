using System.Text;

namespace AlienFish.Replicas.Portal.Data;

/// <summary>
/// Names the 중권역 of a site from the first four digits of its code, which the portal's
/// station and reach codes share. The names come from the 금강 station list and the fish
/// sheets; a prefix neither names (the small 서해 basins) is shown as <c>중권역 NNNN</c>.
/// </summary>
internal sealed class MidBasinNames
{
    private readonly Dictionary<string, string> _byPrefix = new(StringComparer.Ordinal);

    public void Learn(string code, string? midBasin)
    {
        if (code.Length < 4 || string.IsNullOrWhiteSpace(midBasin))
        {
            return;
        }

        _byPrefix.TryAdd(code[..4], midBasin.Trim());
    }

    public string Of(string code)
    {
        var prefix = code.Length >= 4 ? code[..4] : code;

        return _byPrefix.TryGetValue(prefix, out var name) ? name : "중권역 " + prefix;
    }

    /// <summary>Reads the 금강 station list: 분류번호 in the third column, 중권역 in the sixth.</summary>
    public void LearnFromStationList(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            var fields = line.Split(',');

            if (fields.Length > 5)
            {
                Learn(fields[2], fields[5]);
            }
        }
    }
}
