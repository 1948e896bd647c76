using System.Collections.Concurrent;

namespace TeamDrill.Server.Edge;

/// <summary>
/// Which local connections follow each room, so an event reaches its room's connections without
/// looking at any other. Each room's list is replaced, never changed, so readers need no lock.
/// </summary>
public sealed class RoomFollowers
{
    private readonly ConcurrentDictionary<string, EdgeConnection[]> _byRoom = new(StringComparer.Ordinal);

    public EdgeConnection[] Of(string room) => _byRoom.TryGetValue(room, out var followers) ? followers : [];

    public IReadOnlyCollection<string> Rooms => [.. _byRoom.Keys];

    public void Add(string room, EdgeConnection connection) =>
        _byRoom.AddOrUpdate(room, _ => [connection], (_, current) => current.Contains(connection) ? current : [.. current, connection]);

    public void Remove(string room, EdgeConnection connection)
    {
        while (_byRoom.TryGetValue(room, out var current))
        {
            var remaining = current.Where(c => c != connection).ToArray();
            if (remaining.Length == current.Length)
            {
                return;
            }

            var done = remaining.Length == 0
                ? _byRoom.TryRemove(new KeyValuePair<string, EdgeConnection[]>(room, current))
                : _byRoom.TryUpdate(room, remaining, current);
            if (done)
            {
                return;
            }
        }
    }
}
