using Briefing.Host.Cli;

return await BriefingCommandLine.Create().Parse(args).InvokeAsync();
