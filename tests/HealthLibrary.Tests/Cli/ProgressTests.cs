using HealthLibrary.Cli;

namespace HealthLibrary.Tests.Cli;

/// <summary>Progress in a pipe: plain lines for long stages only, never a cursor movement or a colour.</summary>
public sealed class ProgressTests
{
    [Fact]
    public void A_long_stage_in_a_pipe_gets_a_line_at_the_start_and_at_each_quarter()
    {
        var text = new StringWriter();
        var progress = new PlainProgress(ConsoleReporter.Create(text, redirected: true));

        progress.Start("Rendering", 1000);
        Parallel.For(0, 1000, _ => progress.Advance());

        Assert.Equal(["Rendering 1000 pages", "Rendering: 25%", "Rendering: 50%", "Rendering: 75%"], text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.DoesNotContain('\u001b', text.ToString());
    }

    [Fact]
    public void A_short_stage_prints_nothing()
    {
        var text = new StringWriter();
        var progress = new PlainProgress(ConsoleReporter.Create(text, redirected: true));

        progress.Start("Reading", ConsoleReporter.LongStage - 1);
        for (var i = 0; i < ConsoleReporter.LongStage - 1; i++)
        {
            progress.Advance();
        }

        Assert.Equal("", text.ToString());
    }
}
