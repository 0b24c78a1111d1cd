using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Guangong.CrashTest;

/// <summary>The platform as its own process, started on a fixed data folder and killed without warning.</summary>
internal sealed class AppUnderTest(string appPath, string dataDirectory, CrashStore store)
{
    private readonly int _port = FreePort();
    private Process? _process;

    public HttpClient Client { get; private set; } = new();

    public async Task StartAsync(TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet", [appPath])
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        info.Environment["DataDir"] = dataDirectory;
        info.Environment["Database__Provider"] = store.Provider;
        info.Environment["ConnectionStrings__Guangong"] = store.ConnectionString;
        info.Environment["Seed__Demo"] = "true";
        info.Environment["Logging__LogLevel__Default"] = "Warning";

        // Its one line of where the start's time went (CPU to listening), read back for the summary.
        info.Environment["Logging__LogLevel__Guangong.Web.Startup"] = "Information";

        var log = Path.Combine(dataDirectory, "app.log");
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Append(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped at start (exit {_process.ExitCode}); see {log}.");
            }

            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"The app did not answer /healthz within {timeout}; see {log}.");
    }

    /// <summary>The app's CPU time so far (user and system), a figure a busy machine does not stretch as it does the wall clock.</summary>
    public double CpuMilliseconds()
    {
        try
        {
            return _process is { HasExited: false } p ? p.TotalProcessorTime.TotalMilliseconds : double.NaN;
        }
        catch (InvalidOperationException)
        {
            return double.NaN;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, as when the power goes.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        Client.Dispose();
    }

    private static void Append(string log, string? line)
    {
        if (line is not null)
        {
            lock (typeof(AppUnderTest))
            {
                File.AppendAllText(log, line + Environment.NewLine);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
