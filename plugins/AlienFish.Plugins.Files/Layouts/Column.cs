using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>One column of a located header.</summary>
/// <param name="Index">0-based cell index in each row.</param>
/// <param name="Header">The header as the file writes it, for messages and locations.</param>
/// <param name="Variable">The canonical variable when <see cref="Role"/> is a variable.</param>
internal sealed record Column(int Index, string Header, HeaderRole Role, VariableInfo? Variable);
