namespace AlienFish.Plugins.Baselines.Tests;

/// <summary>Treats two numbers as equal when they differ by at most the tolerance.</summary>
internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}
