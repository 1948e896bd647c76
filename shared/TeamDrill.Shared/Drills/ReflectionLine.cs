namespace TeamDrill.Shared.Drills;

/// <summary>
/// How both clients read a reflection typed on one line: "what worked | what I'd do differently". Either
/// side may be empty ("| slow down" writes only the second part); text without a bar is what worked.
/// </summary>
public static class ReflectionLine
{
    public const char Separator = '|';

    /// <summary>The two parts, trimmed; null with the reason when the line cannot be one reflection.</summary>
    public static (string WhatWorked, string DoDifferently)? Split(string line, out string? problem)
    {
        var parts = (line ?? "").Split(Separator);
        if (parts.Length > 2)
        {
            problem = $"use one {Separator} at most, between what worked and what you would do differently";
            return null;
        }

        var worked = parts[0].Trim();
        var different = parts.Length == 2 ? parts[1].Trim() : "";
        problem = worked.Length == 0 && different.Length == 0 ? "the reflection is empty: write what worked, what you would do differently, or both"
            : worked.Length > Room.MaxReflectionLength ? $"what worked is too long: {worked.Length} characters (at most {Room.MaxReflectionLength})"
            : different.Length > Room.MaxReflectionLength ? $"what you would do differently is too long: {different.Length} characters (at most {Room.MaxReflectionLength})"
            : null;
        return problem is null ? (worked, different) : null;
    }
}
