using System.Buffers.Binary;
using MessagePack;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Shared.Archives;

/// <summary>
/// Reads a <c>.tdrill</c> file. Anything that is not a whole, undamaged archive of a known version
/// throws <see cref="DrillArchiveException"/> saying which of those it is.
/// </summary>
public static class DrillArchiveReader
{
    /// <param name="file">The archive's bytes.</param>
    /// <param name="options">How to read the record; a client passes its own, which cleans every string for the terminal.</param>
    public static DrillArchive Read(byte[] file, MessagePackSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var stream = new MemoryStream(file, writable: false);
        return Read(stream, options);
    }

    public static DrillArchive Read(Stream stream, MessagePackSerializerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[DrillArchiveFormat.HeaderLength];
        var headerRead = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        CheckMagic(header.AsSpan(0, headerRead));
        if (headerRead < header.Length)
        {
            throw Fail(DrillArchiveProblem.Truncated,
                $"Truncated TeamDrill archive: the file ends after {headerRead} bytes, inside the {DrillArchiveFormat.HeaderLength}-byte header.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(6));
        if (version > DrillArchiveFormat.CurrentVersion)
        {
            throw Fail(DrillArchiveProblem.NewerVersion,
                $"This archive is format version {version}, written by a newer TeamDrill; this one reads versions 1 to {DrillArchiveFormat.CurrentVersion}. Update TeamDrill to open it.");
        }

        if (version < 1)
        {
            throw Fail(DrillArchiveProblem.Corrupt, $"Corrupt TeamDrill archive: the header gives format version {version}, which does not exist.");
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(10));
        if (length is < 0 or > DrillArchiveFormat.MaxBodyLength)
        {
            throw Fail(DrillArchiveProblem.Corrupt,
                $"Corrupt TeamDrill archive: the header gives a body length of {length} bytes; it must be 0 to {DrillArchiveFormat.MaxBodyLength}.");
        }

        var body = ReadBody(stream, length);
        if (body.Length < length)
        {
            throw Fail(DrillArchiveProblem.Truncated,
                $"Truncated TeamDrill archive: the body should be {length} bytes but the file ends after {body.Length}.");
        }

        var expected = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(14));
        var actual = Crc32.Compute(body);
        if (actual != expected)
        {
            throw Fail(DrillArchiveProblem.Corrupt,
                $"Corrupt TeamDrill archive: the body's CRC-32 is 0x{actual:X8} but the header says 0x{expected:X8}; the file was damaged after it was written.");
        }

        if (stream.ReadByte() >= 0)
        {
            throw Fail(DrillArchiveProblem.Corrupt, "Corrupt TeamDrill archive: there is unexpected data after the body.");
        }

        return Deserialize(body, options);
    }

    private static void CheckMagic(ReadOnlySpan<byte> start)
    {
        var magic = DrillArchiveFormat.Magic;
        if (start.Length == 0)
        {
            throw Fail(DrillArchiveProblem.NotAnArchive, "Not a TeamDrill archive: the file is empty.");
        }

        var compared = Math.Min(start.Length, magic.Length);
        if (!start[..compared].SequenceEqual(magic[..compared]))
        {
            throw Fail(DrillArchiveProblem.NotAnArchive, "Not a TeamDrill archive: the file does not start with \"TDRILL\".");
        }
    }

    /// <summary>Reads up to <paramref name="length"/> bytes in chunks, so a damaged length on a short file allocates little.</summary>
    private static byte[] ReadBody(Stream stream, int length)
    {
        using var body = new MemoryStream();
        var chunk = new byte[Math.Min(length, 81920)];
        while (body.Length < length)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, length - body.Length));
            if (read == 0)
            {
                break;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }

    private static DrillArchive Deserialize(byte[] body, MessagePackSerializerOptions? options)
    {
        const string NotADrill = "Corrupt TeamDrill archive: the body passed its checksum but is not a valid drill record.";
        try
        {
            var archive = MessagePackSerializer.Deserialize<DrillArchive>(body, options ?? WireFormat.Options);

            // A nil where the format promises a list is a record no writer of this format produces.
            return archive is null || archive.Participants is null || archive.Transcript is null || archive.Tags is null
                || archive.Rubrics is null || archive.AngerCurve is null || archive.Rubric is null
                ? throw Fail(DrillArchiveProblem.Corrupt, NotADrill)
                : archive;
        }
        catch (MessagePackSerializationException e)
        {
            throw Fail(DrillArchiveProblem.Corrupt, NotADrill, e);
        }
    }

    private static DrillArchiveException Fail(DrillArchiveProblem problem, string message, Exception? inner = null) =>
        new(problem, message, inner);
}
