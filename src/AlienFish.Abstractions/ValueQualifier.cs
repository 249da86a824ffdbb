namespace AlienFish.Abstractions;

/// <summary>What a measured value means beyond its number.</summary>
public enum ValueQualifier
{
    /// <summary>A plain measured value.</summary>
    None,

    /// <summary>Below the limit of quantification (정량한계미만).</summary>
    BelowQuantification,

    /// <summary>Below the limit of detection (불검출, ND).</summary>
    BelowDetection,

    /// <summary>The item was not measured; the reason is kept as raw text.</summary>
    NotMeasured,
}
