namespace AlienFish.Plugins.Nearest;

/// <summary>How the distance from a reach to a station is measured.</summary>
internal enum DistanceKind
{
    /// <summary>On the GRS80 ellipsoid, the distance on the ground.</summary>
    Ground,

    /// <summary>
    /// A straight line on the EPSG:5186 plane, as GIS tools measure after projecting; longer
    /// than the ground distance by the projection's scale, up to about 0.06 % in eastern Korea.
    /// </summary>
    Plane,
}
