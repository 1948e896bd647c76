using System.Reflection;
using TeamDrill.Grains.Journal;
using TeamDrill.Grains.Leagues;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// Every setting of the server, one options class per area. Flags, <c>--help</c>, reading and checking
/// all walk <see cref="Declared"/>, so a setting is declared once, on its options property.
/// </summary>
public sealed class ServerSettings
{
    public ClusteringOptions Clustering { get; } = new();

    public EdgeOptions Edge { get; } = new();

    public StorageOptions Storage { get; } = new();

    public ContentOptions Content { get; } = new();

    public DownloadOptions Downloads { get; } = new();

    public RoomOptions Rooms { get; } = new();

    public LeagueOptions Leagues { get; } = new();

    public PlayerOptions Players { get; } = new();

    public RoomJournalOptions Journal { get; } = new();

    public OperationsOptions Operations { get; } = new();
    public WrongCodeOptions WrongCodes { get; } = new();

    /// <summary>The options classes, each with the section it is read from.</summary>
    public static IReadOnlyList<(Type Options, string Section)> Areas { get; } = typeof(ServerSettings)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(p => (p.PropertyType, SectionOf(p.PropertyType)))
        .ToList();

    /// <summary>Every setting in the order <c>--help</c> lists them.</summary>
    public static IReadOnlyList<DeclaredSetting> Declared { get; } = Areas
        .SelectMany(area => area.Options.GetProperties()
            .Select(p => (Property: p, Declared: p.GetCustomAttribute<SettingAttribute>()))
            .Where(p => p.Declared is not null)
            .Select(p => new DeclaredSetting(area.Section, p.Property, p.Declared!)))
        .ToList();

    /// <summary>The options object of one area, to register or to fill.</summary>
    public object Area(Type options) => typeof(ServerSettings).GetProperties().Single(p => p.PropertyType == options).GetValue(this)!;

    /// <summary>
    /// Reads every setting from <paramref name="configuration"/> and checks it once. Each wrong value adds
    /// one sentence that names it to <paramref name="problems"/>; with any, the settings must not be used.
    /// </summary>
    public static ServerSettings Read(IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var settings = new ServerSettings();
        var found = new List<string>();
        foreach (var setting in Declared)
        {
            if (setting.ReadInto(configuration, settings.Area(setting.OptionsType)) is { } problem)
            {
                found.Add(problem);
            }
        }

        found.AddRange(ServerSettingsValidator.Problems(settings));
        problems = found;
        return settings;
    }

    private static string SectionOf(Type options) =>
        options.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string
        ?? throw new InvalidOperationException($"{options.Name} must declare the section it is read from as a public const Section.");
}
