using System.Text.Json;
using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Portal.Profiles;

/// <summary>
/// Reads and checks a profile file, so that a mistake in it is reported with the file, the
/// step and what is wrong before any browser starts.
/// </summary>
internal static partial class ProfileLoader
{
    public const string FileName = "portal-profile.json";

    public static readonly IReadOnlyList<string> Placeholders =
        ["basin", "midBasin", "fromYear", "toYear", "fromRound", "toRound", "fromMonth", "toMonth"];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The profile shipped beside the plugin assembly.</summary>
    public static string DefaultPath =>
        Path.Combine(Path.GetDirectoryName(typeof(ProfileLoader).Assembly.Location) ?? ".", FileName);

    public static PortalProfile Load(string? path)
    {
        var file = Path.GetFullPath(path ?? DefaultPath);

        if (!File.Exists(file))
        {
            throw PortalErrors.ProfileMissing(file);
        }

        PortalProfile? profile;

        try
        {
            profile = JsonSerializer.Deserialize<PortalProfile>(File.ReadAllText(file), Json);
        }
        catch (JsonException e)
        {
            throw PortalErrors.BadProfile(file, e.Message);
        }

        if (profile is null)
        {
            throw PortalErrors.BadProfile(file, "the file holds no profile");
        }

        foreach (var (name, dataset) in profile.Datasets)
        {
            Check(file, name + ".plan", dataset.Plan, mustDownload: false);
            Check(file, name + ".fetch", dataset.Fetch, mustDownload: true);

            if (dataset.FetchFromPlan is { } fromPlan)
            {
                Check(file, name + ".fetchFromPlan", fromPlan, mustDownload: true);
            }

            if (dataset.FetchNext is { } next)
            {
                Check(file, name + ".fetchNext", next, mustDownload: true);
            }
        }

        return profile;
    }

    private static void Check(string file, string list, IReadOnlyList<PortalStep> steps, bool mustDownload)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var where = $"step {i + 1} of {list}";

            if (Problem(steps[i], mustDownload) is { } problem)
            {
                throw PortalErrors.BadProfile(file, $"{where} {problem}");
            }

            var texts = new[] { steps[i].Selector, steps[i].Url, steps[i].Value, steps[i].UnlessPresent };
            var unknown = texts.SelectMany(t => Holes().Matches(t ?? "")).Select(m => m.Groups[1].Value)
                .FirstOrDefault(h => !Placeholders.Contains(h));

            if (unknown is not null)
            {
                throw PortalErrors.BadProfile(
                    file, $"{where} uses {{{unknown}}}; the placeholders are {string.Join(", ", Placeholders)}");
            }
        }

        if (mustDownload && !steps.Any(s => s.Do == "download"))
        {
            throw PortalErrors.BadProfile(file, $"{list} has no download step");
        }
    }

    private static string? Problem(PortalStep step, bool fetching)
    {
        if (!PortalStep.Kinds.Contains(step.Do))
        {
            return $"has do='{step.Do}'; expected one of {string.Join(", ", PortalStep.Kinds)}";
        }

        return step.Kind switch
        {
            StepKind.Goto when string.IsNullOrEmpty(step.Url) => "(goto) needs a url",
            StepKind.Select when step.Value is null => "(select) needs a value",
            StepKind.Select when step.By is not (null or "value" or "label") =>
                "(select) has by other than value or label",
            StepKind.CheckSites or StepKind.Download when !fetching => $"({step.Do}) belongs in fetch, not plan",
            not (StepKind.Goto or StepKind.CheckSites) when string.IsNullOrEmpty(step.Selector) =>
                $"({step.Do}) needs a selector",
            _ => null,
        };
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Holes();
}
