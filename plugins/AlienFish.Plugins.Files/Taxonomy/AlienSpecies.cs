using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>
/// The five alien fish species whose density fishdens predicts, in a fixed order that
/// other code may rely on when it names its targets. Korean name variants found in
/// survey sheets all resolve to these entries.
/// </summary>
public static class AlienSpecies
{
    /// <summary>블루길 (파랑볼우럭), <i>Lepomis macrochirus</i>: designated invasive.</summary>
    public static Species Bluegill { get; } =
        new("Lepomis macrochirus", "Lepomis macrochirus", "블루길", SpeciesStatus.Invasive);

    /// <summary>큰입배스 (배스), <i>Micropterus salmoides</i>: designated invasive.</summary>
    public static Species LargemouthBass { get; } =
        new("Micropterus salmoides", "Micropterus salmoides", "큰입배스", SpeciesStatus.Invasive);

    /// <summary>떡붕어, <i>Carassius cuvieri</i>, the Japanese crucian carp.</summary>
    public static Species JapaneseCrucianCarp { get; } =
        new("Carassius cuvieri", "Carassius cuvieri", "떡붕어", SpeciesStatus.Alien);

    /// <summary>무지개송어, <i>Oncorhynchus mykiss</i>.</summary>
    public static Species RainbowTrout { get; } =
        new("Oncorhynchus mykiss", "Oncorhynchus mykiss", "무지개송어", SpeciesStatus.Alien);

    /// <summary>
    /// 향어 (이스라엘잉어), the Israeli carp: a bred form of <i>Cyprinus carpio</i>, so its
    /// key adds the form to the binomial it shares with the native 잉어.
    /// </summary>
    public static Species IsraeliCarp { get; } =
        new("Cyprinus carpio (Israeli carp)", "Cyprinus carpio", "향어", SpeciesStatus.Alien);

    /// <summary>The five species: bluegill, largemouth bass, 떡붕어, rainbow trout, 향어.</summary>
    public static IReadOnlyList<Species> All { get; } =
        [Bluegill, LargemouthBass, JapaneseCrucianCarp, RainbowTrout, IsraeliCarp];

    /// <summary>The keys of <see cref="All"/>, in the same order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. All.Select(species => species.Key)];

    /// <summary>The entry with this key, or null.</summary>
    public static Species? FindByKey(string key) =>
        All.FirstOrDefault(species => string.Equals(species.Key, key, StringComparison.Ordinal));
}
