using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>
/// A write found the store changed since it read: another request amended the same report first. Nothing of the batch
/// was committed; the caller reads again and retries.
/// </summary>
public sealed class StoreConflictException : DbException
{
    /// <summary>A conflict on a record.</summary>
    public StoreConflictException(string message) : base(message)
    {
    }

    /// <summary>A conflict.</summary>
    public StoreConflictException() : base("the record was changed by another request")
    {
    }

    /// <summary>A conflict with its cause.</summary>
    public StoreConflictException(string message, Exception inner) : base(message, inner)
    {
    }
}
