namespace AlienFish.Abstractions;

/// <summary>
/// A record that a species was seen at a place in a year, such as the National Institute of
/// Ecology's alien-species sightings or a Darwin Core occurrence. It says where a species is,
/// not how many there are per unit of effort, so it never becomes a density target.
/// </summary>
/// <param name="Key">
/// The record's identifier in its dataset where it has one; otherwise species, date or
/// year and position, so the same record read twice is stored once.
/// </param>
/// <param name="Year">조사연도: the year of the sighting.</param>
/// <param name="Date">The day of the sighting, where the record gives one.</param>
/// <param name="Location">Null when the record's position is missing or unusable.</param>
/// <param name="Count">Individuals seen, where the record gives them.</param>
public sealed record Occurrence(
    string Key,
    Species Species,
    int Year,
    DateOnly? Date,
    GeoPoint? Location,
    int? Count,
    SourceLocation Origin)
{
    /// <summary>The region the record names, e.g. 시도명 경상북도.</summary>
    public string? Region { get; init; }
}
