using AlienFish.Cli;

// fishdens: see README.md for the job end to end and FishdensApp for the commands.
return await FishdensApp.RunAsync(args, Console.Out, Console.Error);
