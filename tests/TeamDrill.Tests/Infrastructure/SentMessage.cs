namespace TeamDrill.Tests.Infrastructure;

/// <summary>One send by a <see cref="ChatSender"/>: acknowledged when <paramref name="Error"/> is null.</summary>
public sealed record SentMessage(string Text, DateTime SentAt, DateTime AnsweredAt, TimeSpan Took, string? Error);
