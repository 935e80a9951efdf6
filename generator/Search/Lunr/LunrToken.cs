namespace HealthLibrary.Search.Lunr;

/// <summary>A token as lunr's tokenizer makes it: lowercased text, its span in the lowercased string, and its index among the tokens.</summary>
public readonly record struct LunrToken(string Text, int Start, int Length, int Index);
