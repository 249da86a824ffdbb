namespace AlienFish.Abstractions;

/// <summary>
/// One visit to a reach, with the effort that turns counts into a density.
/// </summary>
/// <param name="Date">조사일; null when the sheet does not give it.</param>
/// <param name="EffortMinutes">채집소요시간(분).</param>
/// <param name="AreaSquareMetres">Surveyed area (조사면적), when known.</param>
public sealed record FishSurvey(
    SurveyKey Key,
    DateOnly? Date,
    double? EffortMinutes,
    string? Gear,
    double? AreaSquareMetres,
    SourceLocation Origin);
