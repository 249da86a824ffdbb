using System.Reflection;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace AlienFish.Core.Storage;

/// <summary>
/// Direct calls into the SQLite library that Microsoft.Data.Sqlite already loaded, for the
/// few functions an insert runs per row. The binding layer marshals a safe handle on every
/// call and needs a marshalling stub compiled at run time per signature; for tens of
/// thousands of rows both cost more than SQLite's own binding work.
/// </summary>
/// <remarks>
/// The library is resolved the way the binding layer's own imports resolve it (the same
/// name, asked for by its assembly), so both reach the one loaded copy. The bind functions
/// only copy a value into the statement, so they are called without a GC transition.
/// </remarks>
internal static unsafe class SqliteCalls
{
    private const int Transient = -1;

    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, byte*, int, nint, int> BindTextPointer;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, double, int> BindDoublePointer;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, long, int> BindInt64Pointer;
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int> BindNullPointer;
    private static readonly delegate* unmanaged[Cdecl]<nint, int> StepPointer;
    private static readonly delegate* unmanaged[Cdecl]<nint, int> ResetPointer;

    static SqliteCalls()
    {
        var library = NativeLibrary.Load(
            raw.GetNativeLibraryName(), typeof(SQLite3Provider_e_sqlite3).Assembly, null);

        BindTextPointer = (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, byte*, int, nint, int>)
            NativeLibrary.GetExport(library, "sqlite3_bind_text");
        BindDoublePointer = (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, double, int>)
            NativeLibrary.GetExport(library, "sqlite3_bind_double");
        BindInt64Pointer = (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, long, int>)
            NativeLibrary.GetExport(library, "sqlite3_bind_int64");
        BindNullPointer = (delegate* unmanaged[Cdecl, SuppressGCTransition]<nint, int, int>)
            NativeLibrary.GetExport(library, "sqlite3_bind_null");
        StepPointer = (delegate* unmanaged[Cdecl]<nint, int>)NativeLibrary.GetExport(library, "sqlite3_step");
        ResetPointer = (delegate* unmanaged[Cdecl]<nint, int>)NativeLibrary.GetExport(library, "sqlite3_reset");
    }

    /// <summary>Binds UTF-8 text; SQLite takes its own copy before the call returns.</summary>
    /// <remarks>
    /// Pinned through its first element, not as a span, since a pinned empty span is a null
    /// pointer, which SQLite binds as NULL rather than as empty text.
    /// </remarks>
    public static int BindText(nint statement, int index, ReadOnlySpan<byte> utf8)
    {
        fixed (byte* text = &MemoryMarshal.GetReference(utf8))
        {
            return BindTextPointer(statement, index, text == null ? Empty : text, utf8.Length, Transient);
        }
    }

    private static readonly byte* Empty = (byte*)NativeMemory.AllocZeroed(1);

    public static int BindDouble(nint statement, int index, double value) => BindDoublePointer(statement, index, value);

    public static int BindInt64(nint statement, int index, long value) => BindInt64Pointer(statement, index, value);

    public static int BindNull(nint statement, int index) => BindNullPointer(statement, index);

    public static int Step(nint statement) => StepPointer(statement);

    public static int Reset(nint statement) => ResetPointer(statement);
}
