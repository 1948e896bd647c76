using System.Runtime.CompilerServices;

namespace TeamDrill.Tests.Tui;

/// <summary>
/// Terminal.Gui must never touch the real terminal in tests (it would paint over the test runner's
/// output or hang without a tty): set before any test creates an application.
/// </summary>
internal static class HeadlessDriver
{
#pragma warning disable CA2255 // A test assembly is the one place a module initializer is meant for.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void DisableRealDriverIO() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
