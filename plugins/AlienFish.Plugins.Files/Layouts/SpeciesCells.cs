using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Tables;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The 학명, 국명 and 외래종 여부 cells of the rows of one table, read into species: a row that
/// names no species, or whose names disagree, is reported at its name cell. The Korean names
/// written for a species, and the catalogue's variants of an alien one, go with the batch.
/// </summary>
internal sealed class SpeciesCells
{
    private readonly Column? _scientific;
    private readonly Column? _korean;
    private readonly Column? _alienFlag;
    private readonly SpeciesResolver _resolver;
    private readonly HashSet<SpeciesName> _named = [];

    public SpeciesCells(Column? scientific, Column? korean, Column? alienFlag)
    {
        _scientific = scientific;
        _korean = korean;
        _alienFlag = alienFlag;
        _resolver = new SpeciesResolver();
    }

    /// <summary>Where a row's species is reported: the scientific name's column, else the Korean name's.</summary>
    public Column? Name => _scientific ?? _korean;

    /// <summary>The row's species, or null, reported, when it names none.</summary>
    public Species? Read(LayoutInput input, TableRow row, SourceBatch batch)
    {
        var resolution = _resolver.Resolve(
            LayoutInput.Cell(row, _scientific),
            LayoutInput.Cell(row, _korean),
            LayoutInput.Cell(row, _alienFlag));
        var species = resolution.Species;

        if (!resolution.NamesDisagree)
        {
            Remember(species, LayoutInput.Cell(row, _korean), batch);
        }

        if (resolution.Problem is null)
        {
            return species;
        }

        var (code, problem) = species is null
            ? (DiagnosticCodes.UnknownSpecies, $"{resolution.Problem}; the row was skipped")
            : (DiagnosticCodes.SpeciesConflict, resolution.Problem);

        batch.Diagnostics.Add(input.Warning(code, problem, row, Name, LayoutInput.Cell(row, Name)));

        return species;
    }

    private void Remember(Species? species, string written, SourceBatch batch)
    {
        if (species is null)
        {
            return;
        }

        var names = AlienSpecies.FindByKey(species.Key) is { } alien
            ? KoreanNames.VariantsOf(alien)
            : [species.KoreanName];

        // A list may give two names in one cell: 산천어 / 송어.
        var each = names.Append(written)
            .SelectMany(text => text.Split('/', ','))
            .Select(KoreanNames.Normalise)
            .Where(name => name.Length > 0);

        foreach (var name in each)
        {
            if (_named.Add(new SpeciesName(name, species.Key)))
            {
                batch.SpeciesNames.Add(new SpeciesName(name, species.Key));
            }
        }
    }
}
