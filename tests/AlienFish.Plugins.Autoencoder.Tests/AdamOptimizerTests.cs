using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>The plugin's Adam against TorchSharp's own, step for step on the same network.</summary>
public sealed class AdamOptimizerTests
{
    [Fact]
    public void Should_update_the_weights_as_torchsharps_adam_does_over_many_steps()
    {
        // Given two copies of one small network and the same batches
        manual_seed(7);
        using var ours = nn.Sequential(("a", nn.Linear(4, 6)), ("t", nn.Tanh()), ("b", nn.Linear(6, 2)));
        using var theirs = nn.Sequential(("a", nn.Linear(4, 6)), ("t", nn.Tanh()), ("b", nn.Linear(6, 2)));
        theirs.load_state_dict(ours.state_dict());
        using var x = randn(16, 4);
        using var y = randn(16, 2);
        using var adam = new AdamOptimizer(ours.parameters(), 0.01);
        using var reference = optim.Adam(theirs.parameters(), 0.01);
        using var before = ours.parameters().First().detach().clone();

        // When both take 50 steps
        for (var step = 0; step < 50; step++)
        {
            using var scope = NewDisposeScope();
            adam.zero_grad();
            nn.functional.mse_loss(ours.forward(x), y).backward();
            adam.step();
            reference.zero_grad();
            nn.functional.mse_loss(theirs.forward(x), y).backward();
            reference.step();
        }

        // Then every weight is the same to float precision
        foreach (var (mine, other) in ours.parameters().Zip(theirs.parameters()))
        {
            Assert.True(mine.allclose(other, rtol: 1e-5, atol: 1e-6), "a weight differs from TorchSharp's Adam");
        }

        Assert.False(ours.parameters().First().allclose(before, rtol: 1e-3, atol: 1e-3), "the weights did not move");
    }
}
