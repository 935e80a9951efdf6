using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HealthLibrary.Rendering;

/// <summary>
/// Writes a task list's <c>[ ]</c> and <c>[x]</c> as a drawn box and words for screen readers ("To do", "Done")
/// instead of a disabled checkbox without a label, which no reader can tick and assistive technology cannot name.
/// On paper the empty box can be ticked by hand.
/// </summary>
public sealed class TaskBoxRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }

        renderer.Write(task.Checked
            ? "<span class=\"task-box task-box--done\" aria-hidden=\"true\"></span><span class=\"visually-hidden\">Done:</span>"
            : "<span class=\"task-box\" aria-hidden=\"true\"></span><span class=\"visually-hidden\">To do:</span>");
    }
}
