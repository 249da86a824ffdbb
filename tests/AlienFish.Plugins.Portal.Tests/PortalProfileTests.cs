using AlienFish.Abstractions;
using AlienFish.Plugins.Portal.Profiles;
using AlienFish.Replicas.Portal;
using AlienFish.Testing;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>The profile file, not the code, decides what the browser clicks.</summary>
public sealed class PortalProfileTests
{
    private static readonly PortalReplicaOptions Renamed = new() { SearchButtonId = "btnInquiry" };

    [BrowserFact]
    public async Task Renamed_search_button_is_found_when_the_profile_names_it()
    {
        await using var replica = await PortalReplica.StartAsync(Renamed);
        using var context = new TestCrawlContext();
        using var folder = new TempFolder();
        var profile = folder.File("renamed.json");
        File.WriteAllText(profile, File.ReadAllText(ProfileLoader.DefaultPath).Replace("#btnSearch", "#btnInquiry"));
        var request = ReplicaCrawl.Request(replica, "water-quality", 2023, 2023, ["금강/갑천"], ("profile", profile));

        var (_, files) = await ReplicaCrawl.RunAsync(request, context);

        var held = replica.WaterQualityRows(ReplicaCrawl.Codes(replica.Stations("금강", "갑천")), 2023, 1, 2023, 12);
        Assert.NotEmpty(held);
        Assert.Equal(DownloadedRows.Sorted(held), DownloadedRows.Sorted(DownloadedRows.Read(files)));
    }

    [BrowserFact]
    public async Task Shipped_profile_gives_up_with_a_clear_message_when_the_button_was_renamed()
    {
        await using var replica = await PortalReplica.StartAsync(Renamed);
        using var context = new TestCrawlContext();
        var request = ReplicaCrawl.Request(
            replica, "water-quality", 2023, 2023, ["금강/갑천"], ("retries", "0"), ("timeout-ms", "5000"));
        var source = new PortalSource();
        var batches = await source.PlanAsync(request, context, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SourceFormatException>(
            () => source.FetchAsync(batches[0], context, CancellationToken.None));

        Assert.StartsWith("portal: downloading ", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            " failed 1 times, last with: Timeout 5000ms exceeded.", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("more tries with --set retries=N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_profile_describes_both_datasets()
    {
        var profile = ProfileLoader.Load(null);

        Assert.Equal(["fish", "water-quality"], profile.Datasets.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(profile.Datasets["water-quality"].Fetch, s => s.Selector == "#dataSearchPop" && s.ClosesPopup);
    }

    [Fact]
    public void Step_with_an_unknown_kind_is_reported_with_file_and_step()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.json");
        var text = File.ReadAllText(ProfileLoader.DefaultPath);
        File.WriteAllText(path, text.Replace("\"do\": \"wait-for\"", "\"do\": \"sleep\""));

        var error = Assert.Throws<SourceFormatException>(() => ProfileLoader.Load(path));

        Assert.Equal(
            $"portal: profile '{path}': step 7 of fish.plan has do='sleep'; expected one of goto, select, click, "
            + "check-sites, wait-for, popup, download; fix the file or give another with --set profile=PATH",
            error.Message);
    }

    [Fact]
    public void Unknown_placeholder_is_reported_with_the_ones_there_are()
    {
        using var folder = new TempFolder();
        var path = folder.File("bad.json");
        File.WriteAllText(path, File.ReadAllText(ProfileLoader.DefaultPath).Replace("{fromYear}", "{startYear}"));

        var error = Assert.Throws<SourceFormatException>(() => ProfileLoader.Load(path));

        Assert.Contains(
            "step 2 of fish.fetch uses {startYear}; the placeholders are basin, midBasin, fromYear",
            error.Message,
            StringComparison.Ordinal);
    }
}
