using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a free loopback port in front of a server, for a client that must lose an answer:
/// while <see cref="SwallowReplies"/> is on, what the client sends still reaches the server but nothing
/// comes back, as when the server dies after storing an action and before its answer leaves.
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private volatile bool _swallowing;

    private TcpRelay(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Relays to the server listening at <paramref name="serverUrl"/> (and at the same port after a restart).</summary>
    public static TcpRelay To(string serverUrl) => new(new Uri(serverUrl).Port);

    /// <summary>From now on the server's bytes are dropped: requests get through, answers do not.</summary>
    public void SwallowReplies() => _swallowing = true;

    /// <summary>Closes every relayed connection and lets answers through again.</summary>
    public void CutAll()
    {
        lock (_open)
        {
            foreach (var socket in _open)
            {
                socket.Dispose();
            }

            _open.Clear();
        }

        _swallowing = false;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        CutAll();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            var up = PumpAsync(client.GetStream(), server.GetStream(), swallow: false);
            var down = PumpAsync(server.GetStream(), client.GetStream(), swallow: true);
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The server is down (or restarting): the client sees its connection close and tries again.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool swallow)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (!(swallow && _swallowing))
                {
                    await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // Either side closed: the relay of this connection ends.
        }
    }
}
