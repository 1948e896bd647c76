using System.Collections.Concurrent;

namespace TeamDrill.Server.Edge;

/// <summary>The connections at this edge, and which rooms each follows.</summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, EdgeConnection> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public RoomFollowers Followers { get; } = new();

    public void Add(EdgeConnection connection) => _connections[connection.ConnectionId] = connection;

    public EdgeConnection? Get(string connectionId) => _connections.GetValueOrDefault(connectionId);

    public EdgeConnection? Remove(string connectionId) => _connections.TryRemove(connectionId, out var c) ? c : null;

    public EdgeConnection[] Following(string room) => Followers.Of(room);

    /// <summary>Rooms that at least one local connection follows.</summary>
    public IReadOnlyCollection<string> FollowedRooms() => Followers.Rooms;
}
