using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>The long water-quality layouts this source reads, most specific first.</summary>
internal static class LongLayouts
{
    /// <summary>
    /// 수질측정망 long export (<c>분류번호,측정소명,년/월/일,…</c>), and the Open API's
    /// <c>getWaterMeasuringList</c> items (<c>PT_NO, PT_NM, WMCYMD, …</c>), which carry the
    /// same columns under other names.
    /// </summary>
    public static LongLayout WaterQuality { get; } = new(
        FileLayouts.WaterQualityLong,
        Networks.WaterQuality,
        HeaderRole.StationCode,
        [HeaderRole.StationCode, HeaderRole.StationName, HeaderRole.SampleDate],
        columns => columns.Has(HeaderRole.StationCode)
            && columns.Has(HeaderRole.SampleDate)
            && !columns.Has(HeaderRole.ReachCode),
        KeyedByName: false);

    /// <summary>
    /// 총량측정망 export (<c>번호,총량지점명,일자,…</c>): the station name is the only key the
    /// network's export has, so it is the station code in network <c>tl</c>.
    /// </summary>
    public static LongLayout TotalLoad { get; } = new(
        FileLayouts.TotalLoad,
        Networks.TotalLoad,
        HeaderRole.TotalLoadStation,
        [HeaderRole.TotalLoadStation, HeaderRole.SampleDate],
        columns => columns.Has(HeaderRole.TotalLoadStation)
            && columns.Has(HeaderRole.SampleDate)
            && !columns.Has(HeaderRole.StationCode),
        KeyedByName: false);

    /// <summary>
    /// mulmoa.go.kr re-export of 수질측정망 data (<c>측정소명,년월일,…,확정구분</c>): no station
    /// code, so stations are keyed by name in network <c>wq</c>, and the batch says so.
    /// </summary>
    public static LongLayout ByName { get; } = new(
        FileLayouts.WaterQualityByName,
        Networks.WaterQuality,
        HeaderRole.StationName,
        [HeaderRole.StationName, HeaderRole.SampleDate],
        columns => columns.Has(HeaderRole.StationName)
            && columns.Has(HeaderRole.SampleDate)
            && columns.Measured.Any()
            && !columns.Has(HeaderRole.StationCode)
            && !columns.Has(HeaderRole.TotalLoadStation)
            && !columns.Has(HeaderRole.ReachCode),
        KeyedByName: true);
}
