using System.Runtime.InteropServices;
using AlienFish.Replicas.Portal;

// Starts the portal replica the way the crawl benchmark needs it: no injected failures (no
// HTTP 500s, no failing first downloads), but the replica's own small random delays, both
// the server's answer delay and the delay the page's script waits before drawing a list,
// so that each crawler meets a portal that is well behaved yet not instant. The delays are
// seeded, so every run meets the same sequence. The base address is the first line on
// stdout; the replica runs until stdin is closed or the process is stopped.
var options = new PortalReplicaOptions
{
    FailureRate = 0,
    FailFirstDownloads = 0,
    MinDelayMs = 5,
    MaxDelayMs = 80,
    MinRenderDelayMs = 30,
    MaxRenderDelayMs = 250,
};

await using var replica = await PortalReplica.StartAsync(options);
Console.Out.WriteLine(replica.BaseAddress);
Console.Out.Flush();

// Not disposed: a signal may still arrive while the host is shutting down.
var stop = new CancellationTokenSource();

// SIGTERM (kill) and SIGINT (Ctrl+C) end the wait, so that the replica is stopped cleanly.
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

// Reading stdin to its end returns when the benchmark closes the pipe (or exits).
var stdinClosed = Task.Run(() => Console.In.ReadToEnd(), CancellationToken.None);
await Task.WhenAny(stdinClosed, Task.Delay(Timeout.Infinite, stop.Token));

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
