using Microsoft.AspNetCore.Http;

namespace AlienFish.Replicas.Portal.Serving;

/// <summary>
/// What happens to every request before its endpoint: a User-Agent check (the portal is
/// reported to refuse non-browser clients with HTTP 400), a random delay, a random HTTP 500,
/// and an entry in the request log once the answer is sent.
/// </summary>
internal static class ReplicaMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next, RequestLog log, ReplicaChaos chaos)
    {
        var agent = context.Request.Headers.UserAgent.ToString();

        try
        {
            await AnswerAsync(context, next, chaos, agent);
        }
        finally
        {
            log.Add(new ReplicaRequest(
                DateTimeOffset.Now,
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Response.StatusCode,
                Outcome(context),
                context.Items[ReplicaEndpoints.SitesKey] as int?,
                agent));
        }
    }

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next, ReplicaChaos chaos, string agent)
    {
        if (!agent.StartsWith("Mozilla/", StringComparison.Ordinal))
        {
            context.Items[ReplicaEndpoints.OutcomeKey] = ReplicaOutcome.Rejected;
            context.Response.StatusCode = StatusCodes.Status400BadRequest;

            return;
        }

        await Task.Delay(chaos.NextServerDelay(), context.RequestAborted);

        if (chaos.ShouldFail())
        {
            context.Items[ReplicaEndpoints.OutcomeKey] = ReplicaOutcome.Failed;
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><body><h1>500 Internal Server Error</h1></body></html>");

            return;
        }

        await next(context);
    }

    private static ReplicaOutcome Outcome(HttpContext context) =>
        context.Items[ReplicaEndpoints.OutcomeKey] is ReplicaOutcome outcome
            ? outcome
            : context.Response.StatusCode switch
            {
                404 => ReplicaOutcome.NotFound,
                >= 500 => ReplicaOutcome.Failed,
                _ => ReplicaOutcome.Page,
            };
}
