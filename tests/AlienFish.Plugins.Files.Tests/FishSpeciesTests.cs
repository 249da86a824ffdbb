using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The synthetic 어류 출현생물 sheets. Expected values were counted in the CP949 CSV with
/// iconv and awk, and in the workbooks with Python's xlrd and openpyxl.
/// </summary>
public sealed class FishSpeciesTests
{
    [Theory]
    [InlineData("어류_출현생물_2016.xls", 1477)]
    [InlineData("어류_출현생물_2016.csv", 1477)]
    [InlineData("어류_출현생물_2023.xls", 724)]
    public void Should_make_one_count_per_species_row(string file, int rows)
    {
        // Given a species sheet with one blank row (2016) or one '-' count (2023)
        // When it is read
        var batch = SampleFiles.ReadFish(file);

        // Then every non-blank row is a count of a bio-fish survey
        Assert.Equal("fish-species", batch.Layout);
        Assert.Equal(rows, batch.Counts.Count);
        Assert.All(batch.Counts, c => Assert.Equal(Networks.BioFish, c.Survey.Network));
    }

    [Fact]
    public void Should_read_the_same_rows_from_the_workbook_and_its_csv_export()
    {
        // Given the 2016 species sheet as BIFF8 and as CP949 CSV
        var workbook = SampleFiles.ReadFish("어류_출현생물_2016.xls").Counts;
        var csv = SampleFiles.ReadFish("어류_출현생물_2016.csv").Counts;

        // When their counts are compared without the sheet name
        static object Row(SpeciesCount c) => (c.Survey, c.Species, c.Count, c.Origin.Row, c.Origin.Column);

        // Then they are the same, row for row
        Assert.Equal(workbook.Select(Row), csv.Select(Row));
        Assert.Equal("출현생물", workbook[0].Origin.Sheet);
        Assert.Null(csv[0].Origin.Sheet);
    }

    [Fact]
    public void Should_skip_the_blank_row()
    {
        // Given the 2016 sheet whose row 740 is blank, When it is read
        var batch = SampleFiles.ReadFish("어류_출현생물_2016.xls");

        // Then no count comes from that row and nothing is reported about it
        Assert.DoesNotContain(batch.Counts, c => c.Origin.Row == 740);
        Assert.Contains(batch.Counts, c => c.Origin.Row == 739);
        Assert.Contains(batch.Counts, c => c.Origin.Row == 741);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void Should_keep_a_dash_count_as_not_recorded_rather_than_zero()
    {
        // Given 2023 row 304: 돌고기 at 3011F68, round 1, with the count '-'
        var batch = SampleFiles.ReadFish("어류_출현생물_2023.xls");

        // When the counts are read
        var count = Assert.Single(batch.Counts, c => c.Count is null);

        // Then it is that row's count, unknown, and an info diagnostic says so
        var diagnostic = Assert.Single(batch.Diagnostics);

        Assert.Equal(new SurveyKey(Networks.BioFish, "3011F68", 2023, 1), count.Survey);
        Assert.Equal("Pungtungia herzi", count.Species.Key);
        var where = new SourceLocation("어류_출현생물_2023.xls", "출현생물", 304, "개체수");

        Assert.Equal(where, count.Origin);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("files.count-not-recorded", diagnostic.Code);
        Assert.Equal(count.Origin, diagnostic.Where);
        Assert.Equal("-", diagnostic.RawText);
    }

    [Theory]
    [InlineData("Micropterus salmoides", 75, 425)]
    [InlineData("Lepomis macrochirus", 75, 1739)]
    [InlineData("Cyprinus carpio (Israeli carp)", 55, 608)]
    [InlineData("Cyprinus carpio", 85, 735)]
    [InlineData("Carassius cuvieri", 56, 882)]
    [InlineData("Oncorhynchus mykiss", 5, 11)]
    public void Should_unify_the_name_variants_of_a_species_under_one_key(
        string key, int rows, int individuals)
    {
        // Given the 2016 sheet, where 배스 and 큰입배스 are one fish and 향어 and
        // 이스라엘잉어 another, with and without authors after the binomial
        var batch = SampleFiles.ReadFish("어류_출현생물_2016.csv");

        // When the counts of one key are gathered
        var counts = batch.Counts.Where(c => c.Species.Key == key).ToList();

        // Then they hold every row of every variant, all with the one species record
        Assert.Equal(rows, counts.Count);
        Assert.Equal(individuals, counts.Sum(c => c.Count));
        Assert.Single(counts.Select(c => c.Species).Distinct());
    }

    [Fact]
    public void Should_key_species_on_the_binomial_without_the_author()
    {
        // Given the 2016 sheet of 15 species written with and without authors
        var batch = SampleFiles.ReadFish("어류_출현생물_2016.xls");

        // When the species keys are listed
        var keys = batch.Counts.Select(c => c.Species.Key).Distinct().Order().ToList();

        // Then each species appears once, as genus and species
        string[] expected =
        [
            "Carassius auratus", "Carassius cuvieri", "Cyprinus carpio", "Cyprinus carpio (Israeli carp)",
            "Hemibarbus labeo", "Lepomis macrochirus", "Micropterus salmoides", "Oncorhynchus mykiss",
            "Opsariichthys uncirostris", "Pseudogobio esocinus", "Pseudorasbora parva", "Pungtungia herzi",
            "Rhinogobius brunneus", "Zacco koreanus", "Zacco platypus",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_give_the_alien_species_their_catalogue_status_and_the_rest_native()
    {
        // Given the 2016 sheet with 266 rows marked 외래종 Y, When it is read
        var batch = SampleFiles.ReadFish("어류_출현생물_2016.csv");

        // Then those rows are the five catalogue species and every other row is native
        var alien = batch.Counts.Where(c => c.Species.Status != SpeciesStatus.Native).ToList();

        Assert.Equal(266, alien.Count);
        Assert.All(alien, c => Assert.Contains(c.Species, AlienSpecies.All));
        Assert.Equal(SpeciesStatus.Invasive, AlienSpecies.Bluegill.Status);
        Assert.Equal(SpeciesStatus.Invasive, AlienSpecies.LargemouthBass.Status);
        Assert.Equal(SpeciesStatus.Alien, AlienSpecies.IsraeliCarp.Status);
    }

    [Fact]
    public void Should_name_the_five_alien_species_in_a_fixed_order()
    {
        // Given the catalogue, When its keys are listed, Then they are the five targets in order
        string[] expected =
        [
            "Lepomis macrochirus", "Micropterus salmoides", "Carassius cuvieri", "Oncorhynchus mykiss",
            "Cyprinus carpio (Israeli carp)",
        ];

        Assert.Equal(expected, AlienSpecies.Keys);
        Assert.Equal("큰입배스", AlienSpecies.LargemouthBass.KoreanName);
        Assert.Same(AlienSpecies.IsraeliCarp, AlienSpecies.FindByKey("Cyprinus carpio (Israeli carp)"));
    }

    [Theory]
    [InlineData("Lepomis macrochirus", "파랑볼우럭", "Y", "Lepomis macrochirus")]
    [InlineData("Cyprinus carpio", "", "Y", "Cyprinus carpio (Israeli carp)")]
    [InlineData("Cyprinus carpio", "", "N", "Cyprinus carpio")]
    [InlineData("", "이스라엘잉어", "", "Cyprinus carpio (Israeli carp)")]
    [InlineData("Micropterus salmoides Lacepede", "배스", "Y", "Micropterus salmoides")]
    public void Should_resolve_a_row_by_its_names_and_alien_flag(
        string scientific, string korean, string flag, string key)
    {
        // Given the names and flag of a row, When they are resolved
        var resolution = new SpeciesResolver().Resolve(scientific, korean, flag);

        // Then they name the expected species without a problem
        Assert.Equal(key, resolution.Species!.Key);
        Assert.Null(resolution.Problem);
    }
}
