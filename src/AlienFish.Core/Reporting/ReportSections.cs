using System.Text;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>The sections of the report, each a heading, a sentence on how to read it, and its plots.</summary>
internal static class ReportSections
{
    /// <summary>The commonest reasons for no match are listed; the rest are summed in one row.</summary>
    private const int UnmatchedRows = 15;

    public static void Summary(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"lead\">")
            .Append("Densities are individuals per m² (개체수 / 조사면적). Skill columns are on ")
            .Append("log(1 + density) over the surveys shown here, which the model may have been trained on; ")
            .Append("the cross-validated scores under <a href=\"#fit\">Observed and predicted</a> are the honest ")
            .Append("measure for new surveys.</p>\n")
            .Append("<table>\n<tr><th>species</th><th>status</th><th>surveys</th><th>caught in</th>")
            .Append("<th>mean observed</th><th>mean predicted</th><th>Spearman</th><th>AUC</th></tr>\n");

        foreach (var fit in data.Fits)
        {
            var skill = FitSkill.Of(fit);
            var caught = fit.Points.Count(p => p.Observed > 0);
            var share = fit.Points.Count == 0 ? "" : Invariant($" ({100.0 * caught / fit.Points.Count:0}%)");

            html.Append("<tr><td>").Append(SpeciesName(fit.Species)).Append("</td><td>")
                .Append(Text(fit.Species.Status.ToLowerInvariant())).Append("</td>")
                .Append(Invariant($"<td class=\"n\">{fit.Points.Count}</td><td class=\"n\">{caught}{share}</td>"))
                .Append("<td class=\"n\">").Append(Number(Mean(fit.Points.Select(p => p.Observed)))).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(Mean(fit.Points.Select(p => p.Predicted)))).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(skill.Spearman)).Append("</td>")
                .Append("<td class=\"n\">").Append(Number(skill.Auc)).Append("</td></tr>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    public static void Map(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"map\">\n<h2>Where the model expects them</h2>\n");

        if (data.Reaches.Count == 0)
        {
            html.Append("<p class=\"note\">No predicted reach has coordinates, so there is nothing to map.</p>\n")
                .Append("</section>\n");
            return;
        }

        var centre = MapFrame.Around(data.Reaches.Select(r => r.Location).ToList(), 1).CentreLatitude;
        html.Append("<p class=\"lead\">")
            .Append(Invariant($"Each circle is one of the {data.Reaches.Count} reaches, coloured by the mean density "))
            .Append("predicted over its surveys, grey where none is predicted. Squares are water-quality stations, ")
            .Append("filled where a survey took its water quality from them. North is up; the projection is ")
            .Append(Invariant($"equirectangular, centred on {centre:0.00}° N.</p>\n<div class=\"grid\">\n"));

        for (var t = 0; t < data.Manifest.Targets.Count; t++)
        {
            var target = data.Manifest.Targets[t];
            html.Append("<figure><h3>").Append(SpeciesName(target)).Append("</h3>\n")
                .Append(ReachMap.Draw(data.Reaches, data.Stations, t, target)).Append("</figure>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    public static void Fit(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"fit\">\n<h2>Observed and predicted</h2>\n<p class=\"lead\">")
            .Append("One point per survey on the model's scale, log(1 + density); blue where the species was caught, ")
            .Append("grey where it was not. Points on the dashed 1:1 line are predicted exactly. ")
            .Append(CrossValidation(data.Manifest.CrossValidation)).Append("</p>\n<div class=\"grid\">\n");

        foreach (var fit in data.Fits)
        {
            var skill = FitSkill.Of(fit);
            var caught = fit.Points.Count(p => p.Observed > 0);

            html.Append("<figure><h3>").Append(SpeciesName(fit.Species)).Append("</h3>\n").Append(FitPlot.Draw(fit))
                .Append("<figcaption>").Append(Invariant($"{fit.Points.Count} surveys, {caught} caught it. "))
                .Append("On these surveys: RMSE ").Append(Number(skill.Rmse)).Append(", R² ")
                .Append(Number(skill.RSquared)).Append(", Spearman ").Append(Number(skill.Spearman))
                .Append(", AUC ").Append(Number(skill.Auc)).Append(".</figcaption></figure>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    public static void Curves(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"curves\">\n<h2>Response curves</h2>\n<p class=\"lead\">")
            .Append("How the predicted density answers one variable at a time: the variable stepped from its 5th to ")
            .Append("its 95th percentile over the surveys, every other variable held at its median. ")
            .Append("One scale per species, so its steepest curves stand out.</p>\n<div class=\"grid\">\n");

        foreach (var fit in data.Fits)
        {
            html.Append("<figure class=\"wide\"><h3>").Append(SpeciesName(fit.Species)).Append("</h3>\n")
                .Append(CurvePlot.Draw(fit, data.Curves)).Append("</figure>\n");
        }

        html.Append("</div>\n</section>\n");
    }

    public static void Latent(StringBuilder html, ReportData data)
    {
        html.Append("<section id=\"latent\">\n<h2>Latent map</h2>\n");

        if (data.Latent is not { } latent)
        {
            html.Append("<p class=\"note\">").Append(Text(data.LatentNote ?? "This model has no latent map."))
                .Append("</p>\n</section>\n");
            return;
        }

        var names = data.Manifest.Targets.Select(t => $"{t.KoreanName} {t.ScientificName}").ToList();
        html.Append("<p class=\"lead\">").Append(Text($"Every survey placed by {latent.Description}. "))
            .Append("Surveys close together have similar water quality as the model sees it. One panel per ")
            .Append("species, coloured by its observed density: grey where it was not caught, light to dark blue ")
            .Append("as density rises, white where the survey has no density.</p>\n<figure class=\"wide\">\n")
            .Append(LatentMapSvg.DrawInline(latent.Codes, names, latent.Densities, latent.Labels))
            .Append("</figure>\n</section>\n");
    }

    public static void Matching(StringBuilder html, ReportData data)
    {
        var run = data.MatchRun;
        var surveys = run.Matched + run.Unmatched;
        var settings = run.Settings is "{}" or "" ? "default settings" : $"settings {run.Settings}";

        html.Append("<section id=\"matching\">\n<h2>Matching</h2>\n<p class=\"lead\">")
            .Append(Text($"Match run {run.Id} with {run.Matcher} ({settings}) matched {run.Matched} "
                + $"of {surveys} surveys to water quality. "))
            .Append(DistanceSummary(data.Distances)).Append("</p>\n<figure class=\"wide\">\n")
            .Append(HistogramPlot.Draw(DistanceHistogram.Of(data.Distances))).Append("</figure>\n");

        if (data.Unmatched.Count > 0)
        {
            html.Append("<h3>Unmatched surveys</h3>\n<table>\n<tr><th>why</th><th>surveys</th></tr>\n");

            foreach (var reason in data.Unmatched.Take(UnmatchedRows))
            {
                html.Append("<tr><td>").Append(Text(reason.Reason)).Append("</td>")
                    .Append(Invariant($"<td class=\"n\">{reason.Surveys}</td></tr>\n"));
            }

            if (data.Unmatched.Count > UnmatchedRows)
            {
                var rest = data.Unmatched.Skip(UnmatchedRows).ToList();
                html.Append(Invariant($"<tr><td>{rest.Count} other reasons ('fishdens match' lists them all)</td>"))
                    .Append(Invariant($"<td class=\"n\">{rest.Sum(r => r.Surveys)}</td></tr>\n"));
            }

            html.Append("</table>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The five numbers the match run reports, in kilometres, with the same quartile method.</summary>
    private static string DistanceSummary(IReadOnlyList<double> metres)
    {
        if (metres.Count == 0)
        {
            return "No survey matched, so there are no distances.";
        }

        string Km(double q) => Number(ResponseCurves.Quantile(metres, q) / 1000);

        return $"Distance from survey to the station used: min {Km(0)} km, lower quartile {Km(0.25)} km, "
            + $"median {Km(0.5)} km, upper quartile {Km(0.75)} km, max {Km(1)} km.";
    }

    private static string CrossValidation(CrossValidationSummary? cv) =>
        cv is null
            ? "The model file holds no cross-validation scores (it was trained with --cv-folds 0)."
            : "Cross-validated when trained (" + Text(cv.Scheme)
                + Invariant($", {cv.Folds} folds, mean over folds of the species average): AUC {Number(cv.Auc)}, ")
                + $"RMSE {Number(cv.Rmse)}, MAE {Number(cv.Mae)}, R² {Number(cv.RSquared)}, "
                + $"Spearman {Number(cv.Spearman)}.";

    private static string SpeciesName(ModelTarget species) =>
        Text(species.KoreanName) + " <i class=\"sci\">" + Text(species.ScientificName) + "</i>";

    private static double Mean(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Average();
}
