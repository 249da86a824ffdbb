namespace AlienFish.Plugins.Files.Layouts;

/// <summary>What the samples of one row share: the station, the date, the round and time.</summary>
internal readonly record struct SampleKey(string StationCode, DateOnly Date, string? Round, TimeOnly? Time);
