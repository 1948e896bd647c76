using System.Buffers;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;
using TeamDrill.Shared.Protocol;
using Xunit;

namespace TeamDrill.Tests.Client;

/// <summary>
/// The client decodes pushed events with the shared wire options. SignalR writes an argument by its
/// runtime type, so a lone event would lose its union tag; an array of RoomEvent keeps it.
/// </summary>
public class WireFormatTests
{
    [Fact]
    public void a_pushed_room_event_arrives_as_its_concrete_type_through_the_messagepack_hub_protocol()
    {
        var protocol = new MessagePackHubProtocol(Options.Create(new MessagePackHubProtocolOptions { SerializerOptions = WireFormat.Options }));
        var sent = new InvocationMessage(HubCallbacks.ReceiveEvents, [SampleRoom.Code, new RoomEvent[] { SampleRoom.Started(5), SampleRoom.Anger(6, 8, 6) }]);
        var bytes = new ArrayBufferWriter<byte>();
        protocol.WriteMessage(sent, bytes);

        var buffer = new ReadOnlySequence<byte>(bytes.WrittenMemory);
        Assert.True(protocol.TryParseMessage(ref buffer, new Binder(), out var received));

        if (received is InvocationBindingFailureMessage failure)
        {
            Assert.Fail(failure.BindingFailure.SourceException.ToString());
        }

        var args = Assert.IsType<InvocationMessage>(received).Arguments;
        var events = Assert.IsType<RoomEvent[]>(args[1]);
        var started = Assert.IsType<DrillStarted>(events[0]);
        Assert.Equal(8, Assert.IsType<AngerChanged>(events[1]).Level);
        Assert.Equal(SampleRoom.Code, args[0]);
        Assert.Equal(5, started.Seq);
        Assert.Equal("Mrs Okafor", started.Brief.CustomerName);
        Assert.Equal(DrillRole.Agent, started.Members[1].Role);
        Assert.Equal(3, started.Rubric.Count);
    }

    private sealed class Binder : IInvocationBinder
    {
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => [typeof(string), typeof(RoomEvent[])];
        public Type GetReturnType(string invocationId) => typeof(object);
        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
