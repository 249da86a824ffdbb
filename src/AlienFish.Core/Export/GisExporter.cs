using AlienFish.Core.Storage;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Export;

/// <summary>
/// Exports the store's places for GIS programs: reaches, stations, the latest match run's
/// reach-to-station lines and the latest model's predictions, in WGS84 longitude/latitude.
/// Files are written under temporary names and moved into place only when all are complete,
/// so a failed export leaves no half-written file behind.
/// </summary>
public sealed class GisExporter
{
    private readonly FishdensStore _store;

    public GisExporter(FishdensStore store)
    {
        _store = store;
    }

    /// <summary>
    /// Writes <paramref name="layers"/> (names from <see cref="ExportLayers"/>) to
    /// <paramref name="path"/>: for GeoJSON a folder, created when only it is missing, that gets
    /// one <c>&lt;layer&gt;.geojson</c> each; for GeoPackage one file. An existing file is replaced.
    /// </summary>
    /// <exception cref="PipelineException">The place cannot be written; the message says why.</exception>
    public IReadOnlyList<LayerSummary> Export(ExportFormat format, string path, IReadOnlyList<string> layers)
    {
        var full = System.IO.Path.GetFullPath(path);
        List<GisLayer> read;

        using (var reader = new StoreLayerReader(_store))
        {
            read = [.. layers.Select(reader.Read)];
        }

        return format switch
        {
            ExportFormat.GeoJson => WriteGeoJson(full, read),
            ExportFormat.GeoPackage => WriteGeoPackage(full, read),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not an export format"),
        };
    }

    private static List<LayerSummary> WriteGeoJson(string folder, IReadOnlyList<GisLayer> layers)
    {
        if (File.Exists(folder))
        {
            throw new PipelineException(
                $"--out {folder} is a file; a GeoJSON export writes one file per layer into a folder, "
                + "so give a folder, or use --format gpkg for a single file");
        }

        RequireParentFolder(folder);
        var created = !Directory.Exists(folder);
        var staged = new List<(string Temporary, string Final)>();

        try
        {
            Directory.CreateDirectory(folder);

            foreach (var layer in layers)
            {
                var final = System.IO.Path.Combine(folder, layer.Name + ".geojson");
                staged.Add((TemporaryBeside(final), final));

                using var stream = new FileStream(staged[^1].Temporary, FileMode.CreateNew, FileAccess.Write);
                GeoJsonLayerWriter.Write(layer, stream);
            }

            foreach (var (temporary, final) in staged)
            {
                File.Move(temporary, final, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            staged.ForEach(s => DeleteQuietly(s.Temporary));
            RemoveIfEmpty(folder, created);
            throw new PipelineException(
                $"cannot write the GeoJSON layers into {folder}: {e.Message.TrimEnd('.')}");
        }

        return
        [
            .. layers.Select((l, i) => new LayerSummary(l.Name, l.Features.Count, l.Skipped, staged[i].Final)),
        ];
    }

    private static List<LayerSummary> WriteGeoPackage(string file, IReadOnlyList<GisLayer> layers)
    {
        if (Directory.Exists(file))
        {
            throw new PipelineException(
                $"--out {file} is a folder; a GeoPackage is one file, so give a file name such as "
                + System.IO.Path.Combine(file, "fishdens.gpkg"));
        }

        RequireParentFolder(file);
        var temporary = TemporaryBeside(file);

        try
        {
            GeoPackageWriter.Write(temporary, layers);
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            DeleteQuietly(temporary);
            DeleteQuietly(temporary + "-journal");
            throw new PipelineException(
                $"cannot write the GeoPackage {file}: {e.Message.TrimEnd('.')}; check that its folder can be written");
        }

        return [.. layers.Select(l => new LayerSummary(l.Name, l.Features.Count, l.Skipped, file))];
    }

    private static void RequireParentFolder(string path)
    {
        var parent = System.IO.Path.GetDirectoryName(path);

        if (parent is not null && !Directory.Exists(parent))
        {
            throw new PipelineException(
                $"the folder {parent} does not exist; create it before exporting to {path}");
        }
    }

    /// <summary>A hidden name in the same folder, so the final move is a rename on one file system.</summary>
    private static string TemporaryBeside(string final)
    {
        var folder = System.IO.Path.GetDirectoryName(final) ?? ".";
        var name = $".{System.IO.Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp";

        return System.IO.Path.Combine(folder, name);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be removed is hidden; the export's own error is the one to report.
        }
    }

    private static void RemoveIfEmpty(string folder, bool created)
    {
        try
        {
            if (created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty folder left behind is harmless; the export's own error is the one to report.
        }
    }
}
