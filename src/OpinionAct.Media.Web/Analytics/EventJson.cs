using System.Text.Json;
using System.Text.Json.Serialization;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>Source-generated JSON for the ingestion API: no reflection on the hot path, camelCase names, depth bounded.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, MaxDepth = 8)]
[JsonSerializable(typeof(TrackedEventInput))]
[JsonSerializable(typeof(List<TrackedEventInput?>))]
internal sealed partial class EventJson : JsonSerializerContext;
