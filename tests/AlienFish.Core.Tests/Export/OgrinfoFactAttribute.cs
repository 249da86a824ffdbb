namespace AlienFish.Core.Tests.Export;

/// <summary>
/// A fact that reads a GeoPackage back with GDAL's <c>ogrinfo</c>, the library QGIS opens it
/// with; skipped, with the reason, where GDAL is not installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OgrinfoFactAttribute : FactAttribute
{
    public OgrinfoFactAttribute()
    {
        if (Ogrinfo.Path is null)
        {
            Skip = "ogrinfo (GDAL) is not on PATH; install it with 'apt-get install gdal-bin'";
        }
    }
}
