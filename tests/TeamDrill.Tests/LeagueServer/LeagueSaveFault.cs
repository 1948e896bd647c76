using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using TeamDrill.Grains;

namespace TeamDrill.Tests.LeagueServer;

/// <summary>
/// Wraps the server's grain storage so the next write of a league's state can be made to fail, as a full
/// disk or a lost database would; every other read and write goes through.
/// </summary>
public sealed class LeagueSaveFault : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public const string Failure = "injected: the league's storage is unavailable";

    private IGrainStorage _inner = null!;
    private int _armed;

    /// <summary>The next write of a league's state throws; writes after it go through again.</summary>
    public void FailNextLeagueWrite() => Interlocked.Exchange(ref _armed, 1);

    /// <summary>Puts this fault in front of the server's default grain storage.</summary>
    public void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, GrainStorageNames.Default));
        var create = original.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The default grain storage is not registered by a factory.");
        services.Remove(original);
        services.AddKeyedSingleton<IGrainStorage>(GrainStorageNames.Default, (provider, key) =>
        {
            _inner = (IGrainStorage)create(provider, key);
            return this;
        });
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        _inner.ReadStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        grainId.Type.ToString() == "league" && Interlocked.Exchange(ref _armed, 0) == 1
            ? throw new InvalidOperationException(Failure)
            : _inner.WriteStateAsync(stateName, grainId, grainState, cancellationToken);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ClearStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        _inner.ClearStateAsync(stateName, grainId, grainState, cancellationToken);

    public void Participate(ISiloLifecycle lifecycle) => (_inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
