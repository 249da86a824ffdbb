using System.Text;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>
/// The report as one HTML file that needs nothing else: inline CSS, inline SVG, no script,
/// no font, image or address outside the file, and a content security policy that would
/// refuse one anyway, so it opens the same offline, in a mail attachment or years later.
/// Every text taken from the data is escaped.
/// </summary>
public static class HtmlReport
{
    /// <summary>Nothing may be fetched; only the page's own style applies.</summary>
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'";

    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0; background: #f5f7fa; color: #1f2933; line-height: 1.45;
          font-family: system-ui, "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo",
            sans-serif; }
        header { background: #12355b; color: #ffffff; padding: 20px 32px; }
        header h1 { margin: 0 0 6px; font-size: 24px; }
        header p { margin: 2px 0; color: #d9e2ec; font-size: 14px; }
        nav { background: #ffffff; border-bottom: 1px solid #d9e2ec; padding: 8px 32px; font-size: 14px; }
        nav a { color: #12355b; margin-right: 18px; text-decoration: none; }
        main { padding: 8px 32px 32px; }
        section { margin-top: 28px; }
        h2 { font-size: 19px; margin: 0 0 6px; color: #12355b; }
        p.lead { margin: 0 0 12px; max-width: 980px; color: #3e4c59; }
        .grid { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
        figure { background: #ffffff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 10px 12px; margin: 0; }
        figure h3 { font-size: 15px; margin: 0 0 4px; }
        figcaption { font-size: 12.5px; color: #52606d; max-width: 420px; }
        figure.wide figcaption { max-width: none; }
        svg.plot { display: block; max-width: 100%; height: auto; font-family: inherit; }
        table { border-collapse: collapse; background: #ffffff; font-size: 13.5px; }
        th, td { border: 1px solid #d9e2ec; padding: 4px 10px; text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        th { background: #f0f4f8; }
        .note { background: #fffbea; border: 1px solid #f0b429; border-radius: 6px; padding: 8px 12px;
          max-width: 980px; }
        footer { padding: 16px 32px 32px; color: #7b8794; font-size: 12.5px; }
        i.sci { color: #52606d; }
        """;

    public static string Render(ReportData data)
    {
        var html = new StringBuilder();
        var manifest = data.Manifest;

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>").Append(Text($"fishdens report: {manifest.Plugin} model, match run {data.MatchRun.Id}"))
            .Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");

        Header(html, data);
        html.Append("<nav><a href=\"#summary\">Summary</a><a href=\"#map\">Map</a>")
            .Append("<a href=\"#fit\">Observed and predicted</a><a href=\"#curves\">Response curves</a>")
            .Append("<a href=\"#latent\">Latent map</a><a href=\"#matching\">Matching</a></nav>\n<main>\n");

        ReportSections.Summary(html, data);
        ReportSections.Map(html, data);
        ReportSections.Fit(html, data);
        ReportSections.Curves(html, data);
        ReportSections.Latent(html, data);
        ReportSections.Matching(html, data);

        return html.Append("</main>\n<footer>").Append(Text($"Made by fishdens {Version} on {data.CreatedAt}. "))
            .Append("Everything on this page is inside this one file: it needs no network to open. ")
            .Append("Hover over a point, bar, reach or station to see what it is.</footer>\n</body>\n</html>\n")
            .ToString();
    }

    /// <summary>Writes the report; the file appears whole or not at all.</summary>
    public static void Write(string path, ReportData data)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".partial";

        try
        {
            File.WriteAllText(temp, Render(data), new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static string Version => typeof(HtmlReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static void Header(StringBuilder html, ReportData data)
    {
        var m = data.Manifest;
        var run = data.MatchRun;

        html.Append("<header>\n<h1>Alien fish density: what the ").Append(Text(m.Plugin)).Append(" model sees</h1>\n")
            .Append("<p>").Append(Text($"Model {Path.GetFileName(data.ModelPath)}: {m.Plugin} {m.PluginVersion}, "
                + $"trained {m.CreatedAt} on {m.TrainingRows} surveys with {string.Join(", ", m.Features)}; "
                + $"seed {m.Seed}."))
            .Append("</p>\n<p>").Append(Text($"Surveys: match run {run.Id} ({run.Matcher}, {run.CreatedAt}), "
                + $"{data.Surveys} matched surveys predicted. Target: {m.TargetDefinition}."))
            .Append("</p>\n</header>\n");
    }
}
