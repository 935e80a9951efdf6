namespace HealthLibrary.Content.Citations;

/// <summary>What kind of source a reference is, which decides how the NLM style prints it.</summary>
public enum ReferenceType
{
    Article,
    Web,
    Guideline,
    Label,
    Book,
}
