using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Plans;
using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Plans;

/// <summary>The plan parser as the web app exposes it: the CLI and POST /api/v1/plans/parse.</summary>
public sealed class PlanParseTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "Seeds", name);

    [Fact]
    public void The_cli_prints_the_seed_as_json()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, PlanParseCommand.Run(Seed("zhenglu-2023-opinions.txt"), output, error));
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal([4, 3, 2, 2, 2, 3], json.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("items").GetArrayLength()));
        var item = json.GetProperty("sections")[0].GetProperty("items")[2];
        Assert.Contains("2023年底前", item.GetProperty("deadlines").EnumerateArray().Select(d => d.GetString()));
        foreach (var key in new[] { "title", "issuer", "date", "preamble", "roster", "warnings" })
        {
            Assert.True(json.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void The_cli_refuses_a_missing_or_binary_file_with_a_message()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(1, PlanParseCommand.Run("/no/such/plan.txt", output, error));
        Assert.Contains("找不到文件", error.ToString());

        var binary = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(binary, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00]);
        using var error2 = new StringWriter();
        Assert.Equal(1, PlanParseCommand.Run(binary, output, error2));
        Assert.False(string.IsNullOrWhiteSpace(error2.ToString()));
    }

    [Fact]
    public async Task The_api_parses_an_upload_and_pasted_text_alike()
    {
        var api = await App.ApiClientAsync("wushenzhao");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Seed("wushenzhao-2023-plan.txt"))), "file", "wushenzhao-2023-plan.txt" } };
        var uploaded = await api.PostAsync("/api/v1/plans/parse", form);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var plan = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2023-04-05", plan.GetProperty("date").GetString());
        Assert.Equal([0, 3, 3, 3, 2], plan.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("items").GetArrayLength()));
        Assert.Equal(10, plan.GetProperty("roster").GetArrayLength());

        var pasted = await api.PostAsJsonAsync("/api/v1/plans/parse", new { text = "一、加强组织建设\n1．年内出刊一本。\n2．暑期开展防溺水巡逻。" });
        var small = await pasted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, small.GetProperty("sections")[0].GetProperty("items").GetArrayLength());

        using var bad = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.docx" } };
        var refused = await api.PostAsync("/api/v1/plans/parse", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/v1/plans/parse", new { text = "一、" })).StatusCode);
    }
}
