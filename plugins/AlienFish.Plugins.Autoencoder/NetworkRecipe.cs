namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// What sets the three stacked models apart, all else being the same network and trainer:
/// whether each encoder layer is first pre-trained as a shallow autoencoder, and whether the
/// input is corrupted (noise and masking) while training.
/// </summary>
/// <param name="Name">The model's name on the command line, also the payload's format suffix.</param>
internal sealed record NetworkRecipe(string Name, bool Pretrains, bool Corrupts)
{
    public static NetworkRecipe Stacked { get; } = new("sae", Pretrains: true, Corrupts: false);

    public static NetworkRecipe Denoising { get; } = new("dae", Pretrains: true, Corrupts: true);

    public static NetworkRecipe Perceptron { get; } = new("mlp", Pretrains: false, Corrupts: false);

    /// <summary>The format name written into and checked in the payload header.</summary>
    public string Format => $"fishdens-{Name}";

    /// <summary>The progress stage of the supervised training, the last stage of all.</summary>
    public string FinalStage => Pretrains ? "finetune" : "fit";

    /// <summary>The progress stage that refits the decoders to the fine-tuned encoder.</summary>
    public const string RefitStage = "refit-decoder";

    public static string PretrainStage(int layer) => $"pretrain-{layer}";
}
