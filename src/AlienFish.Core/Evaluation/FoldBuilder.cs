using AlienFish.Abstractions;

namespace AlienFish.Core.Evaluation;

/// <summary>
/// Builds cross-validation folds. Random k-fold splits surveys; the spatial schemes keep
/// surveys of nearby reaches together, so a model is never tested on a reach whose
/// neighbour (or whose own earlier survey) it was trained on.
/// </summary>
public static class FoldBuilder
{
    /// <summary>Surveys shuffled with the seed and dealt into <paramref name="folds"/> folds.</summary>
    public static FoldAssignment Random(int rows, int folds, int seed)
    {
        var order = Enumerable.Range(0, rows).ToArray();
        new Random(seed).Shuffle(order);
        var assignment = new int[rows];

        for (var i = 0; i < order.Length; i++)
        {
            assignment[order[i]] = i % folds;
        }

        return new FoldAssignment($"k-fold ({folds})", folds, assignment);
    }

    /// <summary>
    /// Spatial blocks: reaches closer than <paramref name="blockMetres"/> to each other,
    /// directly or through a chain of such neighbours, form one block; blocks are dealt to
    /// folds largest first, each to the fold with the fewest surveys. Surveys of reaches
    /// in different folds are then always at least the block distance apart.
    /// </summary>
    public static FoldAssignment SpatialBlocks(IReadOnlyList<GeoPoint?> locations, int folds, double blockMetres)
    {
        var places = locations.Select((p, i) => (Point: p, Row: i)).ToList();
        var parent = Enumerable.Range(0, places.Count).ToArray();

        for (var i = 0; i < places.Count; i++)
        {
            for (var j = i + 1; j < places.Count; j++)
            {
                if (places[i].Point is { } a && places[j].Point is { } b && Distance.Metres(a, b) < blockMetres)
                {
                    parent[Find(parent, i)] = Find(parent, j);
                }
            }
        }

        var blocks = Enumerable.Range(0, places.Count).GroupBy(i => Find(parent, i)).Select(g => g.ToList());
        return Deal(blocks, folds, $"spatial blocks ({folds}, {blockMetres / 1000:0.#} km)");
    }

    /// <summary>Blocks by 중권역 (mid basin): a whole mid basin is held out at once.</summary>
    public static FoldAssignment MidBasins(IReadOnlyList<string?> midBasins, int folds)
    {
        var blocks = Enumerable.Range(0, midBasins.Count)
            .GroupBy(i => midBasins[i] ?? $"(no mid basin {i})", StringComparer.Ordinal)
            .Select(g => g.ToList());

        return Deal(blocks, folds, $"mid-basin blocks ({folds})");
    }

    private static FoldAssignment Deal(IEnumerable<List<int>> blocks, int folds, string scheme)
    {
        var sizes = new int[folds];
        var assignment = new int[blocks.Sum(b => b.Count)];

        // Largest first, ties by their first row, so the deal is the same on every run.
        foreach (var block in blocks.OrderByDescending(b => b.Count).ThenBy(b => b.Min()))
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            sizes[fold] += block.Count;

            foreach (var row in block)
            {
                assignment[row] = fold;
            }
        }

        var used = sizes.Count(s => s > 0);

        if (used < folds)
        {
            throw new PipelineException(
                $"{scheme}: the surveys form only {used} blocks, fewer than the {folds} folds asked for; "
                + "ask for fewer folds or a smaller block distance");
        }

        return new FoldAssignment(scheme, folds, assignment);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
