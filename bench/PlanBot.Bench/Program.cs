using System.Globalization;
using PlanBot.Bench;

return args.FirstOrDefault() switch
{
    "fanout" => await FanOutBenchmark.RunAsync(args.Length > 1 && !args[1].StartsWith('-') ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000,
        args.Contains("--no-chats"), TimeSpan.FromMilliseconds(Option(args, "--answer-ms") ?? 0), args.Contains("--two-instances")),
    "status" => await StatusLoadBenchmark.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32,
        TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10)),
    "data" => await DataScaleBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200),
    "import" => await ImportBenchmark.RunAsync(),
    "cards" => CardSizeBenchmark.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 51),
    "page" => await PlanPageBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50),
    "echo-server" => await EchoBot.RunAsync(args[1]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PlanBot.Bench fanout [members] [--no-chats] [--answer-ms N] [--two-instances]");
    Console.Error.WriteLine("                                                 status requests to N members through a local connector enforcing Teams' limits");
    Console.Error.WriteLine("                                                 (--no-chats: nobody has a 1:1 chat yet; --answer-ms: the connector's answer time;");
    Console.Error.WriteLine("                                                 --two-instances: one, then two instances on PLANBOT_TEST_POSTGRES's server)");
    Console.Error.WriteLine("       PlanBot.Bench status [clients] [seconds]  status updates against PlanBot and an echo bot on the same SDK, and cold start");
    Console.Error.WriteLine("       PlanBot.Bench data [requests]             report, overview and my tasks over 1,000 plans / 10,000 tasks / 100,000 history rows");
    Console.Error.WriteLine("       PlanBot.Bench import                      plan import per format (text, .docx, PDF) for 10 / 100 / 500 tasks: time and allocations");
    Console.Error.WriteLine("       PlanBot.Bench page [requests]             the plan page's data for plans of 10, 100, 300 and 1,000 tasks (median of N requests)");
    return 2;
}

static int? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
}
