namespace TeamDrill.Shared.Leagues;

/// <summary>How many rooms a round has and how big each is.</summary>
public static class RoomSizing
{
    public const int MinimumRoom = 3;
    public const int MaximumRoomSize = 12;

    /// <summary>
    /// The fewest rooms of at most <paramref name="roomSize"/> that hold everyone present, with sizes as
    /// even as possible (bigger rooms first), each at least 3. When no split into rooms of 3..roomSize
    /// exists (room size 3 with 4, 5, 7, 8… present; room size 4 with 5 present) the leftover one or two
    /// members join rooms as extra scorers, one per room where there are rooms enough: nobody sits out.
    /// Fewer than 3 present: no rooms.
    /// </summary>
    public static IReadOnlyList<int> Sizes(int present, int roomSize)
    {
        if (roomSize is < MinimumRoom or > MaximumRoomSize)
        {
            throw new ArgumentOutOfRangeException(nameof(roomSize), roomSize, $"A room holds {MinimumRoom} to {MaximumRoomSize} members.");
        }

        if (present < MinimumRoom)
        {
            return [];
        }

        var rooms = (present + roomSize - 1) / roomSize;
        if (rooms * MinimumRoom > present)
        {
            rooms = present / MinimumRoom;
        }

        var sizes = new int[rooms];
        for (var i = 0; i < rooms; i++)
        {
            sizes[i] = (present / rooms) + (i < present % rooms ? 1 : 0);
        }

        return sizes;
    }
}
