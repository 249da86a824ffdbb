using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>Reads one table layout into records.</summary>
internal interface ILayoutReader
{
    /// <summary>The layout name, e.g. <c>wq-long</c>; see <see cref="FileLayouts"/>.</summary>
    string Layout { get; }

    /// <summary>The columns a header must have, named in the message when no layout fits.</summary>
    IReadOnlyList<HeaderRole> Signature { get; }

    /// <summary>
    /// The column every data row is keyed on; a blank one right under the header marks a
    /// unit row.
    /// </summary>
    HeaderRole KeyRole { get; }

    /// <summary>True when a candidate header row is this layout's.</summary>
    bool Accepts(ColumnMap columns);

    void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken);
}
