namespace AlienFish.Core.Reporting;

/// <summary>
/// Every survey at a 2-D position of the model's latent space, with its observed densities.
/// </summary>
/// <param name="Description">How the two axes were made, e.g. the code itself or a PCA of it.</param>
/// <param name="Codes">Two coordinates per survey.</param>
/// <param name="Labels">A tooltip per survey.</param>
/// <param name="Densities">Observed density per species, in the model's species order; null where unknown.</param>
public sealed record LatentView(
    string Description, double[][] Codes, IReadOnlyList<string> Labels, IReadOnlyList<double?[]> Densities);
