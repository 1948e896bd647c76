using System.Globalization;
using System.Reflection;
using TeamDrill.Grains.Settings;

namespace TeamDrill.Server.Hosting;

/// <summary>
/// One setting as its options property declares it: where it is read from, its flag, its help line, and
/// how a typed value is checked. Reading it either sets the property or returns one sentence naming it.
/// </summary>
public sealed class DeclaredSetting
{
    private readonly PropertyInfo _property;
    private readonly SettingAttribute _declared;
    private readonly object? _minimum;
    private readonly object? _maximum;

    public DeclaredSetting(string section, PropertyInfo property, SettingAttribute declared)
    {
        _property = property;
        _declared = declared;
        Section = section;
        Key = declared.Key ?? property.Name;
        Name = section == SettingSections.Root ? Key : $"{section[(SettingSections.Root.Length + 1)..]}:{Key}";
        Flag = declared.Flag ?? "--" + KebabCase(Name.Replace(":", "", StringComparison.Ordinal));
        _minimum = declared.Minimum is null ? null : ParseDeclared(declared.Minimum);
        _maximum = declared.Maximum is null ? null : ParseDeclared(declared.Maximum);
        Default = property.GetValue(Activator.CreateInstance(property.DeclaringType!));
    }

    public string Section { get; }

    public string Key { get; }

    /// <summary>The name an operator knows it by: its key below <c>TeamDrill</c>, such as <c>Journal:CommitWindow</c>.</summary>
    public string Name { get; }

    public string Flag { get; }

    public string ConfigurationPath => $"{Section}:{Key}";

    public Type OptionsType => _property.DeclaringType!;

    public Type ValueType => _property.PropertyType;

    /// <summary>The property's initial value: the only place a default is written.</summary>
    public object? Default { get; }

    public bool IsList => ValueType == typeof(List<string>);

    /// <summary>A switch: the flag alone turns it on (<c>--dashboard</c>), or it takes true or false.</summary>
    public bool IsSwitch => ValueType == typeof(bool);

    /// <summary>The help line with the default appended (an empty default says nothing: the line tells what empty means).</summary>
    public string Help => Default is string { Length: 0 } or List<string> ? _declared.Help : $"{_declared.Help} (default {Format(Default)})";

    /// <summary>What the flag takes, shown after it in <c>--help</c>.</summary>
    public string? HelpName => ValueType.IsEnum ? string.Join('|', Choices)
        : ValueType == typeof(TimeSpan) ? "hh:mm:ss"
        : ValueType == typeof(int) ? "number"
        : IsSwitch ? null
        : _declared.Takes;

    /// <summary>The values an enum setting takes, as they are typed.</summary>
    public IReadOnlyList<string> Choices => ValueType.IsEnum
        ? Enum.GetNames(ValueType).Select(n => n.ToLowerInvariant()).ToList()
        : [];

    /// <summary>Sets the property from <paramref name="configuration"/> when the setting is given there; a problem when its value is wrong.</summary>
    public string? ReadInto(IConfiguration configuration, object options)
    {
        if (IsList)
        {
            // A list is numbered children (ContentFolders:0, :1...) or, from one variable, a single value.
            var section = configuration.GetSection(ConfigurationPath);
            var items = section.GetChildren().Select(c => c.Value).Append(section.Value)
                .OfType<string>().Where(v => v.Length > 0).ToList();
            if (items.Count > 0)
            {
                _property.SetValue(options, items);
            }

            return null;
        }

        var raw = configuration[ConfigurationPath];
        if (raw is null)
        {
            return null;
        }

        if (!TryParse(raw, out var value))
        {
            return $"{Name} ({Flag}) is '{raw}'; it must be {Expected()}.";
        }

        if ((_minimum is not null && Comparer<object>.Default.Compare(value, _minimum) < 0)
            || (_maximum is not null && Comparer<object>.Default.Compare(value, _maximum) > 0))
        {
            return $"{Name} ({Flag}) is {Format(value)}; it must be between {_declared.Minimum} and {_declared.Maximum}.";
        }

        _property.SetValue(options, value);
        return null;
    }

    /// <summary>A value as an operator would type it.</summary>
    public static string Format(object? value) => value switch
    {
        TimeSpan t when t >= TimeSpan.Zero && t.Days == 0 && t.Ticks % TimeSpan.TicksPerMillisecond == 0 =>
            t.ToString(t.Milliseconds == 0 ? @"hh\:mm\:ss" : @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Enum e => e.ToString().ToLowerInvariant(),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };

    private bool TryParse(string raw, out object? value)
    {
        value = null;
        var text = raw.Trim();
        if (ValueType == typeof(string))
        {
            value = raw;
        }
        else if (ValueType == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }
        else if (ValueType == typeof(TimeSpan) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration))
        {
            value = duration;
        }
        else if (IsSwitch && bool.TryParse(text, out var on))
        {
            value = on;
        }
        else if (ValueType.IsEnum)
        {
            // By name only: Enum.TryParse would also take "7".
            var name = Enum.GetNames(ValueType).FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
            value = name is null ? null : Enum.Parse(ValueType, name);
        }

        return value is not null;
    }

    private string Expected()
    {
        if (ValueType.IsEnum)
        {
            var choices = Choices;
            return $"{string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";
        }

        return ValueType == typeof(TimeSpan) ? $"a duration such as {Format(Default)}"
            : IsSwitch ? "true or false"
            : "a whole number";
    }

    private object ParseDeclared(string text) => TryParse(text, out var value)
        ? value!
        : throw new InvalidOperationException($"{OptionsType.Name}.{_property.Name} declares the bound '{text}', which is not a {ValueType.Name}.");

    private static string KebabCase(string name)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
