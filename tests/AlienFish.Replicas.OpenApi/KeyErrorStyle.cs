namespace AlienFish.Replicas.OpenApi;

/// <summary>The shapes in which the real service reports a key it does not know.</summary>
public enum KeyErrorStyle
{
    /// <summary>
    /// The gateway's <c>OpenAPI_ServiceResponse</c> in XML, whatever <c>resultType</c> asked: the usual one.
    /// </summary>
    GatewayXml,

    /// <summary>The same <c>OpenAPI_ServiceResponse</c> envelope as JSON.</summary>
    GatewayJson,

    /// <summary><c>{"response":{"header":{"resultCode":"30",…}}}</c>.</summary>
    ResponseHeader,
}
