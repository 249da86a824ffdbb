namespace AlienFish.Plugins.Nearest;

/// <summary>How the window means of several stations combine into one value per variable.</summary>
internal enum StationWeighting
{
    /// <summary>Every station's window mean counts equally (<c>weighting=none</c>).</summary>
    None,

    /// <summary>
    /// Inverse-distance weighting (<c>weighting=idw</c>): a station's weight is its distance to
    /// the power of minus <c>idw-power</c>.
    /// </summary>
    InverseDistance,
}
