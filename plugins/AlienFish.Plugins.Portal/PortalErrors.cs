using AlienFish.Abstractions;

namespace AlienFish.Plugins.Portal;

/// <summary>
/// Every message the portal source shows a user, in one place so tests can assert the
/// wording. They are raised as <see cref="SourceFormatException"/>, the one exception of the
/// plugin contract that the host prints as a single line with a user-error exit code.
/// </summary>
internal static class PortalErrors
{
    public const string NoBrowser =
        "portal: no browser found (looked for the 'browser' setting, Playwright's Chromium, "
        + "google-chrome, /opt/google/chrome/chrome, /usr/bin/chromium and chromium-browser); "
        + "install one with 'apt-get install chromium', or give its path with --set browser=PATH";

    public static SourceFormatException BrowserMissing() => new(NoBrowser);

    public static SourceFormatException BrowserSettingMissing(string path) =>
        new($"portal: setting 'browser' names '{path}', which does not exist; "
            + "give the path of a Chrome or Chromium executable with --set browser=PATH");

    public static SourceFormatException UnknownDataset(string dataset) =>
        new($"portal: dataset '{dataset}' is not one the portal serves; use fish or water-quality");

    public static SourceFormatException BadRound(int round) =>
        new($"portal: survey round {round} does not exist; the portal surveys fish in rounds 1 and 2");

    public static SourceFormatException BadYears(int from, int to) =>
        new($"portal: the years run from {from} to {to}; give --from no later than --to");

    public static SourceFormatException NoBasin() =>
        new("portal: no basin given; name a 대권역 such as 금강, or a 중권역 as 금강/갑천, with --basin");

    public static SourceFormatException ProfileMissing(string path) =>
        new($"portal: profile '{path}' does not exist; give an existing file with --set profile=PATH");

    public static SourceFormatException BadProfile(string path, string problem) =>
        new($"portal: profile '{path}': {problem}; fix the file or give another with --set profile=PATH");

    public static SourceFormatException BadBatch(string key, string missing) =>
        new($"portal: batch '{key}' has no '{missing}' parameter; it was not planned by this source");

    public static SourceFormatException SiteRefused(string site) =>
        new($"portal: the portal refused even a single site ({site}) as too large a request; "
            + "fetch it by hand or narrow the years");

    public static SourceFormatException GaveUp(string what, int attempts, string reason) =>
        new($"portal: {what} failed {attempts} times, last with: {reason}; "
            + "the portal may be down or changed (then edit the profile, --set profile=PATH); "
            + "more tries with --set retries=N");
}
