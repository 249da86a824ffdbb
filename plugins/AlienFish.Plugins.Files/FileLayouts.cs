namespace AlienFish.Plugins.Files;

/// <summary>
/// The names of the layouts the files source reads, as <c>SourceBatch.Layout</c> gives them.
/// </summary>
public static class FileLayouts
{
    /// <summary>수질측정망 long export: one row per sample, one column per variable.</summary>
    public const string WaterQualityLong = "wq-long";

    /// <summary>A station list with codes and decimal or split DMS coordinates.</summary>
    public const string StationList = "station-list";

    /// <summary>어류 현지조사: one row per survey, with the reach and the sampling effort.</summary>
    public const string FishSurvey = "fish-survey";

    /// <summary>어류 출현생물: one row per species caught in a survey, with its count.</summary>
    public const string FishSpecies = "fish-species";

    /// <summary>생물측정망 수질: water chemistry measured at the reach at survey time.</summary>
    public const string FishChemistry = "fish-chemistry";
}
