namespace AlienFish.Core.Evaluation;

/// <summary>
/// The colours of the latent map, shared by its SVG and PNG: white where the survey gives no
/// density, grey where the species was not caught, then light to dark blue on a log scale.
/// </summary>
internal static class DensityColours
{
    public static (byte R, byte G, byte B) Of(double? density, double maxLog)
    {
        if (density is not > 0)
        {
            return density is null ? ((byte)255, (byte)255, (byte)255) : ((byte)204, (byte)204, (byte)204);
        }

        // Light blue (198, 219, 239) to dark blue (8, 48, 107) as log(1 + density) grows.
        var t = Math.Clamp(Math.Log(1 + density.Value) / maxLog, 0, 1);

        return (Blend(198, 8, t), Blend(219, 48, t), Blend(239, 107, t));
    }

    /// <summary>The largest log(1 + density) of a species over the surveys, 1 when none was caught.</summary>
    public static double MaxLog(IEnumerable<double?> densities) =>
        densities.Where(v => v > 0).Select(v => Math.Log(1 + v!.Value)).DefaultIfEmpty(1).Max();

    /// <summary>The axis range of the codes, with a 5 % margin that keeps points off the frame.</summary>
    public static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.Where(double.IsFinite).ToList();
        var min = list.DefaultIfEmpty(0).Min();
        var max = list.DefaultIfEmpty(1).Max();
        var pad = max > min ? (max - min) * 0.05 : 1;

        return (min - pad, max + pad);
    }

    private static byte Blend(int from, int to, double t) => (byte)Math.Round(from + ((to - from) * t));
}
