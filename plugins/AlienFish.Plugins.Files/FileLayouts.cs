namespace AlienFish.Plugins.Files;

/// <summary>
/// The names of the layouts the files source reads, as <c>SourceBatch.Layout</c> gives them.
/// </summary>
public static class FileLayouts
{
    /// <summary>수질측정망 long export: one row per sample, one column per variable.</summary>
    public const string WaterQualityLong = "wq-long";

    /// <summary>
    /// 수질측정망 wide export: two header rows (month, then item), one row per station.
    /// </summary>
    public const string WaterQualityWide = "wq-wide";

    /// <summary>총량측정망 export: one row per visit of a total-load station, keyed by its name.</summary>
    public const string TotalLoad = "tl-export";

    /// <summary>mulmoa.go.kr re-export of 수질측정망 data: one row per visit, no station code.</summary>
    public const string WaterQualityByName = "mulmoa";

    /// <summary>
    /// A workbook that could not be opened: claimed so that reading it tells the user why.
    /// </summary>
    public const string Workbook = "workbook";

    /// <summary>
    /// An Open API answer that holds no data (an error answer, or a page with no items):
    /// claimed so that reading it quotes the reason the answer gives.
    /// </summary>
    public const string ApiAnswer = "api-answer";

    /// <summary>
    /// A dataset saved as JSON with a list of records that could not be read (cut short, or
    /// holding no record): claimed so that reading it says why.
    /// </summary>
    public const string Dataset = "dataset";

    /// <summary>A station list with codes and decimal or split DMS coordinates.</summary>
    public const string StationList = "station-list";

    /// <summary>어류 현지조사: one row per survey, with the reach and the sampling effort.</summary>
    public const string FishSurvey = "fish-survey";

    /// <summary>어류 출현생물: one row per species caught in a survey, with its count.</summary>
    public const string FishSpecies = "fish-species";

    /// <summary>생물측정망 수질: water chemistry measured at the reach at survey time.</summary>
    public const string FishChemistry = "fish-chemistry";

    /// <summary>
    /// A checklist of species: Korean and scientific names, one species a row, such as a
    /// national fish list. Its columns are found by what they hold, since lists mislabel them.
    /// </summary>
    public const string SpeciesList = "species-list";

    /// <summary>
    /// Sightings of species at a place and year without survey effort: the National Institute
    /// of Ecology's alien-species records, or a Darwin Core occurrence download.
    /// </summary>
    public const string Occurrences = "occurrences";

    /// <summary>Stations and reaches as the point features of a GeoJSON file.</summary>
    public const string GeoJson = "geojson";

    /// <summary>Stations and reaches as the point features of GeoPackage tables.</summary>
    public const string GeoPackage = "gpkg";
}
