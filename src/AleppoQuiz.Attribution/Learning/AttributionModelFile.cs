using System.IO.Compression;

namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// The trained model as a compact gzip'd binary: a header, the role window, the decoding bias, then each tagger's label count,
/// hash size, transition weights and its non-zero emission weights as (gap to previous index, weight) pairs.
/// Most buckets of a hashed table stay zero, so gaps keep the file small. Weights only, no corpus text.
/// </summary>
internal static class AttributionModelFile
{
    public const string ResourceName = "AleppoQuiz.Attribution.Data.attribution-model.bin.gz";
    private const int Magic = 0x4D415141; // "AQAM"
    private const int Version = 2; // 2: word-class features (weights of version 1 score other features)

    public static LearnedAttributionModel LoadEmbedded()
    {
        using var stream = typeof(AttributionModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly does not embed {ResourceName}.");
        return Load(stream);
    }

    public static void Save(LearnedAttributionModel model, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Window.SentencesBefore);
        writer.Write(model.Window.SentencesAfter);
        writer.Write(model.Bias.Cue);
        writer.Write(model.Bias.Source);
        writer.Write(model.Bias.Content);
        Write(writer, model.CueTagger);
        Write(writer, model.RoleTagger);
    }

    public static LearnedAttributionModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (reader.ReadInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not an attribution model file of this version.");
        }

        var window = new RoleWindow(reader.ReadInt32(), reader.ReadInt32());
        var bias = new DecodingBias(reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
        return new LearnedAttributionModel(Read(reader), Read(reader), window, bias);
    }

    private static void Write(BinaryWriter writer, LinearTagger tagger)
    {
        writer.Write(tagger.Labels);
        writer.Write(tagger.HashBits);
        Array.ForEach(tagger.Transitions, writer.Write);
        var nonZero = Enumerable.Range(0, tagger.Emission.Length).Where(i => tagger.Emission[i] != 0).ToList();
        writer.Write(nonZero.Count);
        var previous = 0;
        foreach (var index in nonZero)
        {
            writer.Write7BitEncodedInt(index - previous);
            writer.Write(tagger.Emission[index]);
            previous = index;
        }
    }

    private static LinearTagger Read(BinaryReader reader)
    {
        var labels = reader.ReadInt32();
        var hashBits = reader.ReadInt32();
        var transitions = new float[(labels + 1) * labels];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        var emission = new float[(1 << hashBits) * labels];
        var count = reader.ReadInt32();
        var index = 0;
        for (var i = 0; i < count; i++)
        {
            index += reader.Read7BitEncodedInt();
            emission[index] = reader.ReadSingle();
        }

        return new LinearTagger(labels, hashBits, emission, transitions);
    }
}
