using System.CommandLine;
using HealthLibrary.Cli;
using HealthLibrary.Cli.Serve;

// Before any command's code is compiled: see JitProfile.
JitProfile.Start(args);

var root = new RootCommand("healthlib: builds a health-topic library into a static site with a search index")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    InitCommand.Create(),
};

// The version and the commit it was built from, so a writer's report of a problem says which healthlib they ran.
if (args is ["--version"])
{
    Console.WriteLine(ToolVersion.Describe());
    return ExitCode.Success;
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run with --help to see the commands and options.");
    return ExitCode.UsageOrIo;
}

return await parse.InvokeAsync();
