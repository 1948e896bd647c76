using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A loopback TCP forwarder in front of a server that can stop passing the server's bytes on, as a client
/// too slow to read would: after <see cref="Stall"/> the server's writes to that connection back up.
/// Small socket buffers make that happen after kilobytes rather than megabytes.
/// </summary>
public sealed class StallingProxy : IAsyncDisposable
{
    private const int SmallBuffer = 4096;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;
    private volatile bool _stalled;

    public StallingProxy(string targetUrl)
    {
        _target = new Uri(targetUrl);
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string Url { get; }

    /// <summary>Stops reading what the server sends; what it sends next waits in its own buffers.</summary>
    public void Stall() => _stalled = true;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _resumed.TrySetResult();
        _listener.Stop();
        lock (_open)
        {
            foreach (var socket in _open)
            {
                socket.Dispose();
            }
        }

        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var server = new TcpClient { ReceiveBufferSize = SmallBuffer };
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(server);
            }

            await Task.WhenAny(
                client.GetStream().CopyToAsync(server.GetStream()),
                CopyUntilStalled(server.GetStream(), client.GetStream()));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // One side went away: close both.
        }
        finally
        {
            client.Dispose();
        }
    }

    private async Task CopyUntilStalled(Stream from, Stream to)
    {
        var buffer = new byte[SmallBuffer];
        while (true)
        {
            if (_stalled)
            {
                await _resumed.Task; // only at dispose
                return;
            }

            var read = await from.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }
}
