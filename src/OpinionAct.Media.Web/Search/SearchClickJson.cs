using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpinionAct.Media.Web.Search;

/// <summary>The click report's JSON contract: web casing, numbers only, and no member it does not know.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, MaxDepth = 2)]
[JsonSerializable(typeof(SearchClick))]
internal sealed partial class SearchClickJson : JsonSerializerContext;
