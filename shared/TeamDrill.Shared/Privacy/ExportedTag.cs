using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Privacy;

/// <summary>A technique tag on an agent message, without who gave it when it is one received.</summary>
public sealed record ExportedTag(int MessageNumber, string Technique, TagPolarity Polarity)
{
    public static ExportedTag From(MessageTag tag) => new(tag.MessageNumber, tag.Technique, tag.Polarity);
}
