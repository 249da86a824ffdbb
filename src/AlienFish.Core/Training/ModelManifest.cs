namespace AlienFish.Core.Training;

/// <summary>A species the model predicts, as written into the model file.</summary>
public sealed record ModelTarget(string Key, string ScientificName, string KoreanName, string Status);

/// <summary>
/// The self-description at the head of every model file: enough to know, without the
/// store, what the model needs, what it predicts and where it came from.
/// </summary>
public sealed record ModelManifest
{
    public const string FormatName = "fishdens-model";
    public const int CurrentFormatVersion = 1;

    public string Format { get; init; } = FormatName;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public required string Plugin { get; init; }

    public required string PluginVersion { get; init; }

    /// <summary>Feature columns in order: canonical variable codes (see <c>Variables</c>).</summary>
    public required IReadOnlyList<string> Features { get; init; }

    public required IReadOnlyList<ModelTarget> Targets { get; init; }

    /// <summary>How the targets were defined, in words.</summary>
    public string TargetDefinition { get; init; } =
        "log(1 + density), density = individuals (개체수) / surveyed area (조사면적) in individuals per m²";

    public required int TrainingRows { get; init; }

    public required string TrainingDataSha256 { get; init; }

    public long? MatchRunId { get; init; }

    public string? Matcher { get; init; }

    public string? MatchSettings { get; init; }

    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    public required int Seed { get; init; }

    public double? FirstLoss { get; init; }

    public double? FinalLoss { get; init; }

    /// <summary>
    /// Random k-fold cross-validation of the same model and settings on the same surveys,
    /// run before the final fit; null when training was asked to skip it.
    /// </summary>
    public Evaluation.CrossValidationSummary? CrossValidation { get; init; }

    public required string CreatedAt { get; init; }

    public required string FishdensVersion { get; init; }
}
