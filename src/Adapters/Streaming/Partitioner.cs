using System.Text;

namespace Gateway.Adapters.Streaming;

/// <summary>Key → partition for the embedded stream: a stable hash (FNV-1a over UTF-8), so a key always lands in the same partition.</summary>
internal static class Partitioner
{
    public static int For(string key, int partitions)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 16777619;
        }
        return (int)(hash % (uint)partitions);
    }
}
