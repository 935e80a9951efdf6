using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace HealthLibrary.Tests.Architecture;

/// <summary>
/// Which namespace of an assembly uses which other, read from the compiled code: signatures, base types, attributes and
/// method bodies. Constants and <c>nameof</c> are copied in by the compiler and so are not a use here, as at run time.
/// </summary>
internal sealed class NamespaceGraph
{
    // from -> to -> the uses that make the edge ("SiteConfigReader uses YamlMappingReader"), sorted so reports are stable.
    private readonly SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    public IEnumerable<string> Namespaces => _edges.Keys.Concat(_edges.Values.SelectMany(to => to.Keys)).Distinct().Order(StringComparer.Ordinal);

    public IReadOnlyCollection<string> UsedBy(string from) =>
        _edges.TryGetValue(from, out var to) ? to.Keys : [];

    /// <summary>One use that makes the edge, for a message a developer can act on.</summary>
    public string Example(string from, string to) => _edges[from][to].First();

    public IEnumerable<string> All(string from, string to) => _edges[from][to];

    public void Add(string from, string to, string use)
    {
        if (from == to)
        {
            return;
        }

        if (!_edges.TryGetValue(from, out var targets))
        {
            _edges[from] = targets = new(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var uses))
        {
            targets[to] = uses = new(StringComparer.Ordinal);
        }

        uses.Add(use);
    }

    /// <summary>Reads the namespaces under <paramref name="root"/> (named without it) of a compiled assembly.</summary>
    public static NamespaceGraph Read(string assemblyPath, string root)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var file = new PEReader(stream);
        var reader = file.GetMetadataReader();
        var graph = new NamespaceGraph();
        foreach (var handle in reader.TypeDefinitions)
        {
            var (from, fromName) = Describe(reader, handle, root);
            if (from is null)
            {
                continue;
            }

            foreach (var used in Uses(reader, file, handle))
            {
                var (to, toName) = Describe(reader, used, root);
                if (to is not null)
                {
                    graph.Add(from, to, $"{fromName} uses {toName}");
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace (relative to the root) and name of a type; a nested type, such as a lambda's closure, counts as its outermost type.</summary>
    private static (string? Namespace, string Name) Describe(MetadataReader reader, TypeDefinitionHandle handle, string root)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.IsNested)
        {
            type = reader.GetTypeDefinition(type.GetDeclaringType());
        }

        var name = reader.GetString(type.Name);
        var space = reader.GetString(type.Namespace);
        if (space == root)
        {
            return ("(root)", name);
        }

        return space.StartsWith(root + ".", StringComparison.Ordinal) ? (space[(root.Length + 1)..], name) : (null, name);
    }

    private static HashSet<TypeDefinitionHandle> Uses(MetadataReader reader, PEReader file, TypeDefinitionHandle handle)
    {
        var collector = new TypeUseCollector(reader);
        var type = reader.GetTypeDefinition(handle);
        if (!type.BaseType.IsNil)
        {
            collector.Visit(type.BaseType);
        }

        foreach (var implementation in type.GetInterfaceImplementations())
        {
            collector.Visit(reader.GetInterfaceImplementation(implementation).Interface);
        }

        VisitAttributes(reader, collector, type.GetCustomAttributes());
        VisitConstraints(reader, collector, type.GetGenericParameters());
        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            field.DecodeSignature(collector, null);
            VisitAttributes(reader, collector, field.GetCustomAttributes());
        }

        foreach (var propertyHandle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            property.DecodeSignature(collector, null);
            VisitAttributes(reader, collector, property.GetCustomAttributes());
        }

        foreach (var eventHandle in type.GetEvents())
        {
            collector.Visit(reader.GetEventDefinition(eventHandle).Type);
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            method.DecodeSignature(collector, null);
            VisitAttributes(reader, collector, method.GetCustomAttributes());
            VisitConstraints(reader, collector, method.GetGenericParameters());
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = file.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, null);
            }

            foreach (var token in MethodBodyTokens.Read(body))
            {
                collector.Visit(token);
            }
        }

        return collector.Used;
    }

    private static void VisitAttributes(MetadataReader reader, TypeUseCollector collector, CustomAttributeHandleCollection attributes)
    {
        foreach (var attribute in attributes)
        {
            collector.Visit(reader.GetCustomAttribute(attribute).Constructor);
        }
    }

    private static void VisitConstraints(MetadataReader reader, TypeUseCollector collector, GenericParameterHandleCollection parameters)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
            {
                collector.Visit(reader.GetGenericParameterConstraint(constraint).Type);
            }
        }
    }
}
