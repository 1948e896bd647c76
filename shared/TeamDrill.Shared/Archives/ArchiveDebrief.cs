using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Scoring;

namespace TeamDrill.Shared.Archives;

/// <summary>Rebuilds the debrief from an archive: the figures are computed again from the stored scores.</summary>
public static class ArchiveDebrief
{
    public static Debrief From(DrillArchive archive)
    {
        var consensus = ConsensusCalculator.PerCriterion(archive.Rubric, archive.Rubrics);
        var fidelity = archive.FidelityRatings ?? [];
        return new Debrief
        {
            RoomCode = archive.RoomCode,
            DrillNumber = archive.DrillNumber,
            Brief = new PublicBrief { CardId = archive.CardId, Title = archive.CardTitle, Criteria = archive.CardCriteria ?? [] },
            Participants = archive.Participants,
            Outcome = archive.Outcome,
            StartedAt = archive.StartedAt,
            EndedAt = archive.EndedAt,
            Transcript = archive.Transcript,
            AngerCurve = archive.AngerCurve,
            Tags = archive.Tags,
            Consensus = consensus,
            OverallScore = ConsensusCalculator.Overall(consensus),
            Rubrics = archive.Rubrics,
            ClosedEarly = archive.ClosedEarly,
            Reflection = archive.Reflection,
            ReflectionDoDifferently = archive.ReflectionDoDifferently,
            SupportLines = archive.SupportLines ?? [],
            Fidelity = fidelity,
            Rubric = archive.Rubric,
            CardVersion = archive.CardVersion,
            Figures = DebriefFiguresBuilder.Build(
                archive.Rubric, archive.Rubrics, consensus, archive.Tags, archive.Transcript, archive.Outcome, archive.AngerCurve, fidelity,
                archive.CardCriteria),
        };
    }
}
