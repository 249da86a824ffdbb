using System.Net;
using System.Text;

namespace AlienFish.Plugins.OpenApi.Tests;

/// <summary>Answer shapes the replica does not produce for the source's own requests.</summary>
public sealed class ResponseReaderTests
{
    [Fact]
    public void Should_read_items_and_a_padded_count_When_data_comes_as_xml()
    {
        const string Body = """
            <?xml version="1.0" encoding="UTF-8"?>
            <response><header><resultCode>00</resultCode><resultMsg>NORMAL SERVICE.</resultMsg></header>
            <body><items><item><PT_NO>3008A40</PT_NO></item><item><PT_NO>3008A41</PT_NO></item></items>
            <numOfRows>2</numOfRows><pageNo>1</pageNo><totalCount> 30 </totalCount></body></response>
            """;

        var answer = Read(HttpStatusCode.OK, Body);

        Assert.Equal(AnswerKind.Data, answer.Kind);
        Assert.Equal(".xml", answer.Page!.Extension);
        Assert.Equal(30, answer.Page.TotalCount);
        Assert.Equal(["3008A40", "3008A41"], answer.Page.Items.Select(i => i["PT_NO"]));
    }

    [Fact]
    public void Should_read_items_under_body_When_json_comes_in_the_response_envelope()
    {
        const string Body = """
            {"response":{"header":{"resultCode":"00","resultMsg":"NORMAL SERVICE."},
            "body":{"items":{"item":{"PT_NO":"3008A40"}},"numOfRows":10,"pageNo":1,"totalCount":"1"}}}
            """;

        var answer = Read(HttpStatusCode.OK, Body);

        Assert.Equal(AnswerKind.Data, answer.Kind);
        Assert.Equal(1, answer.Page!.TotalCount);
        Assert.Equal("3008A40", Assert.Single(answer.Page.Items)["PT_NO"]);
    }

    [Theory]
    [InlineData("""{"response":{"header":{"resultCode":"22","resultMsg":"LIMITED"}}}""", "QuotaExceeded")]
    [InlineData("""{"response":{"header":{"resultCode":"31","resultMsg":"EXPIRED"}}}""", "KeyRejected")]
    [InlineData("""{"response":{"header":{"resultCode":"10","resultMsg":"INVALID"}}}""", "Refused")]
    [InlineData("""{"response":{"header":{"resultCode":"05","resultMsg":"TIMEOUT"}}}""", "Transient")]
    [InlineData("""{"response":{"header":{"resultCode":"03","resultMsg":"NODATA_ERROR"}}}""", "Data")]
    [InlineData("""{"somethingElse":{"x":1}}""", "UnknownShape")]
    [InlineData("""{"getWaterMeasuringList":{"header":{"code":"00"},"item":[""", "Transient")]
    [InlineData("<!DOCTYPE html><html><body>Unexpected errors</body></html>", "Transient")]
    [InlineData("<html><body><p>점검 중</p></body></html>", "Transient")]
    [InlineData("", "Transient")]
    public void Should_classify_the_answer_When_the_api_reports_a_result_code_or_breaks(string body, string kind)
    {
        Assert.Equal(kind, Read(HttpStatusCode.OK, body).Kind.ToString());
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, "Transient")]
    [InlineData(HttpStatusCode.TooManyRequests, "Transient")]
    [InlineData(HttpStatusCode.Unauthorized, "KeyRejected")]
    [InlineData(HttpStatusCode.NotFound, "UnknownShape")]
    public void Should_classify_by_status_When_the_body_says_nothing(HttpStatusCode status, string kind)
    {
        Assert.Equal(kind, Read(status, "<html><body>error</body></html>").Kind.ToString());
    }

    [Fact]
    public void Should_give_the_gateway_reason_When_the_key_error_comes_as_xml_with_status_500()
    {
        const string Body = """
            <OpenAPI_ServiceResponse><cmmMsgHeader><errMsg>SERVICE ERROR</errMsg>
            <returnAuthMsg>SERVICE_KEY_IS_NOT_REGISTERED_ERROR</returnAuthMsg>
            <returnReasonCode>30</returnReasonCode></cmmMsgHeader></OpenAPI_ServiceResponse>
            """;

        var answer = Read(HttpStatusCode.InternalServerError, Body);

        Assert.Equal(
            (AnswerKind.KeyRejected, "SERVICE_KEY_IS_NOT_REGISTERED_ERROR", "30"),
            (answer.Kind, answer.Reason, answer.Code));
    }

    private static ApiAnswer Read(HttpStatusCode status, string body) =>
        ResponseReader.Read(status, Encoding.UTF8.GetBytes(body));
}
