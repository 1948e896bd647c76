using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TeamDrill.Client.Session;

namespace TeamDrill.Client.Leagues;

/// <summary>One league command being run: its parsed line, its open connection, the chosen --format and where to print.</summary>
public sealed record LeagueInvocation(ParseResult Parsed, LeagueConnection Connection, string Format, TextWriter Output)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public T Value<T>(Argument<T> argument) => Parsed.GetValue(argument)!;

    public T Value<T>(Option<T> option) => Parsed.GetValue(option)!;

    public Task<T> CallAsync<T>(Func<HubDrillProxy, Task<T>> call) => Connection.CallAsync(call);

    public Task CallAsync(Func<HubDrillProxy, Task> call) => Connection.CallAsync(call);

    /// <summary>The answer as JSON for --format json, else the text already laid out for the format.</summary>
    public Task PrintAsync(object answer, string text) =>
        Output.WriteAsync(Format == "json" ? JsonSerializer.Serialize(answer, Json) + "\n" : text);
}
