using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using TeamDrill.Tests.Infrastructure;

namespace TeamDrill.Tests.Authorization;

/// <summary>
/// One player of the matrix on several real connections (same token), used in turn: each connection has
/// its own call budget, so the matrix's thousands of calls are not slowed by the per-connection rate limit.
/// </summary>
public sealed class MatrixActor : IAsyncDisposable
{
    public const string TooManyRequests = "Too many requests";
    private readonly IReadOnlyList<TestPlayer> _connections;
    private int _next;

    private MatrixActor(IReadOnlyList<TestPlayer> connections) => _connections = connections;

    public string Id => _connections[0].Id;

    public static async Task<MatrixActor> SignInAsync(string url, string name, int connections)
    {
        var first = await TestPlayer.SignInAsync(url, name);
        var all = new List<TestPlayer> { first };
        for (var i = 1; i < connections; i++)
        {
            all.Add(await TestPlayer.SignInAsync(url, name, first.Identity.Token));
        }

        return new MatrixActor(all);
    }

    /// <summary>
    /// Calls the hub method, with a fresh action id when the method takes one and the caller gave none; a
    /// refusal of the rate limit (not of the rules) is waited out and retried.
    /// </summary>
    public async Task<object?> InvokeAsync(string method, Type returnType, object?[] args)
    {
        args = HubMethods.WithActionId(method, args);
        for (var attempt = 0; ; attempt++)
        {
            var connection = _connections[Interlocked.Increment(ref _next) % _connections.Count].Hub;
            try
            {
                return await connection.InvokeCoreAsync(method, returnType, args);
            }
            catch (HubException ex) when (ex.Message.Contains(TooManyRequests, StringComparison.Ordinal) && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task<T> InvokeAsync<T>(string method, params object?[] args) => (T)(await InvokeAsync(method, typeof(T), args))!;

    public Task InvokeAsync(string method, params object?[] args) => InvokeAsync(method, typeof(object), args);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
