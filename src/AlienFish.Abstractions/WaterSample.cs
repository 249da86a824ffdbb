namespace AlienFish.Abstractions;

/// <summary>
/// One measured variable at a station on a date. <see cref="Value"/> is null when the
/// qualifier says no number was reported; <see cref="Limit"/> holds the limit where known.
/// </summary>
/// <param name="Round">회차 within the month as written, e.g. <c>1회차</c>.</param>
/// <param name="Variable">A code from <see cref="Variables"/> or, for an unknown column, the header.</param>
public sealed record WaterSample(
    string Network,
    string StationCode,
    DateOnly Date,
    string? Round,
    TimeOnly? Time,
    string Variable,
    double? Value,
    string Unit,
    ValueQualifier Qualifier,
    double? Limit,
    string RawText,
    SourceLocation Origin);
