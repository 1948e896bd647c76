namespace TeamDrill.Grains.Settings;

/// <summary>
/// Declares an options property as a server setting. The server reads, checks and lists in <c>--help</c>
/// every property so marked; its default is the property's initial value and is written nowhere else.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SettingAttribute(string help) : Attribute
{
    /// <summary>The help line, without the default (that is appended from the property's initial value).</summary>
    public string Help { get; } = help;

    /// <summary>The command-line flag when it is not the setting's name in kebab case.</summary>
    public string? Flag { get; init; }

    /// <summary>What a text flag takes, shown after it in <c>--help</c> (<c>folder</c>, <c>url</c>).</summary>
    public string? Takes { get; init; }

    /// <summary>The configuration key when it is not the property's name.</summary>
    public string? Key { get; init; }

    /// <summary>The least allowed value, written as it would be typed (a number or a duration such as 00:00:01).</summary>
    public string? Minimum { get; init; }

    /// <summary>The greatest allowed value, written as it would be typed.</summary>
    public string? Maximum { get; init; }
}
