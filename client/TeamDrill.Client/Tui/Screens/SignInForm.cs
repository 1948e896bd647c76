namespace TeamDrill.Client.Tui.Screens;

/// <summary>What the player typed on the sign-in screen; <see cref="RoomCode"/> is empty when not joining yet.</summary>
public sealed record SignInForm(string Server, string Name, string RoomCode);
