using System.CommandLine;
using TeamDrill.LoadTest.Cli;

var parsed = ToolCommandLine.Build(args).Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("! " + error.Message);
    }

    Console.Error.WriteLine("Run with --help to see the options.");
    return 2;
}

// Ctrl+C cancels the run's token; the runs kill their server and workers in finally blocks, and
// this leaves them time to do it before System.CommandLine gives up and the process exits.
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(15) });
