namespace Haven.Data.Demo;

/// <summary>Draws the demo generators share, so every part of the demo turns the same seed into data the same way.</summary>
internal static class DemoRandom
{
    /// <summary>One of the values, with chances in proportion to the weights.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Value, double Weight)> items)
    {
        var roll = random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (value, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }
        return items[^1].Value;
    }

    /// <summary>A version 4 style Guid drawn from the seeded generator, so ids repeat with the seed.</summary>
    public static Guid NextGuid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
