namespace AlienFish.Replicas.OpenApi;

/// <summary>One sample as an API item: its fields in the order the API writes them.</summary>
/// <param name="Month">Zero-padded, as <c>wmodList</c> must match it.</param>
internal sealed record MeasurementRow(
    string Station,
    string Year,
    string Month,
    IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string Field(string name) => Fields.First(f => f.Key == name).Value;
}
