namespace AlienFish.Abstractions;

/// <summary>
/// Water chemistry measured at the survey reach itself, at the time of the survey
/// (생물측정망 수질).
/// </summary>
public sealed record SiteChemistry(
    SurveyKey Survey,
    string Variable,
    double? Value,
    string Unit,
    ValueQualifier Qualifier,
    string RawText,
    SourceLocation Origin)
{
    /// <summary>The limit of a below-limit value (the 0.1 of <c>&lt;0.1</c>), where known.</summary>
    public double? Limit { get; init; }
}
