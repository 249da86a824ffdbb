namespace AlienFish.Abstractions;

/// <summary>A canonical water-quality variable and the unit its values are stored in.</summary>
public sealed record VariableInfo(string Code, string Name, string Unit);

/// <summary>
/// The canonical variables. Sources map every header alias onto these codes, so matchers
/// and models see one name per quantity whatever file it came from.
/// </summary>
public static class Variables
{
    public const string WaterTemperature = "WT";
    public const string PH = "PH";
    public const string DissolvedOxygen = "DO";
    public const string Bod = "BOD";
    public const string Cod = "COD";
    public const string SuspendedSolids = "SS";
    public const string ElectricalConductivity = "EC";
    public const string Turbidity = "TUR";
    public const string TotalNitrogen = "TN";
    public const string Ammonia = "NH3N";
    public const string Nitrate = "NO3N";
    public const string TotalPhosphorus = "TP";
    public const string Phosphate = "PO4P";
    public const string TotalOrganicCarbon = "TOC";
    public const string Chlorophyll = "CHLA";
    public const string Flow = "FLOW";

    public static IReadOnlyList<VariableInfo> All { get; } =
    [
        new(WaterTemperature, "water temperature", "°C"),
        new(PH, "pH", ""),
        new(DissolvedOxygen, "dissolved oxygen", "mg/L"),
        new(Bod, "biochemical oxygen demand", "mg/L"),
        new(Cod, "chemical oxygen demand", "mg/L"),
        new(SuspendedSolids, "suspended solids", "mg/L"),
        new(ElectricalConductivity, "electrical conductivity", "µS/cm"),
        new(Turbidity, "turbidity", "NTU"),
        new(TotalNitrogen, "total nitrogen", "mg/L"),
        new(Ammonia, "ammonia nitrogen", "mg/L"),
        new(Nitrate, "nitrate nitrogen", "mg/L"),
        new(TotalPhosphorus, "total phosphorus", "mg/L"),
        new(Phosphate, "phosphate phosphorus", "mg/L"),
        new(TotalOrganicCarbon, "total organic carbon", "mg/L"),
        new(Chlorophyll, "chlorophyll a", "mg/m³"),
        new(Flow, "flow", "m³/s"),
    ];

    public static VariableInfo? Find(string code) =>
        All.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase));
}
