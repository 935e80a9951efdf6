
namespace HealthLibrary.Diagnostics;

/// <summary>The stable codes of every diagnostic, so writers and tools can look them up.</summary>
public static class DiagnosticCode
{
    // Files and syntax
    public const string MissingFile = "HL0001";
    public const string YamlSyntax = "HL0002";
    public const string FrontMatterMissing = "HL0003";
    public const string FrontMatterNotClosed = "HL0004";
    public const string DuplicateKey = "HL0005";
    public const string UnreadableFile = "HL0006";

    // Keys and values
    public const string UnknownKey = "HL0101";
    public const string MissingKey = "HL0102";
    public const string WrongType = "HL0103";
    public const string InvalidValue = "HL0104";
    public const string UnknownReference = "HL0105";
    public const string DuplicateSlug = "HL0106";
    public const string DuplicateId = "HL0107";

    // Links
    public const string BrokenLink = "HL0201";
    public const string BrokenFragment = "HL0202";
    public const string UnsafeLink = "HL0203";

    // Health components: care cards and page types
    public const string UnknownCareCard = "HL0401";
    public const string UnclosedCareCard = "HL0402";
    public const string MissingSection = "HL0403";

    // Theme
    public const string ThemeMissing = "HL0301";
    public const string TemplateSyntax = "HL0302";
    public const string TemplateRender = "HL0303";

    // Warnings
    public const string ReviewOverdue = "HL0901";
    public const string SummaryTooLong = "HL0902";
    public const string SummaryMissing = "HL0903";
    public const string TopLevelHeading = "HL0904";
    public const string LinkNotFollowed = "HL0905";
    public const string LargeFile = "HL0906";
    public const string Placeholder = "HL0909";
    public const string UrgentWordsWithoutHelp = "HL0910";
    public const string RecommendedSectionMissing = "HL0911";
    public const string SharedName = "HL0912";
    public const string ReferenceNotFindable = "HL0920";
    public const string ReferenceNotCited = "HL0921";
    public const string SharedCode = "HL0922";

    // Warnings only check gives: for reviewers, not for every build
    public const string BadAddress = "HL0907";
    public const string HardToRead = "HL0908";
}
