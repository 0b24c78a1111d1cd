namespace Guangong.Web.Features.Demo;

/// <summary>Whether this installation shows the demo towns and their accounts.</summary>
public sealed record DemoMode(bool Enabled);
