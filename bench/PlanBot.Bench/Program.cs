using PlanBot.Bench;

return args.FirstOrDefault() switch
{
    "fanout" => await FanOutBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PlanBot.Bench fanout [members]   status requests to N members through a local connector enforcing Teams' limits");
    return 2;
}
