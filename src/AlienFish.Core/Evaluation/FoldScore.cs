namespace AlienFish.Core.Evaluation;

/// <summary>The skill of one model on one held-out fold for one species.</summary>
public sealed record FoldScore(
    string Model,
    string Scheme,
    int Fold,
    string Species,
    int TestRows,
    double Auc,
    double Rmse,
    double Mae,
    double RSquared,
    double Spearman);
