namespace AlienFish.Plugins.Files.Decoding;

/// <summary>What a file is underneath its name, told from its first bytes.</summary>
internal enum FileContainer
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>An Office Open XML workbook: a zip archive.</summary>
    Xlsx,

    /// <summary>A BIFF8 workbook inside an OLE2 compound file.</summary>
    Biff,

    /// <summary>An HTML page, as old portals served for ".xls" downloads.</summary>
    Html,

    /// <summary>A JSON document, as the Open API answers with <c>resultType=json</c>.</summary>
    Json,

    /// <summary>An XML document that is not HTML, as the Open API answers by default.</summary>
    Xml,

    /// <summary>Delimited text such as CSV.</summary>
    Text,

    /// <summary>Bytes that are neither text nor a workbook.</summary>
    Binary,
}
