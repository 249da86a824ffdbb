namespace AlienFish.Core.Evaluation;

/// <summary>Which fold each row is held out in, and how the folds were made.</summary>
/// <param name="Folds">Fold index per row, 0 to <see cref="Count"/> - 1.</param>
public sealed record FoldAssignment(string Scheme, int Count, IReadOnlyList<int> Folds)
{
    public IEnumerable<int> TestRows(int fold) => Enumerable.Range(0, Folds.Count).Where(i => Folds[i] == fold);

    public IEnumerable<int> TrainRows(int fold) => Enumerable.Range(0, Folds.Count).Where(i => Folds[i] != fold);
}
