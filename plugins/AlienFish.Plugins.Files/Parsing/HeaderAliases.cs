using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// The one table of the header texts this source knows, as the portals and their
/// re-exports write them, and what each column holds. Lookups go through
/// <see cref="HeaderText.Normalise"/>, so unit glyphs, spacing and case do not matter.
/// </summary>
internal static class HeaderAliases
{
    private static readonly (HeaderRole Role, string[] Headers)[] RoleHeaders =
    [
        (HeaderRole.RowNumber, ["번호"]),
        (HeaderRole.StationCode,
            ["분류번호", "측정소코드", "WQMN_CODE", "PT_NO", "WQAMN_CODE", "SWMN_CODE", "code"]),
        (HeaderRole.StationName,
            ["측정소명", "이름", "WQMN_NM", "PT_NM", "WQAMN_NM", "SWMN_NM", "name", "구분(4)"]),
        (HeaderRole.TotalLoadStation, ["총량지점명", "총량지점"]),
        (HeaderRole.SampleDate,
            ["년/월/일", "년월일", "일자", "측정일자", "CHCK_DE", "WMCYMD", "MESURE_DT", "측정일시"]),
        (HeaderRole.Round, ["회차", "차수", "TME", "WMWK", "round"]),
        (HeaderRole.SampleTime, ["채수시각", "측정시각"]),
        (HeaderRole.Latitude, ["위도", "위도(도.분.초)", "위도(DMS)"]),
        (HeaderRole.Longitude, ["경도", "경도(도.분.초)", "경도(DMS)"]),
        (HeaderRole.ProjectedX,
            ["TM_X", "X좌표", "X", "X_COORD", "XCOORD", "POINT_X", "좌표X", "TM좌표X", "좌표정보(X)", "EASTING"]),
        (HeaderRole.ProjectedY,
            ["TM_Y", "Y좌표", "Y", "Y_COORD", "YCOORD", "POINT_Y", "좌표Y", "TM좌표Y", "좌표정보(Y)", "NORTHING"]),
        (HeaderRole.Network, ["network"]),
        (HeaderRole.LatitudeDegrees, ["위도(Degree)", "LA", "LAT", "decimalLatitude"]),
        (HeaderRole.LongitudeDegrees, ["경도(Degree)", "LO", "LON", "decimalLongitude"]),
        (HeaderRole.LatitudeDmsDegree, ["위도(DMS도)", "LAT_DGR", "LA_DEGR"]),
        (HeaderRole.LatitudeDmsMinute, ["위도(DMS분)", "LAT_MIN", "LA_MIN"]),
        (HeaderRole.LatitudeDmsSecond, ["위도(DMS초)", "LAT_SEC", "LA_SECND"]),
        (HeaderRole.LongitudeDmsDegree, ["경도(DMS도)", "LON_DGR", "LO_DEGR"]),
        (HeaderRole.LongitudeDmsMinute, ["경도(DMS분)", "LON_MIN", "LO_MIN"]),
        (HeaderRole.LongitudeDmsSecond, ["경도(DMS초)", "LON_SEC", "LO_SECND"]),
        (HeaderRole.Year, ["년도", "연도", "YEAR", "YEARA", "조사연도"]),
        (HeaderRole.ReachCode, ["분류코드", "SPOT_CODE", "조사지코드"]),
        (HeaderRole.ReachName, ["조사구간명", "SPOT_NM", "조사지명"]),
        (HeaderRole.Basin, ["대권역", "구분(1)", "basin"]),
        (HeaderRole.WaterSystem, ["수계", "water_system"]),
        (HeaderRole.MidBasin, ["중권역", "구분(2)", "mid_basin"]),
        (HeaderRole.SubBasin, ["소권역", "구분(3)"]),
        (HeaderRole.River, ["하천명", "river"]),
        (HeaderRole.SurveyDate, ["조사일"]),
        (HeaderRole.EffortMinutes, ["채집소요시간(분)", "채집소요시간"]),
        (HeaderRole.Gear, ["채집도구"]),
        (HeaderRole.AreaSquareMetres, ["조사면적(㎡)", "조사면적"]),
        (HeaderRole.ScientificName, ["학명", "SCNCENM", "spcs_scncenm", "scientificName", "species"]),
        (HeaderRole.KoreanName, ["국명", "KORNM", "한글보통명", "한글명", "spcs_korean_nm", "korean_name"]),
        (HeaderRole.Count, ["개체수", "INDVD_CO", "individualCount", "count"]),
        (HeaderRole.AlienFlag, ["외래종 여부", "외래종", "외래종 여부(Y/N)", "EXO_AT"]),
        (HeaderRole.Note, ["비고", "세부사항"]),
        (HeaderRole.OccurrenceId, ["id", "occurrenceID", "gbifID", "key"]),
        (HeaderRole.TaxonSerial, ["ktsn"]),
        (HeaderRole.SightingDate,
            ["eventDate", "관찰일", "관찰일자", "examin_begin_de", "observed_on", "verbatimEventDate"]),
        (HeaderRole.OccurrenceStatus, ["occurrenceStatus"]),
        (HeaderRole.Region, ["시도명", "시도", "stateProvince", "region"]),
        (HeaderRole.Descriptive,
            ["위치", "주소", "ADDR", "ADRES", "확정구분", "WMYR", "WMOD", "ORG_NM", "INSTT"]),
    ];

    private static readonly (string Code, string[] Headers)[] VariableHeaders =
    [
        (Variables.WaterTemperature, ["수온", "수온(℃)", "수온(°C)", "ITEM_TEMP", "IEM_WTRTP"]),
        (Variables.PH, ["pH", "수소이온농도", "수소이온농도(pH)", "ITEM_PH", "IEM_PH"]),
        (Variables.DissolvedOxygen,
            ["DO", "DO(㎎/L)", "용존산소", "용존산소(㎎/L)", "용존산소 DO (mg/L)", "ITEM_DOC",
                "IEM_DOC"]),
        (Variables.Bod,
            ["BOD", "BOD(㎎/L)", "생물화학적산소요구량(㎎/L)", "생물화학적산소요구량㎎/L)",
                "생물화학적산소요구량 BOD (mg/L)", "ITEM_BOD", "IEM_BOD"]),
        (Variables.Cod,
            ["COD", "COD(㎎/L)", "화학적산소요구량(㎎/L)", "화학적산소요구량 COD (mg/L)",
                "ITEM_COD", "IEM_COD"]),
        (Variables.SuspendedSolids,
            ["SS", "SS(㎎/L)", "부유물질", "부유물질(㎎/L)", "부유물질 SS (mg/L)", "ITEM_SS",
                "IEM_SS"]),
        (Variables.ElectricalConductivity,
            ["EC", "EC(μS/cm)", "전기전도도", "전기전도도(uS/cm)", "전기전도도(µS/㎝)",
                "전기전도도(?S/㎝)", "전기전도도(㎛hos/㎝)", "전기전도도(umhos/cm)",
                "전기전도도 EC (μS/cm)", "ITEM_EC", "IEM_EC"]),
        (Variables.Turbidity, ["탁도", "탁도(NTU)", "ITEM_TUR", "IEM_TUR"]),
        (Variables.TotalNitrogen,
            ["TN", "T-N", "TN(㎎/L)", "T-N(mg/L)", "총질소", "총질소(㎎/L)", "총질소(T-N)(㎎/L)",
                "총질소 T-N (mg/L)", "ITEM_TN", "IEM_TN"]),
        (Variables.Ammonia,
            ["NH3-N", "NH3-N(mg/L)", "암모니아성질소(mg/L)", "암모니아성 질소 NH₃-N (mg/L)",
                "ITEM_NH3N", "IEM_NH3N"]),
        (Variables.Nitrate,
            ["NO3-N", "NO3-N(mg/L)", "질산성질소(mg/L)", "질산성질소 NO₃-N (mg/L)", "ITEM_NO3N",
                "IEM_NO3N"]),
        (Variables.TotalPhosphorus,
            ["TP", "T-P", "TP(㎎/L)", "T-P(mg/L)", "총인", "총인(㎎/L)", "총인(T-P)(㎎/L)",
                "총인 T-P (mg/L)", "ITEM_TP", "IEM_TP"]),
        (Variables.Phosphate,
            ["PO4-P", "PO4-P(mg/L)", "인산염인(mg/L)", "인산염 인 PO₄-P (mg/L)", "ITEM_PO4P",
                "IEM_PO4P"]),
        (Variables.TotalOrganicCarbon,
            ["TOC", "TOC(㎎/L)", "총유기탄소", "총유기탄소(㎎/L)", "총유기탄소(TOC)(㎎/L)",
                "총유기탄소 TOC (mg/L)", "ITEM_TOC", "IEM_TOC"]),
        (Variables.Chlorophyll,
            ["Chl-a", "Chl-a(mg/m3)", "클로로필a", "클로로필a(mg/m3)", "클로로필 a(㎎/㎥)",
                "클로로필a Chlorophyll-a (mg/㎥)", "ITEM_CLOA", "IEM_CHLA"]),
        (Variables.Flow, ["유량", "유량(㎥/s)", "ITEM_AMNT"]),
    ];

    /// <summary>채집도구 codes as the 현지조사 unit row explains them (1:투망 2:족대).</summary>
    private static readonly Dictionary<string, string> GearNames = new(StringComparer.Ordinal)
    {
        ["1"] = "투망",
        ["2"] = "족대",
    };

    private static readonly Dictionary<string, HeaderRole> Roles = BuildRoles();

    private static readonly Dictionary<string, VariableInfo> VariablesByHeader = BuildVariables();

    /// <summary>
    /// What a column with this header holds. A reference system named at the end of the
    /// header (<c>X(EPSG:5186)</c>, see <see cref="CrsHint"/>) does not change its role.
    /// </summary>
    public static HeaderRole RoleOf(string header)
    {
        var key = HeaderText.Normalise(CrsHint.Strip(header));

        if (Roles.TryGetValue(key, out var role))
        {
            return role;
        }

        return VariablesByHeader.ContainsKey(key) ? HeaderRole.Variable : HeaderRole.Unknown;
    }

    /// <summary>The canonical variable a header names, or null.</summary>
    public static VariableInfo? VariableOf(string header) =>
        VariablesByHeader.GetValueOrDefault(HeaderText.Normalise(header));

    /// <summary>
    /// Where a header stands in the list of its role's names, the first being the most
    /// specific (<c>학명</c> before <c>species</c>); past the end for a header the table lacks.
    /// </summary>
    public static int Rank(string header)
    {
        var key = HeaderText.Normalise(CrsHint.Strip(header));

        foreach (var (_, headers) in RoleHeaders)
        {
            var index = Array.FindIndex(headers, h => HeaderText.Normalise(h) == key);

            if (index >= 0)
            {
                return index;
            }
        }

        return int.MaxValue;
    }

    /// <summary>The header a role is best known by, for messages.</summary>
    public static string DisplayName(HeaderRole role) =>
        RoleHeaders.First(entry => entry.Role == role).Headers[0];

    /// <summary>Every header known for a role, for messages: <c>분류번호, 측정소코드, …</c>.</summary>
    public static string Names(HeaderRole role) =>
        string.Join(", ", RoleHeaders.Where(entry => entry.Role == role).SelectMany(entry => entry.Headers));

    /// <summary>The name of a 채집도구 code; any other text is kept as written.</summary>
    public static string GearName(string code) => GearNames.GetValueOrDefault(code, code);

    private static Dictionary<string, HeaderRole> BuildRoles()
    {
        var roles = new Dictionary<string, HeaderRole>(StringComparer.Ordinal);

        foreach (var (role, headers) in RoleHeaders)
        {
            foreach (var header in headers)
            {
                roles.Add(HeaderText.Normalise(header), role);
            }
        }

        return roles;
    }

    private static Dictionary<string, VariableInfo> BuildVariables()
    {
        var variables = new Dictionary<string, VariableInfo>(StringComparer.Ordinal);

        foreach (var (code, headers) in VariableHeaders)
        {
            var info = Variables.Find(code)
                ?? throw new InvalidOperationException($"variable code {code} is not in Variables.All");

            foreach (var header in headers)
            {
                variables.TryAdd(HeaderText.Normalise(header), info);
            }
        }

        return variables;
    }
}
