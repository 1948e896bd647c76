namespace TeamDrill.Server.Web;

/// <summary>The web pages' addresses (the hub and sign-in are in <see cref="TeamDrill.Shared.Protocol.EdgeRoutes"/>).</summary>
public static class WebRoutes
{
    public const string Home = "/";
    public const string WatchPattern = "/watch/{code}";
    public const string JoinQr = "/join-qr.svg";
    public const string Assets = "/web";

    public static string Watch(string roomCode) => "/watch/" + roomCode;
}
