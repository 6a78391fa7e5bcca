using Gateway.Cli;

// `gateway` with no command serves the HTTP API on the embedded defaults; `gateway check FILE…` and the other
// commands are the command-line tools. See Cli/GatewayCommands.cs for the table of commands.
return await GatewayCommands.InvokeAsync(args);
