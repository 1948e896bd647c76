using TeamDrill.Client;
using TeamDrill.Client.Session;

return await ClientCommandLine.RunAsync(args, Console.Out, Console.Error, ClientConfigStore.ForCurrentUser());
