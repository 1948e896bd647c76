using System.Reflection;
using TeamDrill.Server.Edge;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Tests.Authorization;

/// <summary>The hub's callable methods, read from the hub class itself so a method outside the contracts counts too.</summary>
public static class HubMethods
{
    /// <summary>
    /// Methods the matrix does not call, with the reason: each is covered by its own tests.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> NotInMatrix = new Dictionary<string, string>
    {
        [nameof(IPlayerHub.SignOut)] = "ends the caller's own sign-in, which the matrix's players need; SignOutTests covers it",
    };

    public static IReadOnlyList<MethodInfo> All { get; } =
    [
        .. typeof(DrillHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(DrillHub) && !NotInMatrix.ContainsKey(m.Name)),
    ];

    private static readonly Dictionary<string, MethodInfo> ByName = All.ToDictionary(m => m.Name);

    /// <summary>What the method answers with (object for a plain Task).</summary>
    public static Type ResultType(string method) =>
        ByName.TryGetValue(method, out var info) && info.ReturnType.IsGenericType ? info.ReturnType.GetGenericArguments()[0] : typeof(object);

    /// <summary>The arguments with a new action id appended when the method's last parameter is one and it is missing.</summary>
    public static object?[] WithActionId(string method, object?[] args) =>
        ByName.TryGetValue(method, out var info) && info.GetParameters() is { Length: > 0 } parameters
            && parameters[^1].Name == "actionId" && args.Length == parameters.Length - 1
            ? [.. args, ActionIds.New()]
            : args;
}
