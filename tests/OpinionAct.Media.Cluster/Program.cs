using OpinionAct.Media.Cluster;

// tests/scripts/cluster.sh builds the product and runs this with the right arguments; see ClusterOptions.
try
{
    return await ClusterRun.RunAsync(ClusterOptions.Parse(args));
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
