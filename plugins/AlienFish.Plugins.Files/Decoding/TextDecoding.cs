using System.Text;
using System.Text.Unicode;

namespace AlienFish.Plugins.Files.Decoding;

/// <summary>
/// Turns the bytes of a text export into a string. Portal CSVs are CP949 without a BOM,
/// while re-exports are UTF-8 with or without one; a CP949 file almost never decodes as
/// strict UTF-8, so strict UTF-8 is tried first and CP949 takes whatever it refuses. A UTF-8
/// file with a few bad lines (a damaged byte, a line pasted from a CP949 file) is still
/// UTF-8: it is read line by line, and the lines that are not UTF-8 are counted.
/// </summary>
internal static class TextDecoding
{
    private const int KoreanCodePage = 949;

    /// <summary>Lines beyond ASCII after which a file mostly not UTF-8 is taken for CP949.</summary>
    private const int EarlyVerdictLines = 16;

    private static readonly Lazy<Encoding> Cp949 = new(LoadCp949);

    private static readonly Lazy<Encoding> StrictCp949 = new(LoadStrictCp949);

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
        if (Utf8.IsValid(body))
        {
            return new(Encoding.UTF8.GetString(body), "utf-8");
        }

        if (MostlyUtf8(body))
        {
            return ByLine(body, utf8File: true);
        }

        return HasUtf8Line(body) ? ByLine(body, utf8File: false) : new(Cp949.Value.GetString(body), "cp949");
    }

    /// <summary>True when a line beyond ASCII is whole UTF-8, which CP949 text almost never is.</summary>
    private static bool HasUtf8Line(ReadOnlySpan<byte> body)
    {
        foreach (var range in body.Split((byte)'\n'))
        {
            if (IsUtf8Text(body[range]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUtf8Text(ReadOnlySpan<byte> line) => !Ascii.IsValid(line) && Utf8.IsValid(line);

    /// <summary>
    /// True when most lines with bytes beyond ASCII are whole UTF-8: a UTF-8 file with a few
    /// damaged or CP949 lines. A CP949 file fails on its first Korean line, its header
    /// usually, so the count stops early for it.
    /// </summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> body)
    {
        var wide = 0;
        var whole = 0;

        foreach (var range in body.Split((byte)'\n'))
        {
            var line = body[range];

            if (Ascii.IsValid(line))
            {
                continue;
            }

            wide++;
            whole += Utf8.IsValid(line) ? 1 : 0;

            if (wide >= EarlyVerdictLines && whole * 2 <= wide)
            {
                return false;
            }
        }

        return whole * 2 > wide;
    }

    /// <summary>
    /// Decodes a file line by line. In a mostly UTF-8 file a line that is not UTF-8 is read as
    /// CP949 when it is sound CP949 (a line pasted from another file), else as UTF-8 with
    /// U+FFFD for each bad byte; in a CP949 file a line of whole UTF-8 beyond ASCII is read as
    /// UTF-8. Lines in the other encoding and bad lines are counted, with the first of each,
    /// for a warning.
    /// </summary>
    private static DecodedText ByLine(ReadOnlySpan<byte> body, bool utf8File)
    {
        var text = new StringBuilder(body.Length);
        var other = new LineCount(0, 0);
        var bad = new LineCount(0, 0);
        var number = 0;

        foreach (var range in body.Split((byte)'\n'))
        {
            var line = body[range];
            number++;

            if (number > 1)
            {
                text.Append('\n');
            }

            if (!utf8File)
            {
                var pasted = IsUtf8Text(line);

                text.Append(pasted ? Encoding.UTF8.GetString(line) : Cp949.Value.GetString(line));
                other = pasted ? other.And(number) : other;
            }
            else if (Utf8.IsValid(line))
            {
                text.Append(Encoding.UTF8.GetString(line));
            }
            else if (TryStrictCp949(line, out var korean))
            {
                text.Append(korean);
                other = other.And(number);
            }
            else
            {
                text.Append(Encoding.UTF8.GetString(line));
                bad = bad.And(number);
            }
        }

        return new(text.ToString(), utf8File ? "utf-8" : "cp949", other, bad);
    }

    private static bool TryStrictCp949(ReadOnlySpan<byte> line, out string text)
    {
        try
        {
            text = StrictCp949.Value.GetString(line);

            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";

            return false;
        }
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

    /// <summary>CP949 that refuses a byte it cannot decode, to tell a CP949 line from damage.</summary>
    private static Encoding LoadStrictCp949()
    {
        _ = Cp949.Value;

        return Encoding.GetEncoding(
            KoreanCodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static Encoding LoadCp949()
    {
        // .NET ships only a few encodings by default; the provider adds the Windows code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        return Encoding.GetEncoding(KoreanCodePage);
    }
}
