namespace TeamDrill.Tests.Authorization;

/// <summary>
/// One hub method's row of the authorization matrix: the arguments it is called with (valid ones, so an
/// allowed call succeeds), whether an allowed call changes the room (then each allowed cell gets a fresh
/// room), and the phases in which each role is allowed; every other cell must be refused.
/// </summary>
public sealed record MatrixRow(
    string Method, Func<MatrixContext, Task<object?[]>> Args, bool Writes, IReadOnlyDictionary<MatrixRole, MatrixPhases> Allowed)
{
    public bool IsAllowed(MatrixRole role, MatrixPhases phase) => (Allowed.GetValueOrDefault(role) & phase) != 0;
}
