// Each class starts PlanBot, the Agents Playground and a Chromium: side by side on a 2-core machine they starve each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
