using AlienFish.Abstractions;
using AlienFish.Core.Storage;

namespace AlienFish.Core.Tests;

public sealed class SampleKeyOrderTests
{
    [Fact]
    public void Should_order_as_a_stable_sort_by_the_table_key_does()
    {
        // Given samples in random order over a few networks, stations, dates, rounds and
        // variables, with some keys met more than once (told apart by their raw text)
        var random = new Random(20161);
        var samples = Enumerable.Range(0, 5000).Select(i => Sample(
            network: random.Next(3) == 0 ? "auto" : "wq",
            station: $"30{random.Next(12):D2}A{random.Next(3)}",
            date: new DateOnly(2016, 1 + random.Next(12), 1 + random.Next(3)),
            round: random.Next(4) switch { 0 => null, 1 => "", _ => $"{random.Next(1, 3)}회차" },
            variable: Variables[random.Next(Variables.Length)],
            raw: i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        // When they are sorted
        var sorted = SampleKeyOrder.Sorted(samples);

        // Then the order is that of a stable sort with the sample comparer, sample for sample
        var expected = samples.OrderBy(s => s, SampleKeyOrder.Instance).ToList();
        Assert.Equal(expected.Count, sorted.Count);
        Assert.All(Enumerable.Range(0, expected.Count), i => Assert.Same(expected[i], sorted[i]));
        Assert.Contains(expected.Zip(expected.Skip(1)), p => SampleKeyOrder.Instance.Compare(p.First, p.Second) == 0);
    }

    [Fact]
    public void Should_hand_back_samples_already_in_key_order_as_they_are()
    {
        List<WaterSample> samples =
        [
            Sample("wq", "3008A40", new DateOnly(2016, 1, 4), "1회차", "BOD", "1.2"),
            Sample("wq", "3008A40", new DateOnly(2016, 1, 4), "1회차", "COD", "3.4"),
            Sample("wq", "3008A40", new DateOnly(2016, 2, 1), "1회차", "BOD", "0.9"),
        ];

        Assert.Same(samples, SampleKeyOrder.Sorted(samples));
    }

    private static readonly string[] Variables = ["BOD", "COD", "DO", "SS", "TN", "TP", "pH", "EC"];

    private static WaterSample Sample(
        string network, string station, DateOnly date, string? round, string variable, string raw) =>
        new(network, station, date, round, null, variable, 1.0, "mg/L", ValueQualifier.None, null, raw,
            new SourceLocation("f.csv", null, 2, variable));
}
