using Orleans.Concurrency;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Leagues;

/// <summary>Where a league room reports its finished drill. Keyed by league id.</summary>
public interface ILeagueDebriefSink : IGrainWithStringKey
{
    // One-way: the room never waits on the league, so a league that is busy calling rooms cannot deadlock with one.
    [OneWay]
    Task RecordDebrief(string roomCode, Debrief debrief);
}
