namespace Gateway.Security;

/// <summary>A token that is valid as a JWT but not as an officer's (no pin, no role), or an unknown stream ticket; its message is the answer's detail.</summary>
internal sealed class OfficerSignInException(string message) : Exception(message);
