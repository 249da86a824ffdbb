using System.Globalization;
using System.Text;

namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// One page of one operation. It gives two URLs: the one sent, with the service key first
/// as the portal's examples put it, and the public one without the key, which is the only one
/// that appears in names, paths, logs and messages.
/// </summary>
internal sealed record ApiRequest(
    string Operation,
    int PageNo,
    int NumOfRows,
    IReadOnlyList<(string Name, string Value)> Filters)
{
    public const string ResultType = "json";

    public ApiRequest ForPage(int pageNo) => this with { PageNo = pageNo };

    public string PublicUrl(Uri baseAddress) => baseAddress.AbsoluteUri + Operation + "?" + Query();

    public Uri SentUri(Uri baseAddress, ServiceKey key) =>
        new(baseAddress.AbsoluteUri + Operation + "?serviceKey=" + key.QueryValue + "&" + Query());

    private string Query()
    {
        var query = new StringBuilder()
            .Append("pageNo=").Append(PageNo.ToString(CultureInfo.InvariantCulture))
            .Append("&numOfRows=").Append(NumOfRows.ToString(CultureInfo.InvariantCulture))
            .Append("&resultType=").Append(ResultType);

        foreach (var (name, value) in Filters)
        {
            query.Append('&').Append(name).Append('=').Append(Escape(value));
        }

        return query.ToString();
    }

    // Commas separate list values; the API reads them either way, and raw they keep paths readable.
    private static string Escape(string value) =>
        Uri.EscapeDataString(value).Replace("%2C", ",", StringComparison.OrdinalIgnoreCase);
}
