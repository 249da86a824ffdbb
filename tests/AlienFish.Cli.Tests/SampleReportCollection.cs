namespace AlienFish.Cli.Tests;

/// <summary>The report tests share one trained sample, made once.</summary>
[CollectionDefinition(Name)]
public sealed class SampleReportCollection : ICollectionFixture<SampleReport>
{
    public const string Name = "sample report";
}
