using AlienFish.Abstractions;
using AlienFish.Plugins.Baselines.Tests;
using TorchSharp;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>
/// Long training must not leak native tensors: every batch's tensors are freed with its dispose
/// scope, so after training only the model's own parameters, the network's and the decoders', are
/// still alive. Counted on the test's own thread, so tests running at the same time on other
/// threads do not disturb it.
/// </summary>
public sealed class TrainingMemoryTests
{
    [Fact]
    public void Dae_trained_for_300_epochs_leaves_only_its_parameters_alive()
    {
        var data = ZeroInflatedSurvey.Make(200, seed: 1);
        var settings = StackedModelTests.Fast(("pretrain-epochs", "5"), ("epochs", "300"), ("batch-size", "50"));
        var model = new DenoisingAutoencoderModel();

        using (model.Train(data, StackedModelTests.Fast(("epochs", "1")), null, default))
        {
            // Warms TorchSharp up, so one-off objects it makes on first use are not counted.
        }

        var before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        using var trained = (TrainedStackedAutoencoder)model.Train(data, settings, null, default);
        var after = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        Assert.Equal(300, trained.LossHistory.Count);
        var parameters = trained.Model.Network.Parameters().Count + trained.Decoder.Parameters().Count;
        Assert.Equal(before + parameters, after);
    }
}
