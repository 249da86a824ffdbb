using System.IO.Compression;
using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// An XLSX written part by part, as small tools and scripts write them: no workbook
/// properties, inline strings, one sheet whose row XML a test gives, and two cell styles
/// (0 general, 1 a date, number format 14).
/// </summary>
internal static class HandMadeWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relations = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook whose sheet <paramref name="sheet"/> holds <paramref name="rows"/>.</summary>
    public static RawFile Build(string name, string sheet, string rows)
    {
        using var buffer = new MemoryStream();

        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", $"""
                <Types xmlns="{Types}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", $"""
                <Relationships xmlns="{Relations}"><Relationship Id="rId1" Type="{Office}/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Add(zip, "xl/workbook.xml", $"""
                <workbook xmlns="{Main}" xmlns:r="{Office}"><sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Add(zip, "xl/_rels/workbook.xml.rels", $"""
                <Relationships xmlns="{Relations}"><Relationship Id="rId1" Type="{Office}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Office}/styles" Target="styles.xml"/></Relationships>
                """);
            Add(zip, "xl/styles.xml", $"""
                <styleSheet xmlns="{Main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>
                """);
            Add(zip, "xl/worksheets/sheet1.xml", $"""
                <worksheet xmlns="{Main}"><sheetData>{rows}</sheetData></worksheet>
                """);
        }

        return new RawFile(name, name, buffer.ToArray());
    }

    /// <summary>A row of inline-string cells, the first in column A.</summary>
    public static string TextRow(int number, params string[] texts) =>
        $"<row r=\"{number}\">"
        + string.Concat(texts.Select((text, i) => $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{text}</t></is></c>"))
        + "</row>";

    private static void Add(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(xml.Trim());
    }
}
