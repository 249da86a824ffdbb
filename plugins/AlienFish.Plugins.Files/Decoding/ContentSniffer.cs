namespace AlienFish.Plugins.Files.Decoding;

/// <summary>
/// Tells a file's container from its content. Portal downloads carry misleading
/// extensions (an XLSX zip named ".xls", a CSV named ".txt"), so the name is never used.
/// </summary>
internal static class ContentSniffer
{
    private const int TextProbeLength = 4096;

    private static ReadOnlySpan<byte> ZipMagic => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Ole2Magic => [0xD0, 0xCF, 0x11, 0xE0];

    public static FileContainer Sniff(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return FileContainer.Empty;
        }

        if (content.StartsWith(ZipMagic))
        {
            return FileContainer.Xlsx;
        }

        if (content.StartsWith(Ole2Magic))
        {
            return FileContainer.Biff;
        }

        var probe = content[..Math.Min(content.Length, TextProbeLength)];

        if (!TextDecoding.LooksLikeText(probe))
        {
            return FileContainer.Binary;
        }

        var text = TextDecoding.DecodePrefix(probe).AsSpan().TrimStart();

        if (text.StartsWith("{", StringComparison.Ordinal) || text.StartsWith("[", StringComparison.Ordinal))
        {
            return FileContainer.Json;
        }

        if (!text.StartsWith("<", StringComparison.Ordinal))
        {
            return FileContainer.Text;
        }

        // An HTML table saved as ".xls" may lack <html>, and the API's XML never holds either.
        var isHtml = text.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);

        return isHtml ? FileContainer.Html : FileContainer.Xml;
    }
}
