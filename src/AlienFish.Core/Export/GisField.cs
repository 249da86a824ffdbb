namespace AlienFish.Core.Export;

/// <summary>One attribute column of a layer with its SQLite type: TEXT, INTEGER or REAL.</summary>
internal sealed record GisField(string Name, string SqlType)
{
    public static GisField Text(string name) => new(name, "TEXT");

    public static GisField Integer(string name) => new(name, "INTEGER");

    public static GisField Real(string name) => new(name, "REAL");
}
