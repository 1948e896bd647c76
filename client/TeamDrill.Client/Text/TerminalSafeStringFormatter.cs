using MessagePack;
using MessagePack.Formatters;
using TeamDrill.Shared.Text;

namespace TeamDrill.Client.Text;

/// <summary>
/// Reads every string the server sends through <see cref="TextSanitizer.ForTerminal"/>, so the client
/// cleans again whatever the server should already have cleaned (defence in depth): names, messages,
/// card text, refusals' echoes, league and group names, exports. Layout (spaces, line feeds) is kept.
/// </summary>
public sealed class TerminalSafeStringFormatter : IMessagePackFormatter<string?>
{
    public static TerminalSafeStringFormatter Instance { get; } = new();

    public void Serialize(ref MessagePackWriter writer, string? value, MessagePackSerializerOptions options) => writer.Write(value);

    public string? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var value = reader.ReadString();
        return value is null ? null : TextSanitizer.ForTerminal(value);
    }
}
