namespace TeamDrill.Shared.Drills;

/// <summary>
/// What wrong room codes cost: the first <see cref="Free"/> nothing, each further one a back-off that
/// doubles from a second up to <see cref="LongestBackoff"/>, and the <see cref="LockoutAfter"/>th a lockout
/// of <see cref="Lockout"/>. A quiet spell as long as the lockout forgets them all.
/// </summary>
public readonly record struct WrongCodePolicy(int Free, int LockoutAfter, TimeSpan Lockout)
{
    public static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(60);

    /// <summary>How long the player waits after their <paramref name="count"/>th wrong code in a row.</summary>
    public TimeSpan WaitAfter(int count)
    {
        if (count <= Free)
        {
            return TimeSpan.Zero;
        }

        if (IsLockout(count))
        {
            return Lockout;
        }

        var doublings = Math.Min(count - Free - 1, 16);
        var wait = TimeSpan.FromSeconds(1 << doublings);
        return wait < LongestBackoff ? wait : LongestBackoff;
    }

    public bool IsLockout(int count) => count >= Math.Max(LockoutAfter, Free + 1);
}
