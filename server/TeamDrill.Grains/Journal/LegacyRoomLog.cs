using MessagePack;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Journal;

/// <summary>
/// The parts of a room that the old storage kept inside its one row (keys 5 and 7 of <see cref="RoomState"/>
/// then): every event and every debrief. Read once, when such a room is converted to the journal.
/// </summary>
[MessagePackObject]
public sealed class LegacyRoomLog
{
    [Key(4)] public long Seq { get; set; }
    [Key(5)] public List<StoredEvent> Events { get; set; } = [];
    [Key(7)] public List<Debrief> Debriefs { get; set; } = [];
}
