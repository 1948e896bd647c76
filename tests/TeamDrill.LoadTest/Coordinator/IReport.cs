namespace TeamDrill.LoadTest.Coordinator;

/// <summary>What a run prints: readable text, and the same figures as one JSON object for <c>--json</c>.</summary>
public interface IReport
{
    string ToText();
}
