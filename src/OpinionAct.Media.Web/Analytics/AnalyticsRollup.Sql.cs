namespace OpinionAct.Media.Web.Analytics;

/// <summary>The roll-up's upserts (same SQL on SQLite and PostgreSQL: <c>INSERT … ON CONFLICT DO UPDATE</c> adding to the stored figures).</summary>
public sealed partial class AnalyticsRollup
{
    private const string UpsertDaily = """
        INSERT INTO "AnalyticsDaily" ("Day", "ArticleId", "Source", "Campaign", "Views", "EngagedSeconds", "Engagements", "Completions", "Signups", "Shares", "Outbound", "Searches", "SearchClicks")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)
        ON CONFLICT ("Day", "ArticleId", "Source", "Campaign") DO UPDATE SET
          "Views" = "AnalyticsDaily"."Views" + excluded."Views",
          "EngagedSeconds" = "AnalyticsDaily"."EngagedSeconds" + excluded."EngagedSeconds",
          "Engagements" = "AnalyticsDaily"."Engagements" + excluded."Engagements",
          "Completions" = "AnalyticsDaily"."Completions" + excluded."Completions",
          "Signups" = "AnalyticsDaily"."Signups" + excluded."Signups",
          "Shares" = "AnalyticsDaily"."Shares" + excluded."Shares",
          "Outbound" = "AnalyticsDaily"."Outbound" + excluded."Outbound",
          "Searches" = "AnalyticsDaily"."Searches" + excluded."Searches",
          "SearchClicks" = "AnalyticsDaily"."SearchClicks" + excluded."SearchClicks"
        """;

    private const string UpsertArticleDaily = """
        INSERT INTO "AnalyticsArticleDaily" ("Day", "ArticleId", "Views", "EngagedSeconds", "Completions", "Signups", "Shares", "Outbound")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        ON CONFLICT ("Day", "ArticleId") DO UPDATE SET
          "Views" = "AnalyticsArticleDaily"."Views" + excluded."Views",
          "EngagedSeconds" = "AnalyticsArticleDaily"."EngagedSeconds" + excluded."EngagedSeconds",
          "Completions" = "AnalyticsArticleDaily"."Completions" + excluded."Completions",
          "Signups" = "AnalyticsArticleDaily"."Signups" + excluded."Signups",
          "Shares" = "AnalyticsArticleDaily"."Shares" + excluded."Shares",
          "Outbound" = "AnalyticsArticleDaily"."Outbound" + excluded."Outbound"
        """;

    private const string UpsertSourceDaily = """
        INSERT INTO "AnalyticsSourceDaily" ("Day", "Source", "Views", "EngagedSeconds", "Completions", "Signups", "Shares")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
        ON CONFLICT ("Day", "Source") DO UPDATE SET
          "Views" = "AnalyticsSourceDaily"."Views" + excluded."Views",
          "EngagedSeconds" = "AnalyticsSourceDaily"."EngagedSeconds" + excluded."EngagedSeconds",
          "Completions" = "AnalyticsSourceDaily"."Completions" + excluded."Completions",
          "Signups" = "AnalyticsSourceDaily"."Signups" + excluded."Signups",
          "Shares" = "AnalyticsSourceDaily"."Shares" + excluded."Shares"
        """;

    private const string UpsertVisitors = """
        INSERT INTO "AnalyticsVisitors" ("Day", "Scope", "ScopeId", "Visitors", "Returning") VALUES (@p0, @p1, @p2, @p3, @p4)
        ON CONFLICT ("Day", "Scope", "ScopeId") DO UPDATE SET
          "Visitors" = "AnalyticsVisitors"."Visitors" + excluded."Visitors",
          "Returning" = "AnalyticsVisitors"."Returning" + excluded."Returning"
        """;

    private const string UpsertVisitorDay = """
        INSERT INTO "AnalyticsVisitorDays" ("Day", "VisitorKey", "Scopes", "LastArticleId", "LastSource", "LastCampaign") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)
        ON CONFLICT ("Day", "VisitorKey") DO UPDATE SET
          "Scopes" = excluded."Scopes", "LastArticleId" = excluded."LastArticleId", "LastSource" = excluded."LastSource", "LastCampaign" = excluded."LastCampaign"
        """;
}
