namespace AlienFish.Abstractions;

/// <summary>Names of the monitoring networks that key stations and reaches.</summary>
public static class Networks
{
    /// <summary>수질측정망, the water-quality monitoring network.</summary>
    public const string WaterQuality = "wq";

    /// <summary>총량측정망, the total-load monitoring network.</summary>
    public const string TotalLoad = "tl";

    /// <summary>생물측정망 어류, the fish surveys of the biological monitoring network.</summary>
    public const string BioFish = "bio-fish";
}
