namespace AlienFish.Core.Storage;

/// <summary>A store that cannot be opened or used; the message says which file and what to do.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
