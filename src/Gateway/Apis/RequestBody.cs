namespace Gateway.Apis;

/// <summary>Reads a request body whole (Kestrel's size limit applies first: 413 beyond it).</summary>
internal static class RequestBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancel);
        return buffer.ToArray();
    }
}
