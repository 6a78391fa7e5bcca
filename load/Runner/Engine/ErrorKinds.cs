namespace Gateway.Runner.Engine;

/// <summary>How a request failed, as counted in the results: by status code, timeout or connection failure.</summary>
public static class ErrorKinds
{
    /// <summary>No answer within the request timeout.</summary>
    public const string Timeout = "timeout";

    /// <summary>The connection could not be made or broke.</summary>
    public const string Connection = "connection";

    /// <summary>A non-2xx status, e.g. <c>status 503</c>.</summary>
    public static string Status(int code) => "status " + code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether a status counts as success.</summary>
    public static bool IsSuccess(int code) => code is >= 200 and < 300;
}
