namespace AlienFish.Plugins.Portal.Planning;

/// <summary>
/// A <c>--basin</c> value: a 대권역 such as <c>금강</c>, or one of its 중권역 written
/// <c>금강/갑천</c>, which the site popup can also be searched by.
/// </summary>
internal sealed record BasinChoice(string Basin, string MidBasin)
{
    public string Label => MidBasin.Length == 0 ? Basin : Basin + "/" + MidBasin;

    public static BasinChoice Parse(string text)
    {
        var parts = text.Split('/', 2, StringSplitOptions.TrimEntries);

        return new BasinChoice(parts[0], parts.Length > 1 ? parts[1] : "");
    }
}
