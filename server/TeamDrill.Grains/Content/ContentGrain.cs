using Orleans.Concurrency;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Grains.Content;

[StatelessWorker]
public sealed class ContentGrain(IContentCatalog catalog) : Grain, IContentGrain
{
    public Task<IReadOnlyList<PublicBrief>> Briefs() => Task.FromResult(catalog.Briefs);
}
