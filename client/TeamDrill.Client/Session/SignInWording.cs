namespace TeamDrill.Client.Session;

/// <summary>How a front end names the sign-in fields in its refusals: a flag on the command line, a field on a form.</summary>
public sealed record SignInWording(string Server, string Name, string NameMissing);
