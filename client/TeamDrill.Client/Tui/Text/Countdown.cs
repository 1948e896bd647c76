using TeamDrill.Client.Text;

namespace TeamDrill.Client.Tui.Text;

/// <summary>The agent's clock: time left on the call, "0:00" once it is over.</summary>
public static class Countdown
{
    public static string Format(DateTimeOffset? endsAt, DateTimeOffset now) =>
        endsAt is { } end ? $"⏱ {DisplayText.Duration(end - now)} left" : "⏱ --:--";
}
