using System.Runtime;

namespace AlienFish.Cli.Tests;

/// <summary>Runs alone: the collector's latency mode belongs to the whole test process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GarbageCollectorCollection
{
    public const string Name = "garbage collector";
}

[Collection(GarbageCollectorCollection.Name)]
public sealed class AllocationBurstTests
{
    [Fact]
    public void Should_collect_nothing_within_the_budget_and_end_as_it_began()
    {
        var collections = GC.CollectionCount(0);

        using (new AllocationBurst())
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var kept = Enumerable.Range(0, 1000).Select(i => new byte[8 * 1024]).ToList();
            Assert.Equal(1000, kept.Count);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        // The region starts with one collection of its own and adds none within the budget.
        Assert.True(GC.CollectionCount(0) - collections <= 1);
    }

    [Fact]
    public void Should_go_back_to_normal_collections_once_the_budget_is_spent()
    {
        using (new AllocationBurst())
        {
            var spent = 0L;

            while (spent < 2 * AllocationBurst.Budget)
            {
                GC.KeepAlive(new byte[1 << 20]);
                spent += 1 << 20;
            }
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Should_leave_an_outer_burst_in_charge_of_an_inner_one()
    {
        using (new AllocationBurst())
        {
            using (new AllocationBurst())
            {
                Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }

            // The inner one did not end the region its outer one began.
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
