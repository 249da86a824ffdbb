using System.Text.RegularExpressions;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Reporting;
using AlienFish.Testing;

namespace AlienFish.Core.Tests.Reporting;

public sealed partial class HtmlReportTests
{
    private readonly ReportSample _sample = new();

    [Fact]
    public void Should_draw_one_observed_against_predicted_plot_per_species_with_a_point_per_observed_survey()
    {
        // Given surveys where the third species has no density in every fourth survey
        var data = _sample.Data();

        // When the report is drawn
        var page = ReportHtml.Parse(HtmlReport.Render(data));

        // Then there is one plot per species, in the model's order, with a point per survey that has a density
        var plots = ReportHtml.Plots(page, "observed-predicted");
        Assert.Equal(ReportSample.Targets.Select(t => t.Key), plots.Select(p => (string)p.Attribute("data-species")!));

        for (var t = 0; t < ReportSample.Targets.Length; t++)
        {
            var expected = _sample.Surveys.Where(s => s.Observed[t] is not null).Select(s => s.Label).ToList();
            var points = ReportHtml.Shapes(plots[t], "circle", "point");

            Assert.Equal(expected.Count, points.Count);
            Assert.Equal(expected.Order(), points.Select(p => ReportHtml.Tooltip(p).Split(": observed")[0]).Order());
        }

        Assert.Equal(30, _sample.Surveys.Count(s => s.Observed[2] is not null));
    }

    [Fact]
    public void Should_place_each_point_at_log_one_plus_its_observed_and_predicted_density()
    {
        var data = _sample.Data();

        var plot = ReportHtml.Plots(ReportHtml.Parse(HtmlReport.Render(data)), "observed-predicted")[0];

        // Both axes share one scale, so a point's offset from the origin is proportional to its value.
        var points = ReportHtml.Shapes(plot, "circle", "point");
        var fit = data.Fits[0].Points;
        var origin = (X: points.Min(p => ReportHtml.Number(p, "cx")), Y: points.Max(p => ReportHtml.Number(p, "cy")));
        var widest = fit.Select((p, i) => (Value: Math.Log(1 + p.Observed), i)).MaxBy(x => x.Value);
        var pixelsPerUnit = (ReportHtml.Number(points[widest.i], "cx") - origin.X) / widest.Value;

        for (var i = 0; i < fit.Count; i++)
        {
            if (fit[i].Observed == 0)
            {
                Assert.Equal(origin.X, ReportHtml.Number(points[i], "cx"), 1);
            }

            var dx = ReportHtml.Number(points[i], "cx") - origin.X;
            Assert.Equal(Math.Log(1 + fit[i].Observed) * pixelsPerUnit, dx, 0.15);
        }
    }

    [Fact]
    public void Should_count_in_each_histogram_bar_the_distances_between_its_edges()
    {
        // Given the match run's distances, three of them exactly on 1 km bar edges
        var data = _sample.Data();

        // When the report is drawn
        var plot = ReportHtml.Plots(ReportHtml.Parse(HtmlReport.Render(data)), "distance-histogram").Single();

        // Then the bars run from zero without gaps, and each counts the distances in [from, to)
        var bars = ReportHtml.Shapes(plot, "rect", "bar")
            .Select(b => (From: ReportHtml.Number(b, "data-from"), To: ReportHtml.Number(b, "data-to"),
                Count: (int)ReportHtml.Number(b, "data-count")))
            .ToList();

        Assert.Equal(0, bars[0].From);
        Assert.All(bars.Zip(bars.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.All(bars, b => Assert.Equal(_sample.Distances.Count(d => d >= b.From && d < b.To), b.Count));
        Assert.Equal(_sample.Distances.Count, bars.Sum(b => b.Count));
        Assert.True(_sample.Distances.Max() < bars[^1].To);
        Assert.InRange(bars.Count, 10, 21);
    }

    [Fact]
    public void Should_choose_bar_widths_of_one_two_or_five_times_a_power_of_ten()
    {
        Assert.Equal(500, DistanceHistogram.RoundWidth(249.5));
        Assert.Equal(200, DistanceHistogram.RoundWidth(200));
        Assert.Equal(0.005, DistanceHistogram.RoundWidth(0.0031), 12);
        Assert.Equal(1000, DistanceHistogram.RoundWidth(501));
    }

    [Fact]
    public void Should_put_a_distance_on_the_top_edge_into_one_more_bar()
    {
        var histogram = DistanceHistogram.Of([0, 250, 4000]);

        // 4000 / 20 = 200 m bars; 4000 itself opens a 21st bar
        Assert.Equal(200, histogram.BinWidth);
        Assert.Equal(21, histogram.Bins.Count);
        Assert.Equal([1, 1, 1], histogram.Bins.Where(b => b.Count > 0).Select(b => b.Count));
        Assert.Equal(4000, histogram.Bins[^1].From);
    }

    [Fact]
    public void Should_name_no_address_outside_the_file()
    {
        var html = HtmlReport.Render(_sample.Data(_sample.Latent()));

        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("//", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);

        // In-page links to the sections are the only references, and the policy refuses any fetch.
        var references = Reference().Matches(html).Select(m => m.Groups[2].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("#", r, StringComparison.Ordinal));
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_escape_every_name_taken_from_the_data()
    {
        var html = HtmlReport.Render(_sample.Data(_sample.Latent()));

        Assert.DoesNotContain(ReportSample.HostileName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("떡붕어<b>", html, StringComparison.Ordinal);
        var escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;";
        Assert.Contains(escaped, html, StringComparison.Ordinal);

        // Well-formed, and the hostile name is text in tooltips, never an element
        var page = ReportHtml.Parse(html);
        Assert.Empty(page.Descendants("script"));
        Assert.Empty(page.Descendants("b"));
        Assert.Contains(
            page.Descendants("title"), t => t.Value.StartsWith(ReportSample.HostileName, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_map_every_reach_once_per_species_with_only_the_stations_inside_the_map()
    {
        var data = _sample.Data();

        var maps = ReportHtml.Plots(ReportHtml.Parse(HtmlReport.Render(data)), "reach-map");

        Assert.Equal(ReportSample.Targets.Length, maps.Count);
        Assert.All(maps, map =>
        {
            Assert.Equal(_sample.ReachCount, ReportHtml.Shapes(map, "circle", "reach").Count);

            // S8 and S9 lie far south and north of the reaches
            var stations = ReportHtml.Shapes(map, "rect", "station").Select(ReportHtml.Tooltip).ToList();
            Assert.Equal(["station 갑천A (S1), used by a match", "station 대청B (S2), not used"], stations);
            Assert.Single(map.Descendants("g"), g => (string?)g.Attribute("class") == "scale-bar");
            Assert.Single(map.Descendants("g"), g => (string?)g.Attribute("class") == "north-arrow");
            Assert.Single(map.Descendants("g"), g => (string?)g.Attribute("class") == "legend");
        });
    }

    [Fact]
    public void Should_draw_a_response_curve_per_variable_with_a_vertex_per_step()
    {
        var data = _sample.Data();

        var plots = ReportHtml.Plots(ReportHtml.Parse(HtmlReport.Render(data)), "response-curves");

        Assert.Equal(ReportSample.Targets.Length, plots.Count);
        Assert.All(plots, plot =>
        {
            var curves = ReportHtml.Shapes(plot, "polyline", "curve");
            Assert.Equal(ReportSample.Features.Length, curves.Count);
            Assert.All(curves, c => Assert.Equal(5, ((string)c.Attribute("points")!).Split(' ').Length));
        });
    }

    [Fact]
    public void Should_draw_the_latent_map_with_a_tooltip_per_survey_when_the_model_has_one()
    {
        var page = ReportHtml.Parse(HtmlReport.Render(_sample.Data(_sample.Latent())));

        var map = ReportHtml.Plots(page, "latent-map").Single();

        var circles = map.Descendants("circle").ToList();
        Assert.Equal(_sample.Surveys.Count * ReportSample.Targets.Length, circles.Count);
        Assert.All(circles, c => Assert.NotNull(c.Element("title")));
    }

    [Fact]
    public void Should_say_why_there_is_no_latent_map_for_a_model_without_an_encoder()
    {
        var page = ReportHtml.Parse(HtmlReport.Render(_sample.Data(latent: null)));

        Assert.Empty(ReportHtml.Plots(page, "latent-map"));
        var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == "latent");
        Assert.Contains("The mean model has no encoder", section.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_the_cross_validation_scores_of_the_model_file_when_it_has_them()
    {
        var cv = new CrossValidationSummary("k-fold (5)", 5, 0.617, 0.00351, 0.00157, -1.182, 0.212);

        var with = HtmlReport.Render(_sample.Data(cv: cv));
        var without = HtmlReport.Render(_sample.Data());

        Assert.Contains("(k-fold (5), 5 folds, mean over folds of the species average): AUC 0.617, RMSE 0.00351, "
            + "MAE 0.00157, R² -1.18, Spearman 0.212.", with, StringComparison.Ordinal);
        Assert.Contains("holds no cross-validation scores", without, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\b(src|href)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
