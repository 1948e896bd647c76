using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Tests.Client;

/// <summary>
/// A loopback TCP forwarder in front of a server, to drop a client's connection without stopping the
/// server: <see cref="Cut"/> closes every connection through it and turns new ones away until <see cref="Mend"/>.
/// </summary>
public sealed class DroppableProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _cut;

    public DroppableProxy(string targetUrl)
    {
        _target = new Uri(targetUrl);
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    public string Url { get; }

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            foreach (var socket in _open)
            {
                socket.Dispose();
            }

            _open.Clear();
        }
    }

    public void Mend() => _cut = false;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        Cut();
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

            if (_cut)
            {
                client.Dispose();
                continue;
            }

            _ = ForwardAsync(client);
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        using var server = new TcpClient();
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
                server.GetStream().CopyToAsync(client.GetStream()));
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
}
