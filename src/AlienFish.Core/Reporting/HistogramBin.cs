namespace AlienFish.Core.Reporting;

/// <summary>
/// One bar of a histogram: values from <paramref name="From"/> up to, not including, <paramref name="To"/>.
/// </summary>
public sealed record HistogramBin(double From, double To, int Count);
