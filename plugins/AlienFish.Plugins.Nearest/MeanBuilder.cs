using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Adds up one variable's values, station samples and reach chemistry alike, applying the
/// below-limit rule: a value below a known limit enters as half that limit, one below an
/// unknown limit stays out of the mean, and both are counted as below the limit.
/// </summary>
internal sealed class MeanBuilder
{
    private double _sum;

    private int _belowLimit;

    public int Count { get; private set; }

    public void Add(ValueQualifier qualifier, double? value, double? limit)
    {
        if (qualifier == ValueQualifier.NotMeasured)
        {
            return;
        }

        if (qualifier is ValueQualifier.BelowQuantification or ValueQualifier.BelowDetection)
        {
            _belowLimit++;

            // Half the limit stands for a value known only to lie between zero and the
            // limit; without the limit there is nothing honest to put in the mean.
            if (limit is { } known && double.IsFinite(known) && known >= 0.0)
            {
                Include(known / 2.0);
            }

            return;
        }

        // A plain value without a number carries nothing to average.
        if (value is { } number && double.IsFinite(number))
        {
            Include(number);
        }
    }

    public VariableSummary ToSummary() =>
        new(Count == 0 ? double.NaN : _sum / Count, Count, _belowLimit);

    private void Include(double value)
    {
        _sum += value;
        Count++;
    }
}
