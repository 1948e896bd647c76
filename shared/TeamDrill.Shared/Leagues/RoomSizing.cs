namespace TeamDrill.Shared.Leagues;

/// <summary>How many rooms a round has and how big each is.</summary>
public static class RoomSizing
{
    public const int MinimumRoom = 3;
    public const int MaximumRoomSize = 12;

    /// <summary>A customer, an agent and two scorers: the smallest room whose debrief has an agreement figure.</summary>
    public const int SmallestAgreeingRoom = 4;

    /// <summary>
    /// The fewest rooms of at most <paramref name="roomSize"/> that hold everyone present, with sizes as
    /// even as possible (bigger rooms first), each at least 3. When no split into rooms of 3..roomSize
    /// exists (room size 3 with 4, 5, 7, 8… present; room size 4 with 5 present) the leftover one or two
    /// members join rooms as extra scorers, one per room where there are rooms enough: nobody sits out.
    /// Fewer than 3 present: no rooms.
    /// A room of 3 has a single scorer and so no agreement figure: when the room size is 4 or more and
    /// the plan above would make one, fewer rooms of 4 or more are used instead, as long as none grows
    /// past one extra scorer (roomSize + 1). A room size of 3 is the host's choice of single scorers.
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

        if (roomSize >= SmallestAgreeingRoom && present / rooms < SmallestAgreeingRoom)
        {
            var agreeing = present / SmallestAgreeingRoom;
            if (agreeing >= 1 && (present + agreeing - 1) / agreeing <= roomSize + 1)
            {
                rooms = agreeing;
            }
        }

        var sizes = new int[rooms];
        for (var i = 0; i < rooms; i++)
        {
            sizes[i] = (present / rooms) + (i < present % rooms ? 1 : 0);
        }

        return sizes;
    }
}
