namespace AlienFish.Plugins.Files.Decoding;

/// <summary>A file's text and the encoding it was found to be in.</summary>
/// <param name="EncodingName">e.g. <c>utf-8</c> or <c>cp949</c>, for messages.</param>
internal sealed record DecodedText(string Text, string EncodingName);
