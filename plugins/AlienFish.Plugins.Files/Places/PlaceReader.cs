using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;
using AlienFish.Plugins.Files.Layouts;
using AlienFish.Plugins.Files.Parsing;
using NetTopologySuite.Geometries;

namespace AlienFish.Plugins.Files.Places;

/// <summary>
/// Turns the point features of GeoJSON and GeoPackage layers into stations and reaches.
/// Properties are named as the columns of a station list (<see cref="HeaderAliases"/>):
/// <c>network</c>, <c>code</c> (or 분류번호, 측정소코드, ...), <c>name</c>, and for reaches
/// 분류코드 or SPOT_CODE, <c>basin</c>, <c>water_system</c>, <c>mid_basin</c>, <c>river</c>,
/// as <c>fishdens export</c> writes them. A feature whose network is <c>bio-fish</c>, or that
/// has a reach code, is a reach; any other is a station. A layer without a code but with a
/// species and a year is read as sightings (<see cref="OccurrenceLayer"/>); any other layer
/// with no code property (the export's matches and predictions) is passed over with a note.
/// </summary>
internal sealed class PlaceReader
{
    private readonly string _fileName;
    private readonly FilesSettings _settings;
    private readonly SourceBatch _batch;

    public PlaceReader(string fileName, FilesSettings settings, SourceBatch batch)
    {
        _fileName = fileName;
        _settings = settings;
        _batch = batch;
    }

    /// <exception cref="SourceFormatException">
    /// No layer has a code property, or a layer's reference system is unknown or not named.
    /// </exception>
    public void Read(IReadOnlyList<PlaceLayer> layers, string format, CancellationToken token)
    {
        var read = 0;

        foreach (var layer in layers)
        {
            var roles = Roles(layer);

            if (!roles.ContainsKey(HeaderRole.StationCode) && !roles.ContainsKey(HeaderRole.ReachCode))
            {
                if (OccurrenceLayer.TryRead(_fileName, layer, () => SystemOf(layer), _settings, _batch, token))
                {
                    read++;
                    continue;
                }

                _batch.Diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Info,
                    DiagnosticCodes.LayerSkipped,
                    $"{_fileName}: {LayerName(layer)} has no station or reach code property, so it was not read"));

                continue;
            }

            read++;
            ReadLayer(layer, roles, SystemOf(layer), token);
        }

        if (read == 0)
        {
            throw FileErrors.NoPlaces(_fileName, format);
        }
    }

    /// <summary>The first property of each role, by the name the layer gives it.</summary>
    private static Dictionary<HeaderRole, string> Roles(PlaceLayer layer)
    {
        var roles = new Dictionary<HeaderRole, string>();

        foreach (var name in layer.Fields)
        {
            roles.TryAdd(HeaderAliases.RoleOf(name), name);
        }

        return roles;
    }

    private void ReadLayer(
        PlaceLayer layer, Dictionary<HeaderRole, string> roles, ReferenceSystem system, CancellationToken token)
    {
        var seen = new Dictionary<(bool Reach, string Network, string Code), string>();

        foreach (var feature in layer.Features)
        {
            token.ThrowIfCancellationRequested();

            var place = new FeatureValues(feature, roles);
            var (isReach, codeProperty, code) = place.Key();

            if (code.Length == 0)
            {
                Warn(layer, feature, roles.GetValueOrDefault(HeaderRole.StationCode), DiagnosticCodes.MissingKey,
                    $"{feature.Label} has no code (its {CodeNames(roles)} is empty or missing), so no station "
                    + "or reach was made for it; fill in its code");

                continue;
            }

            var network = place.Network(isReach, codeProperty, code);

            if (seen.TryGetValue((isReach, network, code), out var first))
            {
                Warn(layer, feature, codeProperty, DiagnosticCodes.DuplicateRecord,
                    $"{feature.Label} repeats {Kind(isReach)} {network}:{code}; the one of {first} is kept");

                continue;
            }

            seen.Add((isReach, network, code), feature.Label);

            if (CodeText.LooksScientific(code))
            {
                Warn(layer, feature, codeProperty, DiagnosticCodes.CodeAsNumber, CodeCheck.Problem, code);
            }

            var origin = new SourceLocation(_fileName, layer.Name, feature.Number, codeProperty);
            var location = Locate(layer, feature, system, Kind(isReach));

            if (isReach)
            {
                _batch.Reaches.Add(place.Reach(network, code, location) with { Origin = origin });
            }
            else
            {
                _batch.Stations.Add(new Station(network, code, place.Name(isReach), location) { Origin = origin });
            }
        }
    }

    private GeoPoint? Locate(PlaceLayer layer, PlaceFeature feature, ReferenceSystem system, string kind)
    {
        var point = feature.Geometry switch
        {
            Point { IsEmpty: false } p => p,
            MultiPoint { NumGeometries: 1 } m => (Point)m.GetGeometryN(0),
            _ => null,
        };

        if (point is null)
        {
            Warn(layer, feature, "geometry", DiagnosticCodes.NotAPoint, NotAPoint(feature, kind));
            return null;
        }

        var position = system.ToWgs84(point.X, point.Y);

        if (KoreaExtent.Contains(position))
        {
            return position;
        }

        var given = system.IsGeographic
            ? PositionProblems.Degrees(position)
            : PositionProblems.Projected(point.X, point.Y, system, position);
        var swapped = PositionProblems.LooksSwapped(position, system.ToWgs84(point.Y, point.X))
            ? "its coordinates look swapped: a point is written x first, that is longitude (or easting), then "
                + "latitude (or northing)"
            : system.IsGeographic ? null : $"check that the layer is really in {system.Code}";

        Warn(layer, feature, "geometry", DiagnosticCodes.OutsideKorea,
            $"{feature.Label}: " + PositionProblems.OutsideKorea(given, swapped),
            $"{PositionProblems.Number(point.X)}, {PositionProblems.Number(point.Y)}");

        return null;
    }

    private static string NotAPoint(PlaceFeature feature, string kind)
    {
        var what = feature.GeometryProblem is { } problem
            ? $"its geometry cannot be read ({problem})"
            : feature.Geometry is null || feature.Geometry.IsEmpty
                ? "it has no geometry"
                : $"its geometry is a {feature.Geometry.GeometryType}, not a point";

        return $"{feature.Label}: {what}; the {kind} is kept without a position. Give each {kind} "
            + "as one Point (in QGIS, Vector > Geometry Tools > Centroids makes points of other shapes)";
    }

    /// <summary>The declared system of a layer, else the <c>crs</c> setting, else the format's default.</summary>
    private ReferenceSystem SystemOf(PlaceLayer layer)
    {
        var setting = _settings.Crs;

        if (layer.DeclaredCrs is null)
        {
            return setting ?? layer.DefaultSystem ?? throw FileErrors.NoLayerCrs(_fileName, LayerName(layer));
        }

        var declared = ReferenceSystems.Parse(layer.DeclaredCrs)
            ?? throw FileErrors.UnknownCrs(_fileName, layer.CrsPlace, layer.DeclaredCrs);

        if (setting is not null && setting != declared)
        {
            throw FileErrors.CrsConflict(
                _fileName, $"{layer.CrsPlace} and --set crs name", declared.Code, setting.Code);
        }

        return declared;
    }

    private void Warn(
        PlaceLayer layer, PlaceFeature feature, string? property, string code, string message, string? raw = null) =>
        _batch.Diagnostics.Add(new Diagnostic(
            DiagnosticSeverity.Warning,
            code,
            message,
            new SourceLocation(_fileName, layer.Name, feature.Number, property),
            raw));

    private static string LayerName(PlaceLayer layer) =>
        layer.Name is null ? "the file" : $"the layer '{layer.Name}'";

    private static string CodeNames(Dictionary<HeaderRole, string> roles) =>
        string.Join(" and ", new[] { HeaderRole.StationCode, HeaderRole.ReachCode }
            .Where(roles.ContainsKey)
            .Select(role => $"'{roles[role]}'"));

    private static string Kind(bool isReach) => isReach ? "reach" : "station";
}
