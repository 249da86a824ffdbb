namespace AlienFish.Plugins.Files.Parsing;

/// <summary>What a column of a table holds, whatever its header says.</summary>
internal enum HeaderRole
{
    /// <summary>A header this source does not know.</summary>
    Unknown,

    /// <summary>A measured quantity, mapped to a code of <c>Variables</c>.</summary>
    Variable,

    RowNumber,
    StationCode,
    StationName,

    /// <summary>총량지점명: the name that is the only key of a total-load station.</summary>
    TotalLoadStation,

    SampleDate,

    /// <summary>회차 or 차수: the round within a month (water) or a year (fish).</summary>
    Round,

    SampleTime,

    /// <summary>Latitude as DMS text (<c>36°27'52.70"</c>) or decimal degrees.</summary>
    Latitude,

    /// <summary>Longitude as DMS text or decimal degrees.</summary>
    Longitude,

    /// <summary>
    /// The easting of a projected position (<c>TM_X</c>, <c>X좌표</c>); the reference system
    /// comes from the header (<c>X(EPSG:5186)</c>) or the <c>crs</c> setting.
    /// </summary>
    ProjectedX,

    /// <summary>The northing of a projected position (<c>TM_Y</c>, <c>Y좌표</c>).</summary>
    ProjectedY,

    /// <summary>The network of a station or reach as fishdens names it, e.g. <c>wq</c>.</summary>
    Network,

    LatitudeDegrees,
    LongitudeDegrees,
    LatitudeDmsDegree,
    LatitudeDmsMinute,
    LatitudeDmsSecond,
    LongitudeDmsDegree,
    LongitudeDmsMinute,
    LongitudeDmsSecond,
    Year,
    ReachCode,
    ReachName,
    Basin,
    WaterSystem,
    MidBasin,

    /// <summary>소권역, or 구분(3) of the wide export.</summary>
    SubBasin,

    River,
    SurveyDate,
    EffortMinutes,
    Gear,
    AreaSquareMetres,
    ScientificName,
    KoreanName,
    Count,
    AlienFlag,
    Note,

    /// <summary>The identifier of an occurrence record in its dataset (<c>id</c>, <c>occurrenceID</c>).</summary>
    OccurrenceId,

    /// <summary>
    /// The national species list's taxon serial number (<c>ktsn</c>): read only to report a
    /// number a spreadsheet destroyed; species are keyed by name.
    /// </summary>
    TaxonSerial,

    /// <summary>The day of a sighting (<c>eventDate</c>).</summary>
    SightingDate,

    /// <summary>Whether a sighting found the species: a Darwin Core <c>absent</c> record did not.</summary>
    OccurrenceStatus,

    /// <summary>The province or city a record names (시도명).</summary>
    Region,

    /// <summary>
    /// A column kept for people and not read: 위치, 주소, 확정구분, the API's year and
    /// month fields (its full date is read instead), the agency.
    /// </summary>
    Descriptive,
}
