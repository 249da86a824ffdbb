using System.Text;
using System.Text.Unicode;

namespace AlienFish.Plugins.Files.Decoding;

/// <summary>
/// Turns the bytes of a text export into a string. Portal CSVs are CP949 without a BOM,
/// while re-exports are UTF-8 with or without one; a CP949 file almost never decodes as
/// strict UTF-8, so strict UTF-8 is tried first and CP949 takes whatever it refuses.
/// </summary>
internal static class TextDecoding
{
    private const int KoreanCodePage = 949;

    private static readonly Lazy<Encoding> Cp949 = new(LoadCp949);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf16LeBom))
        {
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16");
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        var body = bytes.StartsWith(Utf8Bom) ? bytes[3..] : bytes;

        // Checked before decoding: a refused decode would cost an exception per CP949 file.
        return Utf8.IsValid(body)
            ? new(Encoding.UTF8.GetString(body), "utf-8")
            : new(Cp949.Value.GetString(body), "cp949");
    }

    /// <summary>
    /// Decodes the start of a file, cut back to its last line end so that a multi-byte
    /// character split by the cut does not make UTF-8 text look like CP949.
    /// </summary>
    public static string DecodePrefix(ReadOnlySpan<byte> prefix)
    {
        var lastLineEnd = prefix.LastIndexOf((byte)'\n');
        var whole = lastLineEnd > 0 ? prefix[..(lastLineEnd + 1)] : prefix;

        return Decode(whole).Text;
    }

    /// <summary>
    /// True when the bytes can be text: a UTF-16 BOM, or no NUL byte and hardly any other
    /// control character. Both UTF-8 and CP949 keep control bytes for control characters.
    /// </summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> probe)
    {
        if (probe.StartsWith(Utf16LeBom) || probe.StartsWith(Utf16BeBom))
        {
            return true;
        }

        var controls = 0;

        foreach (var b in probe)
        {
            if (b == 0)
            {
                return false;
            }

            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C))
            {
                controls++;
            }
        }

        return controls * 100 <= probe.Length;
    }

    private static Encoding LoadCp949()
    {
        // .NET ships only a few encodings by default; the provider adds the Windows code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        return Encoding.GetEncoding(KoreanCodePage);
    }
}
