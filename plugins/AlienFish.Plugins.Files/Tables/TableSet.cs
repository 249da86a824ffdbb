using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Decoding;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>The tables of one file and the problems met while splitting it into cells.</summary>
internal sealed record TableSet(
    FileContainer Container,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<Diagnostic> Problems);
