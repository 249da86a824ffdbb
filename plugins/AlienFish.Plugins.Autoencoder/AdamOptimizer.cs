using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Adam (Kingma and Ba, 2015) with the usual defaults, written so that every scalar operand
/// lives until libtorch is done with it. TorchSharp's own Adam divides by a temporary scalar
/// made from a double; when a garbage collection runs meanwhile (any thread allocating), the
/// temporary's finalizer can free it while libtorch still reads it, and training then fails
/// at random with "Unknown scalar type". The update is the same as TorchSharp's and PyTorch's.
/// </summary>
internal sealed class AdamOptimizer : IDisposable
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;

    private readonly Parameter[] _parameters;
    private readonly Tensor[] _means;
    private readonly Tensor[] _squares;
    private readonly double _learningRate;
    private readonly Scalar _beta1 = Beta1.ToScalar();
    private readonly Scalar _oneMinusBeta1 = (1 - Beta1).ToScalar();
    private readonly Scalar _beta2 = Beta2.ToScalar();
    private readonly Scalar _oneMinusBeta2 = (1 - Beta2).ToScalar();
    private readonly Scalar _epsilon = Epsilon.ToScalar();
    private long _steps;

    public AdamOptimizer(IEnumerable<Parameter> parameters, double learningRate)
    {
        _parameters = parameters.ToArray();
        _learningRate = learningRate;

        using (no_grad())
        {
            _means = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
            _squares = _parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        }
    }

    public void zero_grad()
    {
        foreach (var parameter in _parameters)
        {
            parameter.grad?.zero_();
        }
    }

    public void step()
    {
        _steps++;
        var correction1 = 1 - Math.Pow(Beta1, _steps);
        var correction2 = 1 - Math.Pow(Beta2, _steps);

        using var stepSize = (-_learningRate / correction1).ToScalar();
        using var rootCorrection = Math.Sqrt(correction2).ToScalar();
        using var noGrad = no_grad();

        for (var i = 0; i < _parameters.Length; i++)
        {
            if (_parameters[i].grad is not { } grad)
            {
                continue;
            }

            _means[i].mul_(_beta1).add_(grad, _oneMinusBeta1);
            _squares[i].mul_(_beta2).addcmul_(grad, grad, _oneMinusBeta2);

            using var denominator = _squares[i].sqrt();
            denominator.div_(rootCorrection).add_(_epsilon);
            _parameters[i].addcdiv_(_means[i], denominator, stepSize);
        }
    }

    public void Dispose()
    {
        foreach (var tensor in _means.Concat(_squares))
        {
            tensor.Dispose();
        }

        foreach (var scalar in new[] { _beta1, _oneMinusBeta1, _beta2, _oneMinusBeta2, _epsilon })
        {
            scalar.Dispose();
        }
    }
}
