using System.CommandLine;
using HealthLibrary.Cli.Serve;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli.Serve;

/// <summary><c>serve</c>: build into memory, serve on 127.0.0.1, rebuild on every save and reload open pages.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 5080 };
        var themeWatch = new Option<bool>("--theme-watch") { Description = "Also rebuild when a file of the theme changes" };
        var command = new Command("serve", "Preview the library at http://127.0.0.1:5080/, rebuilding and reloading on every save") { input, port, themeWatch };
        command.SetAction((parse, cancellation) => Run(parse.GetValue(input)!, parse.GetValue(port), parse.GetValue(themeWatch), new BuildOptions { DerivedFiles = Output.DerivedFileCache.ForUser() }, ConsoleReporter.CreateDefault(), cancellation));
        return command;
    }

    public static async Task<int> Run(string inputFolder, int port, bool themeWatch, BuildOptions options, ConsoleReporter reporter, CancellationToken cancellation)
    {
        if (CommonOptions.MissingInput(inputFolder, reporter))
        {
            return ExitCode.UsageOrIo;
        }

        if (port is < 0 or > 65535)
        {
            reporter.Problem($"--port {port} is not a port (0 to 65535)");
            return ExitCode.UsageOrIo;
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(inputFolder, port, themeWatch, options, reporter);
        }
        catch (IOException exception)
        {
            // Kestrel reports a port in use as an IOException.
            reporter.Problem($"cannot serve on 127.0.0.1:{port}: {exception.Message}");
            return ExitCode.UsageOrIo;
        }

        await using (server)
        {
            reporter.Line($"Serving {inputFolder} at {server.Address} (press Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                reporter.Line("Stopped.");
            }
        }

        return ExitCode.Success;
    }
}
