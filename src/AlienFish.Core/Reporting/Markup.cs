using System.Globalization;
using System.Net;
using System.Text;

namespace AlienFish.Core.Reporting;

/// <summary>
/// Text and numbers as the report writes them: every piece of text from the data is
/// escaped for HTML (and for the XML that SVG is), numbers always in the invariant culture.
/// </summary>
internal static class Markup
{
    /// <summary>Escaped text, control characters dropped, so a name can never open a tag.</summary>
    public static string Text(string text)
    {
        var clean = new StringBuilder(text.Length);

        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c);
            }
        }

        return WebUtility.HtmlEncode(clean.ToString());
    }

    /// <summary>A coordinate in an SVG: one decimal is finer than a screen pixel.</summary>
    public static string Px(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An exact number for a data attribute, read back by whoever parses the report.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A density or metric for people: three significant digits, small values as 1.2e-4.</summary>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        if (value == 0)
        {
            return "0";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude switch
        {
            < 1e-3 => "0.##e+0",
            < 1 => "G3",
            < 1e5 => "0.##",
            _ => "0.##e+0",
        };

        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A tick label: as many decimals as the step between ticks needs.</summary>
    public static string Tick(double value, double step)
    {
        if (Math.Abs(value) < step * 1e-9)
        {
            return "0";
        }

        if (step < 1e-3)
        {
            return value.ToString("0.#e+0", CultureInfo.InvariantCulture);
        }

        var decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(step) - 1e-9), 0, 6);
        return value.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>The opening tag of a plot: its kind and species as data attributes, its size in pixels.</summary>
    public static string PlotOpening(string kind, string? species, double width, double height, string more = "")
    {
        var of = species is null ? "" : $" data-species=\"{Text(species)}\"";
        var (w, h) = (Px(width), Px(height));

        return $"<svg class=\"plot\" data-plot=\"{kind}\"{of} role=\"img\" width=\"{w}\" height=\"{h}\" "
            + $"viewBox=\"0 0 {w} {h}\"{more}>\n";
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
