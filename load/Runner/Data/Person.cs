namespace Gateway.Runner.Data;

/// <summary>A generated traveller or list entry.</summary>
public sealed record Person(string Surname, IReadOnlyList<string> Given, char Sex, DateOnly Birth, string Nationality, string Passport);
