using AlienFish.Plugins.Portal.Planning;

namespace AlienFish.Plugins.Portal.Tests;

public sealed class BatchPlannerTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    [Fact]
    public void Keys_do_not_depend_on_the_order_the_portal_lists_sites_in()
    {
        var sites = Enumerable.Range(10, 32).Select(i => new PortalSite($"3011F{i}", "미호천-" + i)).ToList();
        var periods = BatchPeriod.ForFish(2016, 2023, [1, 2]);
        var basin = BasinChoice.Parse("금강/미호천");

        var first = BatchPlanner.Plan("fish", basin, sites, periods, 15, NoSettings);
        var second = BatchPlanner.Plan("fish", basin, Enumerable.Reverse(sites), periods, 15, NoSettings);

        Assert.Equal(first.Select(b => b.Key), second.Select(b => b.Key));
        Assert.Equal(
            ["fish:금강/미호천:2016-2023:1-2:3011F10-3011F24", "fish:금강/미호천:2016-2023:1-2:3011F25-3011F39",
             "fish:금강/미호천:2016-2023:1-2:3011F40-3011F41"],
            first.Select(b => b.Key));
        Assert.All(first, b => Assert.InRange(b.Parameters["sites"].Split(',').Length, 1, 15));
    }

    [Fact]
    public void One_round_over_several_years_is_searched_year_by_year()
    {
        var periods = BatchPeriod.ForFish(2016, 2018, [2]);

        Assert.Equal(
            [new BatchPeriod(2016, 2, 2016, 2), new BatchPeriod(2017, 2, 2017, 2), new BatchPeriod(2018, 2, 2018, 2)],
            periods);
    }

    [Fact]
    public void Water_quality_keys_name_the_months_and_carry_the_settings()
    {
        var sites = new[] { new PortalSite("3009A10", "갑천1") };
        var settings = new Dictionary<string, string> { ["delay-ms"] = "800" };

        var period = BatchPeriod.ForWaterQuality(2023, 2023);

        var batch = BatchPlanner.Plan("water-quality", BasinChoice.Parse("금강"), sites, period, 15, settings).Single();

        Assert.Equal("water-quality:금강:2023:01-12:3009A10-3009A10", batch.Key);
        Assert.Equal("800", batch.Parameters["set.delay-ms"]);
        Assert.Equal("", batch.Parameters["midBasin"]);
    }
}
