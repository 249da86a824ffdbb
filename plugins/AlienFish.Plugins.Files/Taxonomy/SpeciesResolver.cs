using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>
/// Turns the 학명, 국명 and 외래종 여부 of a species row into one <see cref="Species"/>.
/// The binomial keys the species; the Korean name tells the Israeli carp from the native
/// carp that shares its binomial, and the alien flag decides when the name does not.
/// A species outside the catalogue is alien or native as its flag says, and of unknown
/// status where the flag is blank, unreadable or missing. One instance serves one file, so
/// every row of a species gets the same record.
/// </summary>
internal sealed class SpeciesResolver
{
    private readonly Dictionary<string, Species> _others = new(StringComparer.Ordinal);

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
        bool? flagged = YesFlags.Contains(flag) ? true : NoFlags.Contains(flag) ? false : null;
        var resolution = ResolveNames(scientific, korean, flagged);
        var notes = new List<string>();

        if (resolution.Problem is not null)
        {
            notes.Add(resolution.Problem);
        }

        if (flag.Length > 0 && flagged is null)
        {
            var kept = resolution.Species is { } named && AlienSpecies.FindByKey(named.Key) is not null
                ? "fishdens's catalogue gives its status"
                : "its status is left unknown";

            notes.Add($"{FlagHeader} '{alienFlag.Trim()}' is neither Y nor N; {kept}");
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

    private SpeciesResolution ResolveNames(string scientific, string korean, bool? flagged)
    {
        var flaggedAlien = flagged == true;
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
            return namedAlien is null || namedAlien == alien ? new(alien, null) : new(alien, Conflict(alien), true);
        }

        var status = flagged switch
        {
            true => SpeciesStatus.Alien,
            false => SpeciesStatus.Native,
            null => SpeciesStatus.Unknown,
        };
        var other = Other(binomial, korean, status);

        return namedAlien is null ? new(other, null) : new(other, Conflict(other), true);
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

        return namedAlien is null ? new(species, null) : new(species, Conflict(species), true);
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
