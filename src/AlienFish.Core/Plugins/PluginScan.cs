using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AlienFish.Abstractions;

namespace AlienFish.Core.Plugins;

/// <summary>
/// Reads from a plugin assembly's metadata, without loading it, which contract interfaces
/// the entry types of its <see cref="FishdensPluginAttribute"/>s implement, so a command
/// loads only the plugins of the kinds it uses.
/// </summary>
internal static class PluginScan
{
    private static readonly string AttributeName = typeof(FishdensPluginAttribute).FullName!;

    /// <summary>
    /// The full names of the interfaces the entry types implement, or null when that cannot
    /// be told from the metadata alone (an unreadable file, or an entry type whose base class
    /// lives in another assembly); such a plugin is loaded whatever kind is asked for.
    /// </summary>
    public static IReadOnlySet<string>? Interfaces(string assemblyPath)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);

            return pe.HasMetadata ? Interfaces(pe.GetMetadataReader()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException
            or InvalidOperationException)
        {
            return null;
        }
    }

    private static HashSet<string>? Interfaces(MetadataReader reader)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);

        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);

            if (AttributeTypeName(reader, attribute) != AttributeName)
            {
                continue;
            }

            var arguments = attribute.DecodeValue(new TypeNames()).FixedArguments;

            if (arguments.Length == 0 || arguments[0].Value is not string entryName
                || Definition(reader, entryName) is not { } entry || !Collect(reader, entry, found))
            {
                return null;
            }
        }

        return found;
    }

    /// <summary>Adds the interfaces of a type and of its base types; false when a base type is elsewhere.</summary>
    private static bool Collect(MetadataReader reader, TypeDefinitionHandle handle, HashSet<string> found)
    {
        var type = reader.GetTypeDefinition(handle);

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            if (Name(reader, reader.GetInterfaceImplementation(implementation).Interface) is { } name)
            {
                found.Add(name);
            }
        }

        return type.BaseType.Kind switch
        {
            HandleKind.TypeDefinition => Collect(reader, (TypeDefinitionHandle)type.BaseType, found),
            HandleKind.TypeReference => Name(reader, type.BaseType) == "System.Object",
            _ => type.BaseType.IsNil,
        };
    }

    private static TypeDefinitionHandle? Definition(MetadataReader reader, string serializedName)
    {
        // A serialized type name may carry its assembly after a comma; nested types use '+'.
        var name = serializedName.Split(',')[0].Trim();

        foreach (var handle in reader.TypeDefinitions)
        {
            if (FullName(reader, handle) == name)
            {
                return handle;
            }
        }

        return null;
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();

        if (!declaring.IsNil)
        {
            return FullName(reader, declaring) + "+" + name;
        }

        var space = reader.GetString(type.Namespace);

        return space.Length == 0 ? name : space + "." + name;
    }

    private static string? Name(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)handle);
                var space = reader.GetString(reference.Namespace);
                var name = reader.GetString(reference.Name);
                return space.Length == 0 ? name : space + "." + name;
            case HandleKind.TypeDefinition:
                return FullName(reader, (TypeDefinitionHandle)handle);
            default:
                return null;
        }
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return attribute.Constructor.Kind == HandleKind.MethodDefinition
                ? FullName(reader, reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType())
                : null;
        }

        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);

        return Name(reader, constructor.Parent);
    }

    /// <summary>Decodes attribute arguments with every type named by its full name.</summary>
    private sealed class TypeNames : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            FullName(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            Name(reader, handle) ?? "";

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
