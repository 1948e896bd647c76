using System.Reflection;

namespace TeamDrill.Server.Hosting;

public static class SettingsSetup
{
    /// <summary>
    /// Reads the settings from appsettings.json, environment and <paramref name="flags"/> and checks them;
    /// null, with every problem in <paramref name="problems"/>, when any value is wrong.
    /// </summary>
    public static ServerSettings? ReadTeamDrillSettings(
        this WebApplicationBuilder builder, IReadOnlyDictionary<string, string?> flags, out IReadOnlyList<string> problems)
    {
        builder.Configuration.AddInMemoryCollection(flags);
        var settings = ServerSettings.Read(builder.Configuration, out problems);
        return problems.Count == 0 ? settings : null;
    }

    /// <summary>Each area's already checked options for injection (<c>IOptions&lt;RoomOptions&gt;</c>...), and the whole set.</summary>
    public static IServiceCollection AddTeamDrillSettings(this IServiceCollection services, ServerSettings settings)
    {
        services.AddSingleton(settings);
        var register = typeof(SettingsSetup).GetMethod(nameof(Register), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var (options, _) in ServerSettings.Areas)
        {
            register.MakeGenericMethod(options).Invoke(null, [services, settings.Area(options)]);
        }

        return services;
    }

    private static void Register<TOptions>(IServiceCollection services, TOptions checkedValue)
        where TOptions : class =>
        services.AddOptions<TOptions>().Configure(target =>
        {
            foreach (var property in typeof(TOptions).GetProperties().Where(p => p.CanWrite))
            {
                property.SetValue(target, property.GetValue(checkedValue));
            }
        });
}
