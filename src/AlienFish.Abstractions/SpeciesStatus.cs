namespace AlienFish.Abstractions;

public enum SpeciesStatus
{
    Unknown,
    Native,

    /// <summary>외래종: introduced, not designated invasive.</summary>
    Alien,

    /// <summary>생태계교란종: designated invasive (bluegill, largemouth bass).</summary>
    Invasive,
}
