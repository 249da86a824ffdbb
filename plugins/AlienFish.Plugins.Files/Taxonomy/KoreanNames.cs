using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Taxonomy;

/// <summary>The Korean names, old and new, under which survey sheets write the alien species.</summary>
internal static class KoreanNames
{
    /// <summary>국명 of the native 잉어, which shares its binomial with the Israeli carp.</summary>
    public const string CommonCarp = "잉어";

    private static readonly Dictionary<string, Species> Aliens = new(StringComparer.Ordinal)
    {
        ["블루길"] = AlienSpecies.Bluegill,
        ["파랑볼우럭"] = AlienSpecies.Bluegill,
        ["큰입배스"] = AlienSpecies.LargemouthBass,
        ["배스"] = AlienSpecies.LargemouthBass,
        ["큰입우럭"] = AlienSpecies.LargemouthBass,
        ["떡붕어"] = AlienSpecies.JapaneseCrucianCarp,
        ["무지개송어"] = AlienSpecies.RainbowTrout,
        ["향어"] = AlienSpecies.IsraeliCarp,
        ["이스라엘잉어"] = AlienSpecies.IsraeliCarp,
    };

    /// <summary>The alien species a 국명 names, or null for any other name.</summary>
    public static Species? FindAlien(string koreanName) =>
        Aliens.GetValueOrDefault(Normalise(koreanName));

    /// <summary>Every name the catalogue knows an alien species by, the official one first.</summary>
    public static IEnumerable<string> VariantsOf(Species alien) =>
        Aliens.Where(entry => entry.Value == alien)
            .Select(entry => entry.Key)
            .OrderBy(name => name == alien.KoreanName ? 0 : 1);

    /// <summary>A 국명 with its spacing removed, as sheets write 큰입 배스 and 큰입배스.</summary>
    public static string Normalise(string koreanName)
    {
        var folded = koreanName.Normalize(NormalizationForm.FormKC);

        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c)));
    }
}
