using System.Text.Json.Nodes;

namespace PlanBot.Testing;

/// <summary>Builds the activities Teams sends, pointed at the fake connector.</summary>
public sealed class Activities(string serviceUrl)
{
    public const string Tenant = "tenant-1";
    public const string BotId = "28:bot-id";

    public JsonObject Message(string text, User? from = null, string conversationId = "personal-alex", string conversationType = "personal") =>
        Base("message", from ?? User.Alex, conversationId, conversationType).With("text", text).With("textFormat", "plain");

    public JsonObject Submit(JsonObject value, string replyToId, User? from = null, string conversationId = "personal-alex") =>
        Base("message", from ?? User.Alex, conversationId, "personal").With("value", value).With("replyToId", replyToId);

    public JsonObject Execute(string verb, JsonObject data, User? from = null, string conversationId = "personal-alex", string conversationType = "personal") =>
        Base("invoke", from ?? User.Alex, conversationId, conversationType)
            .With("name", "adaptiveCard/action")
            .With("value", new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            });

    public JsonObject BotAdded(string conversationId, string conversationType) =>
        Base("conversationUpdate", User.Alex, conversationId, conversationType)
            .With("membersAdded", new JsonArray(new JsonObject { ["id"] = BotId, ["name"] = "PlanBot" }));

    public JsonObject WithFile(JsonObject message, string name, string downloadUrl) =>
        message.With("attachments", new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JsonObject { ["downloadUrl"] = downloadUrl, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(name).TrimStart('.') },
        }));

    private JsonObject Base(string type, User from, string conversationId, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PlanBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "vi-VN",
    };
}
