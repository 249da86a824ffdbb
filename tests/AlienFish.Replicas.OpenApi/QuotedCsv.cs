using System.Text;

namespace AlienFish.Replicas.OpenApi;

/// <summary>
/// Reads the portal's CSV exports: every field in double quotes, a quote inside a field
/// doubled (the seconds mark of <c>"127°36'36.5"""</c>), records ended by CRLF or LF.
/// </summary>
internal static class QuotedCsv
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    EndRecord(records, record, field);
                    break;
                case '\r':
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        EndRecord(records, record, field);

        return records;
    }

    private static void EndRecord(List<string[]> records, List<string> record, StringBuilder field)
    {
        if (record.Count > 0 || field.Length > 0)
        {
            record.Add(field.ToString());
            records.Add([.. record]);
        }

        record.Clear();
        field.Clear();
    }
}
