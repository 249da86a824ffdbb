using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using AlienFish.Build;
using AlienFish.Testing;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>The patch that lets TorchSharp's native library load against an older libstdc++.</summary>
public sealed class ElfWeakVersionTests : IDisposable
{
    private const string Needed = "GLIBCXX_3.4.32";

    private readonly TempFolder _folder = new();

    private readonly string _copy;

    private readonly byte[] _original;

    public ElfWeakVersionTests()
    {
        _copy = _folder.File("libLibTorchSharp.so");
        File.Copy(PackagedNative, _copy);
        _original = File.ReadAllBytes(_copy);
    }

    /// <summary>The unpatched library in the package cache, found at build time.</summary>
    public static string PackagedNative => typeof(ElfWeakVersionTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PackagedTorchSharpNative").Value!;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Packaged_library_needs_the_version_without_the_weak_flag()
    {
        var need = ElfWeakVersion.ReadNeeds(_copy).Single(n => n.Version == Needed);

        Assert.Equal("libstdc++.so.6", need.Library);
        Assert.Equal(0, need.Flags);
    }

    [Fact]
    public void Marking_once_sets_the_weak_flag_on_that_version_only()
    {
        var before = ElfWeakVersion.ReadNeeds(_copy);

        var changed = ElfWeakVersion.MarkWeak(_copy, Needed);

        var after = ElfWeakVersion.ReadNeeds(_copy);
        Assert.True(changed);
        Assert.Equal(ElfWeakVersion.WeakFlag, after.Single(n => n.Version == Needed).Flags);
        Assert.Equal(
            before.Where(n => n.Version != Needed).Select(n => (n.Library, n.Version, n.Flags)),
            after.Where(n => n.Version != Needed).Select(n => (n.Library, n.Version, n.Flags)));
    }

    [Fact]
    public void Marking_once_changes_only_the_two_flag_bytes()
    {
        var offset = ElfWeakVersion.ReadNeeds(_copy).Single(n => n.Version == Needed).FlagsOffset;

        ElfWeakVersion.MarkWeak(_copy, Needed);

        var patched = File.ReadAllBytes(_copy);
        var differing = Enumerable.Range(0, patched.Length)
            .Where(i => patched[i] != _original[i])
            .Select(i => (long)i);
        Assert.Equal(_original.Length, patched.Length);
        Assert.All(differing, i => Assert.InRange(i, offset, offset + 1));
        Assert.Equal(ElfWeakVersion.WeakFlag, patched[offset] | (patched[offset + 1] << 8));
    }

    [Fact]
    public void Marking_twice_leaves_the_file_unchanged_the_second_time()
    {
        ElfWeakVersion.MarkWeak(_copy, Needed);
        var once = File.ReadAllBytes(_copy);

        var changed = ElfWeakVersion.MarkWeak(_copy, Needed);

        Assert.False(changed);
        Assert.Equal(once, File.ReadAllBytes(_copy));
    }

    [ReadelfFact]
    public void Readelf_reports_the_marked_version_as_weak()
    {
        ElfWeakVersion.MarkWeak(_copy, Needed);

        var output = Readelf("-V", _copy);

        var line = output.Split('\n').Single(l => l.Contains("Name: " + Needed + " "));
        Assert.Contains("Flags: WEAK", line);
    }

    [Fact]
    public void A_version_the_file_does_not_need_leaves_it_unchanged()
    {
        var changed = ElfWeakVersion.MarkWeak(_copy, "GLIBCXX_3.4.3");

        Assert.False(changed);
        Assert.Equal(_original, File.ReadAllBytes(_copy));
    }

    [Fact]
    public void A_hard_link_to_the_original_is_replaced_not_written_through()
    {
        var link = _folder.File("linked.so");
        Assert.Equal(0, HardLink(_copy, link));

        ElfWeakVersion.MarkWeak(link, Needed);

        Assert.Equal(_original, File.ReadAllBytes(_copy));
        var linked = ElfWeakVersion.ReadNeeds(link).Single(n => n.Version == Needed);
        Assert.Equal(ElfWeakVersion.WeakFlag, linked.Flags);
    }

    [Fact]
    public void A_file_that_is_not_ELF_is_refused_with_a_clear_message()
    {
        var text = _folder.File("notes.txt");
        File.WriteAllText(text, "not a shared library");

        var error = Assert.Throws<InvalidDataException>(() => ElfWeakVersion.MarkWeak(text, Needed));

        Assert.Equal(
            $"'{text}' is not an ELF file: it does not start with the bytes 7F 45 4C 46",
            error.Message);
        Assert.Equal("not a shared library", File.ReadAllText(text));
    }

    [Fact]
    public void A_truncated_ELF_file_is_refused_as_damaged()
    {
        var truncated = _folder.File("truncated.so");
        File.WriteAllBytes(truncated, _original[..4096]);

        var error = Assert.Throws<InvalidDataException>(
            () => ElfWeakVersion.MarkWeak(truncated, Needed));

        Assert.StartsWith($"'{truncated}' is a damaged ELF file: ", error.Message);
    }

    private static string Readelf(params string[] arguments)
    {
        var start = new ProcessStartInfo("readelf") { RedirectStandardOutput = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        return output;
    }

    // .NET creates symbolic links but not hard links; a package cache may hand out either.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int HardLink(string existing, string created);
}
