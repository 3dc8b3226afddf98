using System.Text.Json;
using System.Text.Json.Serialization;
using OpinionAct.Media.Analytics;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// The same source-generated JSON contract as the ingestion endpoint's (<c>EventJson</c> in
/// OpinionAct.Media.Web, internal there): web defaults (camelCase, case-insensitive), depth 8. Kept
/// here rather than reached through InternalsVisibleTo so that moving the analytics code in Web
/// does not break the benchmarks; change both together.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, MaxDepth = 8)]
[JsonSerializable(typeof(TrackedEventInput))]
[JsonSerializable(typeof(List<TrackedEventInput?>))]
internal sealed partial class TrackedEventJson : JsonSerializerContext;
