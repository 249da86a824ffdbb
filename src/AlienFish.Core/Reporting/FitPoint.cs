namespace AlienFish.Core.Reporting;

/// <summary>One survey on an observed-against-predicted plot, densities in individuals per m².</summary>
/// <param name="Label">What the point's tooltip names: reach, year and round.</param>
public sealed record FitPoint(string Label, double Observed, double Predicted);
