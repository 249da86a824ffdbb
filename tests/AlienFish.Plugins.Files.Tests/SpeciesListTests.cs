using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Taxonomy;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// Species checklists. The real one, <c>taxom-fish.csv</c>, is CP949 with 159 species rows,
/// 46 empty rows, the Korean name under <c>Species</c> and the scientific name with its
/// author under <c>Common_Name</c>; expected values were counted with Python's csv module.
/// </summary>
public sealed class SpeciesListTests
{
    [Fact]
    public void Should_read_a_checklist_with_mislabelled_columns_by_what_they_hold()
    {
        // Given the real checklist, whose Species column holds Korean names
        // When it is read
        var batch = TestData.Read(TestData.FishList);

        // Then its 159 rows are 158 species (two rows name Periophthalmus modestus), keyed by
        // binomial without the author, and the diagnostics say how the columns were read
        Assert.Equal("species-list", batch.Layout);
        Assert.Equal(158, batch.Species.Count);
        Assert.Contains(new Species("Channa argus", "Channa argus", "가물치", SpeciesStatus.Unknown), batch.Species);
        Assert.Contains(
            new Species("Repomucenus olidus", "Repomucenus olidus", "강주걱양태", SpeciesStatus.Unknown),
            batch.Species);

        var byContent = Assert.Single(batch.Diagnostics, d => d.Code == "files.columns-by-content");

        Assert.Equal(
            "the column 'Common_Name' holds scientific names and 'Species' Korean names; they were read by "
            + "what they hold, not by their headers",
            byContent.Message);
        Assert.Equal(new SourceLocation(TestData.FishList, null, 1, "Common_Name"), byContent.Where);
    }

    [Fact]
    public void Should_give_the_alien_species_of_a_checklist_their_catalogue_entries()
    {
        // Given the checklist that lists 배스, 블루길, 떡붕어, 무지개송어, 이스라엘잉어 and 잉어
        // When it is read
        var species = TestData.Read(TestData.FishList).Species;

        // Then the aliens are the catalogue's species under their official names, the two
        // carps are told apart by their Korean names, and the rest have no status the list gives
        Assert.All(AlienSpecies.All, alien => Assert.Contains(alien, species));
        Assert.Contains(new Species("Cyprinus carpio", "Cyprinus carpio", "잉어", SpeciesStatus.Native), species);
        Assert.DoesNotContain(species, s => s.KoreanName == "배스" || s.KoreanName == "이스라엘잉어");
        Assert.Equal(152, species.Count(s => s.Status == SpeciesStatus.Unknown));
    }

    [Fact]
    public void Should_give_every_name_a_species_goes_by()
    {
        // Given the checklist, which writes 배스, 이스라엘잉어 and '산천어 / 송어'
        // When it is read
        var names = TestData.Read(TestData.FishList).SpeciesNames;

        // Then each name written, and each variant the catalogue knows of an alien, points at its species
        string[] bass = ["큰입배스", "배스", "큰입우럭"];
        string[] carp = ["향어", "이스라엘잉어"];

        Assert.Equal(bass, names.Where(n => n.SpeciesKey == AlienSpecies.LargemouthBass.Key).Select(n => n.Name));
        Assert.Equal(carp, names.Where(n => n.SpeciesKey == AlienSpecies.IsraeliCarp.Key).Select(n => n.Name));
        Assert.Equal(["산천어", "송어"], names.Where(n => n.SpeciesKey == "Oncorhynchus masou").Select(n => n.Name));
        Assert.Contains(new SpeciesName("잉어", "Cyprinus carpio"), names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Should_report_a_species_listed_twice_once_and_keep_the_first()
    {
        // Given the checklist, whose rows 56 and 147 both give Periophthalmus modestus Cantor
        // When it is read
        var batch = TestData.Read(TestData.FishList);

        // Then the first row's name is kept and the second row is an info naming the first
        var kept = Assert.Single(batch.Species, s => s.Key == "Periophthalmus modestus");
        var repeat = Assert.Single(batch.Diagnostics, d => d.Code == "files.duplicate-record");

        Assert.Equal("말뚝망둥어", kept.KoreanName);
        Assert.Equal(DiagnosticSeverity.Info, repeat.Severity);
        Assert.Equal(147, repeat.Where!.Row);
        Assert.Equal("큰볏말뚝망둥어", repeat.RawText);
        Assert.Equal(
            "Periophthalmus modestus (말뚝망둥어) was listed on row 56 already; one species is kept",
            repeat.Message);
    }

    [Fact]
    public void Should_name_the_columns_it_does_not_read()
    {
        // Given the checklist with taxonomy and conservation columns beside the names
        // When it is read
        var batch = TestData.Read(TestData.FishList);

        // Then one info lists the columns left in the archived file
        var unread = Assert.Single(batch.Diagnostics, d => d.Code == "files.columns-not-read");

        Assert.Equal(
            "columns not read: Phylum, Class, Order, Family, Genus, Status, BRO, TOR, SAN, HEN, IUCN_No, "
            + "Pop_Trend; the archived file keeps them",
            unread.Message);
    }

    [Fact]
    public void Should_take_the_status_from_the_alien_flag_of_a_labelled_list()
    {
        // Given a list with 학명, 국명 and 외래종 여부 columns
        var file = TestData.Text(
            "list.csv",
            "학명,국명,외래종 여부",
            "Zacco platypus (Temminck and Schlegel),피라미,N",
            "Ctenopharyngodon idella,초어,Y",
            "Micropterus salmoides,큰입우럭,");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then a flagged species is alien, an unflagged one native, and the catalogue names the bass
        Assert.Equal(
            [
                new Species("Zacco platypus", "Zacco platypus", "피라미", SpeciesStatus.Native),
                new Species("Ctenopharyngodon idella", "Ctenopharyngodon idella", "초어", SpeciesStatus.Alien),
                AlienSpecies.LargemouthBass,
            ],
            batch.Species);
        Assert.DoesNotContain(batch.Diagnostics, d => d.Code == "files.columns-by-content");
    }

    [Fact]
    public void Should_take_the_column_headed_as_scientific_names_over_a_column_of_former_names()
    {
        // Given a list with the current 학명 and a column of former names, one 학명 left blank
        var file = TestData.Text(
            "synonyms.csv",
            "국명,학명,이전 학명",
            "블루길,Lepomis macrochirus,Lepomis macrochira",
            "피라미,Zacco platypus,Opsariichthys platypus",
            "쉬리,,Coreoleuciscus splendidus");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then species are keyed on 학명, and the row without one is reported, not keyed on its former name
        Assert.Equal(["Lepomis macrochirus", "Zacco platypus"], batch.Species.Select(s => s.Key));
        Assert.Equal(
            ["files.columns-not-read", "files.unknown-species"],
            batch.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Should_take_학명_over_an_english_species_column_that_also_holds_binomials()
    {
        // Given a list whose Species column holds other binomials than its 학명 column
        var file = TestData.Text(
            "two.csv", "Species,학명,국명", "Zacco temminckii,Zacco platypus,피라미", "Lepomis gibbosus,Lepomis macrochirus,블루길");

        // When it is read, Then 학명 keys the species
        Assert.Equal(["Zacco platypus", "Lepomis macrochirus"], SampleFiles.Read(file).Species.Select(s => s.Key));
    }

    [Fact]
    public void Should_join_a_genus_column_and_an_epithet_column_and_not_take_authors_for_species()
    {
        // Given a list with genus and epithet apart, and an author column whose names look like binomials
        var file = TestData.Text(
            "split.csv",
            "국명,Genus,Species,Author",
            "피라미,Zacco,platypus,Temminck and Schlegel",
            "참갈겨니,Zacco,koreanus,Kim et al.",
            "꺽지,Coreoperca,herzi,Herzenstein");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the species are genus and epithet joined, and a note says so
        Assert.Equal(
            [("Zacco platypus", "피라미"), ("Zacco koreanus", "참갈겨니"), ("Coreoperca herzi", "꺽지")],
            batch.Species.Select(s => (s.Key, s.KoreanName)));
        Assert.Equal(
            [
                "the columns 'Genus' and 'Species' give genus and species apart; they were joined into the "
                + "scientific name",
                "columns not read: Author; the archived file keeps them",
            ],
            batch.Diagnostics.Select(d => d.Message));
    }

    [Theory]
    [InlineData("O", SpeciesStatus.Alien, null)]
    [InlineData("X", SpeciesStatus.Native, null)]
    [InlineData("maybe", SpeciesStatus.Unknown, "외래종 여부 'maybe' is neither Y nor N; its status is left unknown")]
    [InlineData("", SpeciesStatus.Unknown, null)]
    public void Should_read_the_alien_flag_as_sheets_write_it(string flag, SpeciesStatus status, string? problem)
    {
        // Given a list that flags 나일틸라피아 with O, X or a word
        var file = TestData.Text("list.csv", "학명,국명,외래종 여부", $"Oreochromis niloticus,나일틸라피아,{flag}");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then O is alien, X native, a blank unknown, and other text unknown with a warning
        Assert.Equal(status, Assert.Single(batch.Species).Status);
        Assert.Equal(problem, batch.Diagnostics.SingleOrDefault(d => d.Code == "files.species-conflict")?.Message);
    }

    [Fact]
    public void Should_keep_the_names_of_a_row_whose_only_problem_is_its_flag()
    {
        // Given rows whose names agree but whose flags are wrong or unreadable
        var file = TestData.Text(
            "list.csv", "학명,국명,외래종 여부", "Lepomis macrochirus,파랑볼우럭,N", "Channa argus,가물치,미상");

        // When it is read
        var names = SampleFiles.Read(file).SpeciesNames;

        // Then their Korean names are still names of their species
        Assert.Contains(new SpeciesName("파랑볼우럭", "Lepomis macrochirus"), names);
        Assert.Contains(new SpeciesName("가물치", "Channa argus"), names);
    }

    [Fact]
    public void Should_keep_a_catalogue_alien_flagged_native_as_alien_and_say_so()
    {
        // Given a list that marks the bluegill as not alien
        var file = TestData.Text("list.csv", "학명,국명,외래종 여부", "Lepomis macrochirus,블루길,N");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the bluegill keeps its catalogue status and the warning says why
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal([AlienSpecies.Bluegill], batch.Species);
        Assert.Equal(
            "외래종 여부 says N, but 블루길 is one of the alien species fishdens predicts; kept as invasive",
            warning.Message);
    }

    [Fact]
    public void Should_not_take_a_genus_left_open_for_a_species()
    {
        // Given rows naming only a genus: 'Lepomis sp.' and 'Lepomis cf. macrochirus'
        var file = TestData.Text(
            "list.csv",
            "학명,국명",
            "Lepomis sp.,검정우럭속",
            "Lepomis cf. macrochirus,블루길?",
            "Zacco platypus,피라미",
            "Zacco koreanus,참갈겨니",
            "Channa argus,가물치");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then neither is a species, and each is reported
        Assert.Equal(["Zacco platypus", "Zacco koreanus", "Channa argus"], batch.Species.Select(s => s.Key));
        Assert.Equal(2, batch.Diagnostics.Count(d => d.Code == "files.unknown-species"));
    }

    [Fact]
    public void Should_skip_a_row_without_a_species_and_say_which()
    {
        // Given a list whose second row names no species
        var file = TestData.Text("list.csv", "학명,국명", "Lepomis macrochirus,블루길", "미상,알수없음");

        // When it is read
        var batch = SampleFiles.Read(file);

        // Then the row is skipped with a warning naming its cell
        var warning = Assert.Single(batch.Diagnostics);

        Assert.Equal([AlienSpecies.Bluegill], batch.Species);
        Assert.Equal("files.unknown-species", warning.Code);
        Assert.Equal(new SourceLocation("list.csv", null, 3, "학명"), warning.Where);
        Assert.Equal(
            "neither 학명 '미상' nor 국명 '알수없음' names a species; the row was skipped",
            warning.Message);
    }

    [Fact]
    public void Should_refuse_a_list_without_scientific_names_naming_the_file()
    {
        // Given a table headed like a list whose cells hold no binomial
        var file = TestData.Text("names.csv", "species,note", "블루길,pond", "큰입배스,river");

        // When it is read
        var error = Assert.Throws<SourceFormatException>(() => SampleFiles.Read(file));

        // Then the error names the file and says what to add
        Assert.Equal(
            "names.csv looks like a species list (its header has 'species') but no column holds scientific "
            + "names (genus and species, such as 'Lepomis macrochirus'). Add a 학명 column, then import it again.",
            error.Message);
    }
}
