using System.Buffers.Binary;
using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Archives;

/// <summary>Writes a drill as a <c>.tdrill</c> file: header with version, length and CRC-32, then the MessagePack body.</summary>
public static class DrillArchiveWriter
{
    public static void Write(Stream stream, DrillArchive archive)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToBytes(archive));
    }

    public static byte[] ToBytes(DrillArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var body = MessagePackSerializer.Serialize(archive, WireFormat.Options);
        if (body.Length > DrillArchiveFormat.MaxBodyLength)
        {
            throw new ArgumentException(
                $"The drill is {body.Length} bytes as MessagePack, more than the archive limit of {DrillArchiveFormat.MaxBodyLength} bytes.",
                nameof(archive));
        }

        var file = new byte[DrillArchiveFormat.HeaderLength + body.Length];
        DrillArchiveFormat.Magic.CopyTo(file);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(6), DrillArchiveFormat.CurrentVersion);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(14), Crc32.Compute(body));
        body.CopyTo(file, DrillArchiveFormat.HeaderLength);
        return file;
    }
}
