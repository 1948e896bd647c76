using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Content;

/// <summary>The deck as players may browse it: public briefs only. Lives on the silo, where content is loaded.</summary>
public interface IContentGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<PublicBrief>> Briefs();
}
