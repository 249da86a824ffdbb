namespace AlienFish.Core.Evaluation;

/// <summary>The skill of one model on one held-out fold for one species.</summary>
/// <param name="AucFromPresence">
/// True where <see cref="Auc"/> scores the model's presence probability
/// (<see cref="AlienFish.Abstractions.IPresenceModel"/>); false where the model has no presence
/// head and its predicted log(1 + density) ranks the surveys instead.
/// </param>
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
    double Spearman,
    bool AucFromPresence = false);
