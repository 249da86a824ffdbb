// Marks one symbol version that a Linux shared library needs as weak, so the dynamic loader
// accepts a libstdc++ that lacks it. TorchSharp's libLibTorchSharp.so asks for GLIBCXX_3.4.32
// for a single link-time anchor symbol; Debian 12 ships libstdc++ up to GLIBCXX_3.4.30, and
// without the weak flag the first tensor call fails with DllNotFoundException.
//
// This file is compiled twice: by MSBuild's RoslynCodeTaskFactory as the inline task that
// TorchSharpNative.targets runs (it targets .NET Standard 2.0, hence the plain APIs below), and
// by the tests, which define ELF_WEAK_VERSION_WITHOUT_TASK to leave the MSBuild task out.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AlienFish.Build;

/// <summary>One Vernaux entry of <c>.gnu.version_r</c>: a version that a library needs.</summary>
internal sealed class ElfVersionNeed
{
    public ElfVersionNeed(string library, string version, ushort flags, long flagsOffset)
    {
        Library = library;
        Version = version;
        Flags = flags;
        FlagsOffset = flagsOffset;
    }

    /// <summary>The needed library, e.g. <c>libstdc++.so.6</c>.</summary>
    public string Library { get; }

    /// <summary>The needed version, e.g. <c>GLIBCXX_3.4.32</c>.</summary>
    public string Version { get; }

    /// <summary><c>vna_flags</c>; <see cref="ElfWeakVersion.WeakFlag"/> when weak.</summary>
    public ushort Flags { get; }

    /// <summary>File offset of <c>vna_flags</c>, the only bytes the patch writes.</summary>
    public long FlagsOffset { get; }
}

/// <summary>Reads and patches the version-needed section of an ELF64 little-endian file.</summary>
internal static class ElfWeakVersion
{
    /// <summary><c>VER_FLG_WEAK</c>: a missing version is tolerated by the loader.</summary>
    public const ushort WeakFlag = 2;

    private const uint ShtGnuVerneed = 0x6ffffffe;

    private const int ElfHeaderSize = 64;

    private const int SectionHeaderSize = 64;

    private const int VerneedSize = 16;

    private const int VernauxSize = 16;

    /// <summary>
    /// Sets <see cref="WeakFlag"/> on every Vernaux entry named <paramref name="version"/>.
    /// Returns false, writing nothing, when no entry has that name or all are already weak.
    /// Only the two flag bytes change; the file is rewritten through a copy and a rename,
    /// so a hard link or symbolic link to a shared original (a package cache) is replaced,
    /// never written through.
    /// </summary>
    public static bool MarkWeak(string path, string version)
    {
        var bytes = File.ReadAllBytes(path);
        var pending = new List<ElfVersionNeed>();

        foreach (var need in ReadNeeds(bytes, path))
        {
            if (need.Version == version && (need.Flags & WeakFlag) == 0)
            {
                pending.Add(need);
            }
        }

        if (pending.Count == 0)
        {
            return false;
        }

        var temporary = path + ".weak-" + Guid.NewGuid().ToString("N");
        File.Copy(path, temporary, overwrite: false);

        try
        {
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.Write))
            {
                foreach (var need in pending)
                {
                    var flags = (ushort)(need.Flags | WeakFlag);
                    stream.Position = need.FlagsOffset;
                    stream.WriteByte((byte)flags);
                    stream.WriteByte((byte)(flags >> 8));
                }
            }

            File.Replace(temporary, path, destinationBackupFileName: null);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return true;
    }

    /// <summary>Every version the file needs, in section order.</summary>
    public static IReadOnlyList<ElfVersionNeed> ReadNeeds(string path) =>
        ReadNeeds(File.ReadAllBytes(path), path);

    private static List<ElfVersionNeed> ReadNeeds(byte[] elf, string path)
    {
        CheckHeader(elf, path);

        var needs = new List<ElfVersionNeed>();
        var sectionOffset = (long)U64(elf, 0x28, path);
        var entrySize = U16(elf, 0x3A, path);
        long count = U16(elf, 0x3C, path);

        if (sectionOffset == 0)
        {
            return needs;
        }

        if (entrySize < SectionHeaderSize)
        {
            throw Corrupt(path, $"section header entries of {entrySize} bytes, fewer than 64");
        }

        // With 0xff00 sections or more, e_shnum is 0 and section 0's sh_size holds the count.
        if (count == 0)
        {
            count = (long)U64(elf, sectionOffset + 0x20, path);
        }

        for (long index = 0; index < count; index++)
        {
            var header = sectionOffset + (index * entrySize);

            if (U32(elf, header + 4, path) == ShtGnuVerneed)
            {
                ReadVerneedSection(elf, path, sectionOffset, entrySize, count, header, needs);
            }
        }

        return needs;
    }

    private static void ReadVerneedSection(
        byte[] elf,
        string path,
        long sectionOffset,
        int entrySize,
        long count,
        long header,
        List<ElfVersionNeed> needs)
    {
        var start = (long)U64(elf, header + 0x18, path);
        var size = (long)U64(elf, header + 0x20, path);
        var link = U32(elf, header + 0x28, path);
        var entries = U32(elf, header + 0x2C, path);

        if (link >= count)
        {
            throw Corrupt(path, $".gnu.version_r links to section {link} of {count}");
        }

        var strings = sectionOffset + (link * entrySize);
        var stringsStart = (long)U64(elf, strings + 0x18, path);
        var stringsSize = (long)U64(elf, strings + 0x20, path);
        Fits(elf, stringsStart, stringsSize, path);
        var end = start + size;
        var verneed = start;

        for (uint entry = 0; entry < entries; entry++)
        {
            Within(verneed, VerneedSize, start, end, path);
            var auxCount = U16(elf, verneed + 2, path);
            var library = Name(elf, path, stringsStart, stringsSize, U32(elf, verneed + 4, path));
            var vernaux = verneed + U32(elf, verneed + 8, path);

            for (var aux = 0; aux < auxCount; aux++)
            {
                Within(vernaux, VernauxSize, start, end, path);
                var flags = U16(elf, vernaux + 4, path);
                var nameOffset = U32(elf, vernaux + 8, path);
                var version = Name(elf, path, stringsStart, stringsSize, nameOffset);
                needs.Add(new ElfVersionNeed(library, version, flags, vernaux + 4));

                var nextAux = U32(elf, vernaux + 12, path);

                if (nextAux == 0)
                {
                    break;
                }

                vernaux += nextAux;
            }

            var next = U32(elf, verneed + 12, path);

            if (next == 0)
            {
                break;
            }

            verneed += next;
        }
    }

    private static void CheckHeader(byte[] elf, string path)
    {
        var isElf = elf.Length >= 4
            && elf[0] == 0x7F && elf[1] == (byte)'E' && elf[2] == (byte)'L' && elf[3] == (byte)'F';

        if (!isElf)
        {
            throw new InvalidDataException(
                $"'{path}' is not an ELF file: it does not start with the bytes 7F 45 4C 46");
        }

        if (elf.Length < ElfHeaderSize)
        {
            throw Corrupt(path, $"{elf.Length} bytes, shorter than an ELF64 header");
        }

        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new NotSupportedException(
                $"'{path}' is an ELF file of class {elf[4]} and data encoding {elf[5]}; "
                + "only 64-bit little-endian files (class 2, encoding 1) are handled");
        }
    }

    private static string Name(byte[] elf, string path, long table, long size, uint offset)
    {
        if (offset >= size)
        {
            throw Corrupt(path, $"a name at {offset} past its string table of {size} bytes");
        }

        var start = table + offset;
        var end = start;

        while (end < table + size && end < elf.Length && elf[end] != 0)
        {
            end++;
        }

        return Encoding.ASCII.GetString(elf, (int)start, (int)(end - start));
    }

    private static void Within(long offset, int length, long start, long end, string path)
    {
        if (offset < start || offset + length > end)
        {
            throw Corrupt(path, $"an entry at {offset} outside .gnu.version_r ({start}..{end})");
        }
    }

    private static ushort U16(byte[] elf, long offset, string path)
    {
        Fits(elf, offset, 2, path);
        return (ushort)(elf[offset] | (elf[offset + 1] << 8));
    }

    private static uint U32(byte[] elf, long offset, string path)
    {
        Fits(elf, offset, 4, path);
        return (uint)(elf[offset] | (elf[offset + 1] << 8) | (elf[offset + 2] << 16))
            | ((uint)elf[offset + 3] << 24);
    }

    private static ulong U64(byte[] elf, long offset, string path) =>
        U32(elf, offset, path) | ((ulong)U32(elf, offset + 4, path) << 32);

    private static void Fits(byte[] elf, long offset, long length, string path)
    {
        if (offset < 0 || length < 0 || offset + length > elf.Length)
        {
            throw Corrupt(path, $"a read of {length} bytes at {offset} past its end");
        }
    }

    private static InvalidDataException Corrupt(string path, string detail) =>
        new($"'{path}' is a damaged ELF file: {detail}");
}

#if !ELF_WEAK_VERSION_WITHOUT_TASK
/// <summary>
/// MSBuild task: marks <see cref="Version"/> weak in each of <see cref="Files"/>. Files that
/// do not need that version are left alone, so the task is harmless where it is not needed.
/// </summary>
public sealed class MarkElfVersionWeak : Microsoft.Build.Utilities.Task
{
    [Microsoft.Build.Framework.Required]
    public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = [];

    [Microsoft.Build.Framework.Required]
    public string Version { get; set; } = "";

    public override bool Execute()
    {
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");

            try
            {
                var changed = ElfWeakVersion.MarkWeak(path, Version);
                var outcome = changed ? "marked weak" : "already weak or not needed";
                Log.LogMessage(
                    Microsoft.Build.Framework.MessageImportance.Normal,
                    $"{Version} in {path}: {outcome}");
            }
            catch (Exception error) when (error is IOException or InvalidDataException
                or NotSupportedException or UnauthorizedAccessException)
            {
                Log.LogError($"cannot mark {Version} weak in '{path}': {error.Message}");
            }
        }

        return !Log.HasLoggedErrors;
    }
}
#endif
