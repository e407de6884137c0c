using System.Reflection;
using AleppoQuiz.Server.Features.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// The real server, except that handing a player their own result blocks the sending thread until the test lets
/// it go, as a send stuck in a busy server would: shows what else waits behind a slow result.
/// </summary>
public sealed class HeldResultsServer : LiveServerFactory
{
    private readonly ManualResetEventSlim release = new();
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the server first tries to hand over a result.</summary>
    public Task Held => held.Task;

    public void Release() => release.Set();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IHubContext<GameHub, IGameClient>>(provider =>
            new HeldHubContext(provider.GetRequiredService<IHubContext<GameHub>>(), BeforeSend)));
    }

    protected override void Dispose(bool disposing)
    {
        release.Set();
        base.Dispose(disposing);
        release.Dispose();
    }

    private void BeforeSend(string method)
    {
        if (method == nameof(IGameClient.YourResult))
        {
            held.TrySetResult();
            release.Wait(TimeSpan.FromSeconds(30));
        }
    }

    private sealed class HeldHubContext(IHubContext<GameHub> inner, Action<string> beforeSend) : IHubContext<GameHub, IGameClient>
    {
        public IHubClients<IGameClient> Clients { get; } = new HeldClients(inner.Clients, beforeSend);

        public IGroupManager Groups => inner.Groups;
    }

    private sealed class HeldClients(IHubClients inner, Action<string> beforeSend) : IHubClients<IGameClient>
    {
        public IGameClient All => Typed(inner.All);

        public IGameClient AllExcept(IReadOnlyList<string> excludedConnectionIds) => Typed(inner.AllExcept(excludedConnectionIds));

        public IGameClient Client(string connectionId) => Typed(inner.Client(connectionId));

        public IGameClient Clients(IReadOnlyList<string> connectionIds) => Typed(inner.Clients(connectionIds));

        public IGameClient Group(string groupName) => Typed(inner.Group(groupName));

        public IGameClient GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => Typed(inner.GroupExcept(groupName, excludedConnectionIds));

        public IGameClient Groups(IReadOnlyList<string> groupNames) => Typed(inner.Groups(groupNames));

        public IGameClient User(string userId) => Typed(inner.User(userId));

        public IGameClient Users(IReadOnlyList<string> userIds) => Typed(inner.Users(userIds));

        private IGameClient Typed(IClientProxy target)
        {
            var proxy = DispatchProxy.Create<IGameClient, SendingProxy>();
            ((SendingProxy)(object)proxy).Attach(target, beforeSend);
            return proxy;
        }
    }
}

/// <summary>Sends each <see cref="IGameClient"/> call as the hub message of the same name, after a hook.</summary>
public class SendingProxy : DispatchProxy
{
    private IClientProxy target = null!;
    private Action<string> beforeSend = _ => { };

    internal void Attach(IClientProxy proxyTarget, Action<string> hook) => (target, beforeSend) = (proxyTarget, hook);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        beforeSend(targetMethod!.Name);
        return target.SendCoreAsync(targetMethod.Name, args ?? []);
    }
}
