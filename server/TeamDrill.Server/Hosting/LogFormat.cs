namespace TeamDrill.Server.Hosting;

/// <summary>How the console log is written.</summary>
public enum LogFormat
{
    Text,
    Json,
}
