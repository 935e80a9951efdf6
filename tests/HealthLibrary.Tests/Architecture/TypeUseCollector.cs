using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace HealthLibrary.Tests.Architecture;

/// <summary>Decodes signatures for their side effect: every type of the assembly itself that a signature names.</summary>
internal sealed class TypeUseCollector(MetadataReader reader) : ISignatureTypeProvider<int, object?>
{
    public HashSet<TypeDefinitionHandle> Used { get; } = [];

    /// <summary>Records the types of the assembly that a token in a signature or method body refers to.</summary>
    public void Visit(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Used.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                break;
            case HandleKind.MethodDefinition:
                Used.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                Used.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                Visit(member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(this, null);
                }
                else
                {
                    member.DecodeFieldSignature(this, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Visit(specification.Method);
                specification.DecodeSignature(this, null);
                break;
        }
    }

    public int GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        Used.Add(handle);
        return 0;
    }

    public int GetTypeFromSpecification(MetadataReader metadata, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    // Types from other assemblies and the shapes built around a type add nothing: the named types are already recorded.
    public int GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => 0;

    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

    public int GetSZArrayType(int elementType) => 0;

    public int GetArrayType(int elementType, ArrayShape shape) => 0;

    public int GetByReferenceType(int elementType) => 0;

    public int GetPointerType(int elementType) => 0;

    public int GetPinnedType(int elementType) => 0;

    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

    public int GetGenericMethodParameter(object? genericContext, int index) => 0;

    public int GetGenericTypeParameter(object? genericContext, int index) => 0;

    public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;
}
