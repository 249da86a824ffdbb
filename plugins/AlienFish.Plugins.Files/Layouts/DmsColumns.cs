namespace AlienFish.Plugins.Files.Layouts;

/// <summary>The three columns of a coordinate split into degrees, minutes and seconds.</summary>
internal sealed record DmsColumns(Column? Degree, Column? Minute, Column? Second);
