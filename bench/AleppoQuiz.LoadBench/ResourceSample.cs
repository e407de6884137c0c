using System.Globalization;

namespace AleppoQuiz.LoadBench;

/// <summary>A process's resident memory and CPU time so far, read from /proc as `ps` and `top` read them.</summary>
internal sealed record ResourceSample(long ResidentBytes, double CpuSeconds)
{
    public static ResourceSample Of(int processId)
    {
        long rss = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        // Fields 14 and 15 of /proc/PID/stat are user and system time in clock ticks; the name in field 2 may hold
        // spaces, so count from the closing parenthesis.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return new ResourceSample(rss, ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ is 100 on every Linux build this runs on.
    private const int ClockTicksPerSecond = 100;

    /// <summary>The machine's one-minute load average, to say how busy it was before a run.</summary>
    public static double MachineLoad() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
