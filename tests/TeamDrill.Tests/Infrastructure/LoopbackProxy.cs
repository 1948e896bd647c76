using System.Net;
using System.Net.Sockets;

namespace TeamDrill.Tests.Infrastructure;

/// <summary>
/// A TCP forwarder on a free loopback port in front of a server (at the same port after a restart), to make
/// the network misbehave for one test: drop every connection (<see cref="Cut"/>, <see cref="CloseAll"/>), let
/// requests through but lose the answers (<see cref="SwallowReplies"/>), or stop reading the server as a
/// client too slow to keep up would (<see cref="Stall"/>; small socket buffers make the server's writes back
/// up after kilobytes rather than megabytes).
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private const int SmallBuffer = 4096;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;
    private volatile bool _refusing;
    private volatile Replies _replies;

    public LoopbackProxy(string targetUrl)
    {
        _targetPort = new Uri(targetUrl).Port;
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = Task.Run(AcceptAsync);
    }

    private enum Replies
    {
        Pass,
        Swallow,
        Stall,
    }

    public string Url { get; }

    /// <summary>Closes every connection through the proxy and turns new ones away until <see cref="Mend"/>.</summary>
    public void Cut()
    {
        _refusing = true;
        CloseAll();
    }

    public void Mend() => _refusing = false;

    /// <summary>Closes every connection through the proxy; new ones pass as normal, answers included.</summary>
    public void CloseAll()
    {
        lock (_open)
        {
            foreach (var socket in _open)
            {
                socket.Dispose();
            }

            _open.Clear();
        }

        _replies = Replies.Pass;
    }

    /// <summary>From now on the server's bytes are dropped: requests get through, answers do not.</summary>
    public void SwallowReplies() => _replies = Replies.Swallow;

    /// <summary>Stops reading what the server sends; what it sends next waits in its own buffers.</summary>
    public void Stall() => _replies = Replies.Stall;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        CloseAll();
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

            if (_refusing)
            {
                client.Dispose();
                continue;
            }

            _ = Task.Run(() => ForwardAsync(client));
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var server = new TcpClient { ReceiveBufferSize = SmallBuffer };
        lock (_open)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort, _stopping.Token);
            await Task.WhenAny(
                PumpAsync(client.GetStream(), server.GetStream(), fromServer: false),
                PumpAsync(server.GetStream(), client.GetStream(), fromServer: true));
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The server is down (or restarting), or one side went away: the client sees its connection close.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool fromServer)
    {
        var buffer = new byte[SmallBuffer];
        try
        {
            while (true)
            {
                if (fromServer && _replies == Replies.Stall)
                {
                    await Task.Delay(Timeout.Infinite, _stopping.Token); // until the proxy is disposed
                }

                var read = await from.ReadAsync(buffer, _stopping.Token);
                if (read == 0)
                {
                    return;
                }

                if (!(fromServer && _replies == Replies.Swallow))
                {
                    await to.WriteAsync(buffer.AsMemory(0, read), _stopping.Token);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or SocketException)
        {
            // Either side closed: this connection's relay ends.
        }
    }
}
