using YamlDotNet.RepresentationModel;

namespace Gateway.IntegrationTests.Helm;

/// <summary>Navigation in parsed Kubernetes objects.</summary>
public static class YamlPaths
{
    /// <summary>The node at a path of mapping keys, or null.</summary>
    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out current)) return null;
        }
        return current;
    }

    /// <summary>The scalar text at a path, or null.</summary>
    public static string? Text(this YamlNode node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    /// <summary>The items of the sequence at a path (empty when absent).</summary>
    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.At(path) is YamlSequenceNode s ? s.Children : [];

    /// <summary>The object's kind.</summary>
    public static string Kind(this YamlNode node) => node.Text("kind") ?? "";

    /// <summary>The object's name.</summary>
    public static string Name(this YamlNode node) => node.Text("metadata", "name") ?? "";
}
