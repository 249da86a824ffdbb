using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>
/// Turns the 학명, 국명 and 외래종 여부 of a species row into one <see cref="Species"/>.
/// The binomial keys the species; the Korean name tells the Israeli carp from the native
/// carp that shares its binomial, and the alien flag decides when the name does not.
/// One instance serves one file, so every row of a species gets the same record.
/// </summary>
internal sealed class SpeciesResolver
{
    private readonly Dictionary<string, Species> _others = new(StringComparer.Ordinal);
    private readonly bool _flagged;

    /// <param name="flagged">
    /// True when the file says of every species whether it is alien (a 외래종 여부 column):
    /// a species it does not flag is then native. A list that says nothing of status leaves
    /// the species outside the alien catalogue with an unknown status.
    /// </param>
    public SpeciesResolver(bool flagged = true)
    {
        _flagged = flagged;
    }

    private static readonly HashSet<string> YesFlags = new(["Y", "O", "예", "TRUE", "1"], StringComparer.Ordinal);

    private static readonly HashSet<string> NoFlags =
        new(["N", "X", "아니오", "FALSE", "0"], StringComparer.Ordinal);

    private static string ScientificHeader => HeaderAliases.DisplayName(HeaderRole.ScientificName);

    private static string KoreanHeader => HeaderAliases.DisplayName(HeaderRole.KoreanName);

    private static string FlagHeader => HeaderAliases.DisplayName(HeaderRole.AlienFlag);

    /// <param name="alienFlag">
    /// 외래종 여부: <c>Y</c> or <c>N</c> as the portal writes it, <c>O</c> or <c>X</c> as sheets
    /// filled by hand do, or blank.
    /// </param>
    public SpeciesResolution Resolve(string scientific, string korean, string alienFlag)
    {
        var flag = alienFlag.Trim().ToUpperInvariant();
        var flaggedAlien = YesFlags.Contains(flag);
        var resolution = ResolveNames(scientific, korean, flaggedAlien);
        var notes = new List<string>();

        if (resolution.Problem is not null)
        {
            notes.Add(resolution.Problem);
        }

        if (flag.Length > 0 && !flaggedAlien && !NoFlags.Contains(flag))
        {
            notes.Add($"{FlagHeader} '{alienFlag.Trim()}' is neither Y nor N; read as not alien");
        }
        else if (NoFlags.Contains(flag)
            && resolution.Species is { } species
            && AlienSpecies.FindByKey(species.Key) is not null)
        {
            notes.Add($"{FlagHeader} says {alienFlag.Trim()}, but {species.KoreanName} is one of the alien species "
                + $"fishdens predicts; kept as {species.Status.ToString().ToLowerInvariant()}");
        }

        return notes.Count == 0 ? resolution : resolution with { Problem = string.Join("; ", notes) };
    }

    private SpeciesResolution ResolveNames(string scientific, string korean, bool flaggedAlien)
    {
        var binomial = ScientificName.Binomial(scientific);
        var namedAlien = KoreanNames.FindAlien(korean);

        if (binomial is null)
        {
            return namedAlien is not null
                ? new(namedAlien, null)
                : new(null, $"neither {ScientificHeader} '{scientific}' nor {KoreanHeader} "
                    + $"'{korean}' names a species");
        }

        if (binomial == AlienSpecies.IsraeliCarp.ScientificName)
        {
            return ResolveCarp(binomial, korean, namedAlien, flaggedAlien);
        }

        var alien = AlienSpecies.All.FirstOrDefault(a => a.ScientificName == binomial);

        if (alien is not null)
        {
            return new(alien, namedAlien is null || namedAlien == alien ? null : Conflict(alien));
        }

        var status = flaggedAlien ? SpeciesStatus.Alien
            : _flagged ? SpeciesStatus.Native
            : SpeciesStatus.Unknown;
        var other = Other(binomial, korean, status);

        return new(other, namedAlien is null ? null : Conflict(other));
    }

    private SpeciesResolution ResolveCarp(
        string binomial,
        string korean,
        Species? namedAlien,
        bool flaggedAlien)
    {
        if (namedAlien == AlienSpecies.IsraeliCarp)
        {
            return new(AlienSpecies.IsraeliCarp, null);
        }

        var namedCommon = KoreanNames.Normalise(korean) == KoreanNames.CommonCarp;

        if (namedCommon)
        {
            // The name is the more specific statement; the flag may be a data-entry slip.
            var problem = flaggedAlien
                ? $"{KoreanHeader} '{korean}' is the native carp but the row is marked alien; "
                    + "read as the native carp"
                : null;

            return new(Other(binomial, KoreanNames.CommonCarp, SpeciesStatus.Native), problem);
        }

        var species = flaggedAlien
            ? AlienSpecies.IsraeliCarp
            : Other(binomial, KoreanNames.CommonCarp, SpeciesStatus.Native);

        return new(species, namedAlien is null ? null : Conflict(species));
    }

    private Species Other(string binomial, string korean, SpeciesStatus status)
    {
        if (_others.TryGetValue(binomial, out var known))
        {
            return known;
        }

        var species = new Species(binomial, binomial, korean.Trim(), status);

        _others.Add(binomial, species);

        return species;
    }

    private static string Conflict(Species chosen) =>
        $"{KoreanHeader} names another species than {ScientificHeader}; keyed on "
        + $"{ScientificHeader} as {chosen.Key}";
}
