namespace AlienFish.Abstractions;

/// <summary>
/// Everything a source read from one file. The host stores a batch whole or not at all.
/// </summary>
public sealed class SourceBatch
{
    public SourceBatch(string layout)
    {
        Layout = layout;
    }

    /// <summary>The layout the source recognised, e.g. <c>wq-long</c>.</summary>
    public string Layout { get; }

    public List<Station> Stations { get; } = [];

    public List<SurveyReach> Reaches { get; } = [];

    public List<FishSurvey> Surveys { get; } = [];

    public List<SpeciesCount> Counts { get; } = [];

    public List<WaterSample> Samples { get; } = [];

    public List<SiteChemistry> SiteChemistry { get; } = [];

    /// <summary>
    /// Species named by a checklist, on their own; species that counts and occurrences
    /// name are stored with them and need not be listed here.
    /// </summary>
    public List<Species> Species { get; } = [];

    /// <summary>
    /// The Korean names the file wrote its species under, variants included; the official
    /// name is <see cref="Species.KoreanName"/>.
    /// </summary>
    public List<SpeciesName> SpeciesNames { get; } = [];

    /// <summary>Sightings of a species at a place, without survey effort.</summary>
    public List<Occurrence> Occurrences { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Header cells that map to no known variable, kept as reported here.</summary>
    public List<string> UnknownColumns { get; } = [];
}
