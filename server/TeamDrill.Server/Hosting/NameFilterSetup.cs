using TeamDrill.ContentFiles;
using TeamDrill.Shared.Content;

namespace TeamDrill.Server.Hosting;

public static class NameFilterSetup
{
    /// <summary>
    /// Loads the shipped blocked-word list and the facilitator's (<see cref="ContentOptions.BlockedWordsFile"/>)
    /// for every role: edges check names at sign-in, silos check league and group names. False, with
    /// each problem written to <paramref name="error"/>, when a list is missing or wrong.
    /// </summary>
    public static bool TryAddBlockedWords(this WebApplicationBuilder builder, ContentOptions options, TextWriter error)
    {
        var files = new List<string>();
        if ((BlockedWordsLoader.FindShippedList(Directory.GetCurrentDirectory())
             ?? BlockedWordsLoader.FindShippedList(AppContext.BaseDirectory)) is { } shipped)
        {
            files.Add(shipped);
        }

        if (options.BlockedWordsFile.Length > 0)
        {
            files.Add(Path.GetFullPath(options.BlockedWordsFile));
        }

        var problems = new List<ContentProblem>();
        var words = BlockedWordsLoader.Load(files, problems);
        if (words is null)
        {
            error.WriteLine($"The blocked-word list is invalid ({problems.Count} problems); the server will not start:");
            foreach (var problem in problems)
            {
                error.WriteLine(problem.ToString());
            }

            return false;
        }

        builder.Services.AddSingleton(words);
        return true;
    }
}
