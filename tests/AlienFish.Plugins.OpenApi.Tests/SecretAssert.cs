namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>Checks that a service key appears nowhere, in any of the forms it may take in a URL.</summary>
internal static class SecretAssert
{
    public static void Absent(string key, string text) => Absent(key, [text]);

    public static void Absent(string key, IEnumerable<string> texts)
    {
        var encoded = Uri.EscapeDataString(key);
        string[] forms = [key, encoded, Uri.EscapeDataString(encoded), Uri.UnescapeDataString(key)];
        var all = texts.ToList();

        Assert.NotEmpty(all);

        foreach (var text in all)
        {
            foreach (var form in forms)
            {
                Assert.DoesNotContain(form, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
