using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>
/// Markdig's block parser for <c>:::</c> custom containers, which are our care cards, noting which ones a closing
/// fence ended: one still open at the end of the file is the writer's mistake, reported at the line that opened it.
/// </summary>
public sealed class CareCardParser : CustomContainerParser
{
    private static readonly object ClosedKey = new();

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var state = base.TryContinue(processor, block);
        if (state == BlockState.BreakDiscard)
        {
            block.SetData(ClosedKey, true);
        }

        return state;
    }

    /// <summary>True when a closing fence ended the card.</summary>
    public static bool IsClosed(CustomContainer card) => card.GetData(ClosedKey) is true;
}
