using TeamDrill.Server.Hosting;

return await TeamDrillServer.RunAsync(args, Console.Out, Console.Error);
