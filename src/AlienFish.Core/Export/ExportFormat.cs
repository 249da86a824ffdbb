namespace AlienFish.Core.Export;

/// <summary>The file formats that <c>fishdens export</c> writes for GIS programs such as QGIS.</summary>
public enum ExportFormat
{
    /// <summary>One RFC 7946 GeoJSON file per layer, in a folder.</summary>
    GeoJson,

    /// <summary>All layers as feature tables of one OGC GeoPackage file.</summary>
    GeoPackage,
}
